import type { TokenVerifier } from '@frontline/auth-tokens';
import {
  type BaseConfig,
  createLogger,
  type Database,
  loadConfig,
  openServiceDatabase,
  piiCipherFromConfig,
  type RunningSubgraph,
  startSubgraphServer,
  TenantDirectoryClient,
  verifierFromConfig,
} from '@frontline/subgraph-kit';
import { z } from 'zod';
import type { CasesDeps } from './deps.js';
import { MembersClient } from './modules/case/members-client.js';
import { loadDemoCases } from './modules/demo/demo-cases.js';
import { buildCasesSchema, entities, migrations, SCHEMA_NAME } from './schema.js';

export const casesConfigExtension = {
  SERVICE_NAME: z.string().default('cases'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  /** The tenants subgraph: names and paths of tenants (escalation and dispatch targets). */
  TENANTS_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  /** The members subgraph: checks the members and team named on a case. */
  MEMBERS_URL: z.url().default('http://127.0.0.1:4002/graphql'),
  /** base64 keys for sealed case details; required in production, kept under DATA_DIR/keys in development. */
  PII_ENCRYPTION_KEY: z.string().optional(),
  PII_HMAC_KEY: z.string().optional(),
  DEMO_DATA: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
};

export type CasesConfig = ReturnType<typeof loadCasesConfig>;

export function loadCasesConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(env, casesConfigExtension);
}

export interface CasesService {
  server: RunningSubgraph;
  db: Database;
  deps: CasesDeps;
  close(): Promise<void>;
}

/**
 * config -> database -> server. Tokens are verified with the tenants service's keys (JWKS_URL or
 * JWT_PUBLIC_KEY); tests hand in their own `verifier` and a throw-away `db`.
 */
export async function startCasesService(
  config: CasesConfig,
  options: { db?: Database; verifier?: TokenVerifier; now?: () => Date } = {},
): Promise<CasesService> {
  const log = createLogger('cases', config.LOG_LEVEL);
  const verifier = options.verifier ?? verifierFromConfig(config as BaseConfig);
  const { db, owned } = await openServiceDatabase({
    service: 'cases',
    config: config as BaseConfig,
    schema: SCHEMA_NAME,
    entities,
    migrations,
    log,
    db: options.db,
  });

  const pii = await piiCipherFromConfig(config as BaseConfig);
  const deps: CasesDeps = {
    pii,
    directory: new TenantDirectoryClient(config.TENANTS_URL),
    members: new MembersClient(config.MEMBERS_URL),
    now: options.now ?? (() => new Date()),
  };
  if (config.DEMO_DATA) {
    await loadDemoCases(
      db,
      deps,
      { tenants: config.TENANTS_URL, members: config.MEMBERS_URL },
      verifier,
      log,
    ).catch((err) => log.error({ err }, 'demo cases not loaded'));
  }
  const { schema } = await buildCasesSchema(deps);
  const server = await startSubgraphServer({ config: config as BaseConfig, schema, db, log, verifier });
  return {
    server,
    db,
    deps,
    async close() {
      await server.close();
      if (owned) await db.close();
    },
  };
}
