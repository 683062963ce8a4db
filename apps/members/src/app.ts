import { join } from 'node:path';
import type { TokenVerifier } from '@frontline/auth-tokens';
import {
  type BaseConfig,
  createLogger,
  type Database,
  loadConfig,
  loadPiiKeys,
  openDatabase,
  PiiCipher,
  type RunningSubgraph,
  startSubgraphServer,
  TenantDirectoryClient,
  verifierFromConfig,
} from '@frontline/subgraph-kit';
import { z } from 'zod';
import type { MembersDeps } from './deps.js';
import { loadDemoMembers } from './modules/demo/demo-members.js';
import { buildMembersSchema, entities, migrations, SCHEMA_NAME } from './schema.js';

export const membersConfigExtension = {
  SERVICE_NAME: z.string().default('members'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  /** The tenants subgraph, for the installation's tenant directory (names of other unions). */
  TENANTS_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  /** base64 keys for personal data; required in production, kept under DATA_DIR/keys in development. */
  PII_ENCRYPTION_KEY: z.string().optional(),
  PII_HMAC_KEY: z.string().optional(),
  DEMO_DATA: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
};

export type MembersConfig = ReturnType<typeof loadMembersConfig>;

export function loadMembersConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(env, membersConfigExtension);
}

export interface MembersService {
  server: RunningSubgraph;
  db: Database;
  deps: MembersDeps;
  close(): Promise<void>;
}

/**
 * config -> database -> server. Tokens are verified with the tenants service's keys (JWKS_URL or
 * JWT_PUBLIC_KEY); tests hand in their own `verifier` and a throw-away `db`.
 */
export async function startMembersService(
  config: MembersConfig,
  options: { db?: Database; verifier?: TokenVerifier } = {},
): Promise<MembersService> {
  const log = createLogger('members', config.LOG_LEVEL);
  const verifier = options.verifier ?? verifierFromConfig(config as BaseConfig);
  const db =
    options.db ??
    (await openDatabase({
      schema: SCHEMA_NAME,
      entities,
      migrations,
      databaseUrl: config.DATABASE_URL,
      pgliteDataDir: join(config.dataDir, 'members', 'pgdata'),
      logger: log,
    }));
  if (!options.db) {
    const applied = await db.migrate();
    if (applied.length) log.info({ applied }, 'migrations applied');
  }

  const pii = new PiiCipher(
    await loadPiiKeys({
      encryptionKey: config.PII_ENCRYPTION_KEY,
      hmacKey: config.PII_HMAC_KEY,
      devDir: join(config.dataDir, 'keys'),
      production: config.isProduction,
    }),
  );
  const deps: MembersDeps = { pii, directory: new TenantDirectoryClient(config.TENANTS_URL) };
  if (config.DEMO_DATA) {
    await loadDemoMembers(db, deps, config.TENANTS_URL, verifier, log).catch((err) =>
      log.error({ err }, 'demo members not loaded'),
    );
  }
  const { schema } = await buildMembersSchema(deps);
  const server = await startSubgraphServer({ config: config as BaseConfig, schema, db, log, verifier });
  return {
    server,
    db,
    deps,
    async close() {
      await server.close();
      if (!options.db) await db.close();
    },
  };
}
