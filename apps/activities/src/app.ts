import { join } from 'node:path';
import type { TokenVerifier } from '@frontline/auth-tokens';
import {
  type BaseConfig,
  createLogger,
  type Database,
  loadConfig,
  openServiceDatabase,
  type RunningSubgraph,
  startSubgraphServer,
  verifierFromConfig,
} from '@frontline/subgraph-kit';
import { z } from 'zod';
import type { ActivitiesDeps } from './deps.js';
import { CHECKIN_ROUTE, checkinRoutes } from './modules/checkin/checkin.routes.js';
import { CheckinCodes, loadCheckinSecret } from './modules/checkin/checkin-code.js';
import { loadDemoActivities } from './modules/demo/demo-activities.js';
import { CasesClient } from './modules/heard/cases-client.js';
import { buildActivitiesSchema, entities, migrations, SCHEMA_NAME } from './schema.js';

const bool = z
  .enum(['0', '1', 'true', 'false'])
  .default('0')
  .transform((v) => v === '1' || v === 'true');

export const activitiesConfigExtension = {
  SERVICE_NAME: z.string().default('activities'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  /** The cases subgraph, called with the caller's token to turn a heard item into a case. */
  CASES_URL: z.url().default('http://127.0.0.1:4003/graphql'),
  CASES_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Signs QR check-in codes (≥ 32 characters); required in production, kept under DATA_DIR/keys in development. */
  CHECKIN_SECRET: z.string().optional(),
  /** The public check-in page; the code is appended. */
  CHECKIN_PAGE_URL: z.url().default('http://localhost:5173/checkin/'),
  CHECKIN_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  CHECKIN_FAILURES_PER_10_MINUTES: z.coerce.number().int().min(1).default(10),
  /** Peers whose X-Forwarded-For names the client (the gateway); comma-separated. */
  CHECKIN_TRUSTED_PROXIES: z.string().default('127.0.0.1,::1,::ffff:127.0.0.1'),
  /** For demo data only: the tenants service (demo logins) and members (teams and members). */
  TENANTS_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  MEMBERS_URL: z.url().default('http://127.0.0.1:4002/graphql'),
  DEMO_DATA: bool,
};

export type ActivitiesConfig = ReturnType<typeof loadActivitiesConfig>;

export function loadActivitiesConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(env, activitiesConfigExtension);
}

export interface ActivitiesService {
  server: RunningSubgraph;
  db: Database;
  deps: ActivitiesDeps;
  /** Settles when demo data is loaded (or was not asked for). */
  demo: Promise<void>;
  close(): Promise<void>;
}

/**
 * config -> database -> server. Tokens are verified with the tenants service's keys (JWKS_URL or
 * JWT_PUBLIC_KEY); tests hand in their own `verifier` and a throw-away `db`.
 */
export async function startActivitiesService(
  config: ActivitiesConfig,
  options: { db?: Database; verifier?: TokenVerifier } = {},
): Promise<ActivitiesService> {
  const log = createLogger('activities', config.LOG_LEVEL);
  const verifier = options.verifier ?? verifierFromConfig(config as BaseConfig);
  const { db, owned } = await openServiceDatabase({
    service: 'activities',
    config: config as BaseConfig,
    schema: SCHEMA_NAME,
    entities,
    migrations,
    log,
    db: options.db,
  });

  const codes = new CheckinCodes(
    await loadCheckinSecret({
      secret: config.CHECKIN_SECRET,
      devDir: join(config.dataDir, 'keys'),
      production: config.isProduction,
    }),
  );
  const deps: ActivitiesDeps = {
    cases: new CasesClient(config.CASES_URL, config.CASES_TIMEOUT_MS),
    checkin: codes,
    checkinPageUrl: config.CHECKIN_PAGE_URL,
  };
  const checkin = checkinRoutes({
    db,
    codes,
    log,
    perMinute: config.CHECKIN_PER_MINUTE,
    failuresPer10Minutes: config.CHECKIN_FAILURES_PER_10_MINUTES,
    trustedProxies: config.CHECKIN_TRUSTED_PROXIES.split(',').map((s) => s.trim()),
  });
  const { schema } = await buildActivitiesSchema(deps);
  const server = await startSubgraphServer({
    config: config as BaseConfig,
    schema,
    db,
    log,
    verifier,
    // Public, token-less: people checking in with a QR code have no account.
    routes: { [CHECKIN_ROUTE]: checkin.get },
    postRoutes: { [CHECKIN_ROUTE]: checkin.post as never },
  });
  // Demo data needs members' teams, which members loads while this service starts: in the background.
  const stopDemo = new AbortController();
  const demo = config.DEMO_DATA
    ? loadDemoActivities(db, {
        tenantsUrl: config.TENANTS_URL,
        membersUrl: config.MEMBERS_URL,
        verifier,
        log,
        signal: stopDemo.signal,
        cases: deps.cases,
      }).catch((err) => {
        if (!stopDemo.signal.aborted) log.error({ err }, 'demo activities not loaded');
      })
    : Promise.resolve();
  return {
    server,
    db,
    deps,
    demo,
    async close() {
      stopDemo.abort();
      await server.close();
      await demo;
      if (owned) await db.close();
    },
  };
}
