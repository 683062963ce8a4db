import { join } from 'node:path';
import {
  createTokenVerifier,
  loadOrCreateDevKey,
  type SigningKey,
  signingKeyFromPem,
} from '@frontline/auth-tokens';
import {
  type BaseConfig,
  createLogger,
  type Database,
  loadConfig,
  openServiceDatabase,
  type RunningSubgraph,
  sendJson,
  startSubgraphServer,
} from '@frontline/subgraph-kit';
import { z } from 'zod';
import { type LoginLimits, LoginRateLimiter } from './modules/auth/rate-limit.js';
import { loadDemoData } from './modules/demo/demo-data.js';
import { buildTenantsSchema, entities, migrations, SCHEMA_NAME } from './schema.js';

export const tenantsConfigExtension = {
  SERVICE_NAME: z.string().default('tenants'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  /** PEM keys in production; without them a development key pair is kept under DATA_DIR/keys. */
  JWT_PRIVATE_KEY: z.string().optional(),
  TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(86_400)
    .default(8 * 3600),
  DEMO_DATA: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
};

export type TenantsConfig = ReturnType<typeof loadTenantsConfig>;

export function loadTenantsConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(env, tenantsConfigExtension);
}

async function signingKeyFor(config: TenantsConfig): Promise<SigningKey> {
  if (config.JWT_PRIVATE_KEY && config.JWT_PUBLIC_KEY) {
    return signingKeyFromPem(config.JWT_PRIVATE_KEY, config.JWT_PUBLIC_KEY);
  }
  if (config.isProduction) throw new Error('JWT_PRIVATE_KEY and JWT_PUBLIC_KEY are required in production');
  return loadOrCreateDevKey(join(config.dataDir, 'keys'));
}

export interface TenantsService {
  server: RunningSubgraph;
  db: Database;
  signingKey: SigningKey;
  close(): Promise<void>;
}

/** config -> database -> server. `db` may be handed in by tests (a throw-away database). */
export async function startTenantsService(
  config: TenantsConfig,
  options: { db?: Database; loginLimits?: LoginLimits } = {},
): Promise<TenantsService> {
  const log = createLogger('tenants', config.LOG_LEVEL);
  const signingKey = await signingKeyFor(config);
  const { db, owned } = await openServiceDatabase({
    service: 'tenants',
    config: config as BaseConfig,
    schema: SCHEMA_NAME,
    entities,
    migrations,
    log,
    db: options.db,
  });
  if (config.DEMO_DATA) await loadDemoData(db, log);

  const { schema } = await buildTenantsSchema({
    signingKey,
    tokenTtlSeconds: config.TOKEN_TTL_SECONDS,
    limiter: new LoginRateLimiter(options.loginLimits),
  });
  const jwks = { keys: [signingKey.publicJwk] };
  const server = await startSubgraphServer({
    config: config as BaseConfig,
    schema,
    db,
    log,
    // The tenants service signs tokens, so it verifies them with its own public key.
    verifier: createTokenVerifier({ jwks }),
    routes: {
      '/.well-known/jwks.json': (_req, res) =>
        sendJson(res, 200, jwks, { 'cache-control': 'public, max-age=300' }),
    },
  });
  return {
    server,
    db,
    signingKey,
    async close() {
      await server.close();
      if (owned) await db.close();
    },
  };
}
