import { join } from 'node:path';
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
import type { MembersDeps } from './deps.js';
import { loadDemoMembers } from './modules/demo/demo-members.js';
import { ImportService } from './modules/import/import.service.js';
import { DEFAULT_UPLOAD_MAX_BYTES, uploadRoute } from './modules/import/uploads.js';
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
  /** Largest roster accepted by `POST /imports/upload` (bytes); bigger files go through the CLI. */
  IMPORT_UPLOAD_MAX_BYTES: z.coerce.number().int().min(1).default(DEFAULT_UPLOAD_MAX_BYTES),
  /** Roster imports running at once in this process; more wait as PENDING. */
  IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** Uploaded rosters (personal data in clear) are deleted after this many days. */
  IMPORT_UPLOAD_RETENTION_DAYS: z.coerce.number().min(0.001).max(365).default(7),
  /** Rows per transaction of a roster import. */
  IMPORT_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
};

export type MembersConfig = ReturnType<typeof loadMembersConfig>;

export function loadMembersConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(env, membersConfigExtension);
}

export interface MembersService {
  server: RunningSubgraph;
  db: Database;
  deps: MembersDeps;
  imports: ImportService;
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
  const { db, owned } = await openServiceDatabase({
    service: 'members',
    config: config as BaseConfig,
    schema: SCHEMA_NAME,
    entities,
    migrations,
    log,
    db: options.db,
  });

  const pii = await piiCipherFromConfig(config as BaseConfig);
  const deps: MembersDeps = { pii, directory: new TenantDirectoryClient(config.TENANTS_URL) };
  if (config.DEMO_DATA) {
    await loadDemoMembers(db, deps, config.TENANTS_URL, verifier, log).catch((err) =>
      log.error({ err }, 'demo members not loaded'),
    );
  }
  const imports = new ImportService(db, deps, log, {
    uploadDir: join(config.dataDir, 'uploads'),
    maxUploadBytes: config.IMPORT_UPLOAD_MAX_BYTES,
    maxConcurrent: config.IMPORT_CONCURRENCY,
    uploadRetentionMs: config.IMPORT_UPLOAD_RETENTION_DAYS * 86_400_000,
    run: { batchSize: config.IMPORT_BATCH_SIZE },
  });
  const { schema } = await buildMembersSchema(deps, imports);
  const server = await startSubgraphServer({
    config: config as BaseConfig,
    schema,
    db,
    log,
    verifier,
    postRoutes: { '/imports/upload': uploadRoute(imports.uploads) },
  });
  return {
    server,
    db,
    deps,
    imports,
    async close() {
      await server.close();
      await imports.close();
      if (owned) await db.close();
    },
  };
}
