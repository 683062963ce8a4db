import { join } from 'node:path';
import type { TokenVerifier } from '@frontline/auth-tokens';
import {
  type BaseConfig,
  createLogger,
  type Database,
  loadConfig,
  openDatabase,
  type RunningSubgraph,
  startSubgraphServer,
  verifierFromConfig,
} from '@frontline/subgraph-kit';
import { z } from 'zod';
import { buildCasesSchema, entities, migrations, SCHEMA_NAME } from './schema.js';

export const casesConfigExtension = {
  SERVICE_NAME: z.string().default('cases'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4003),
};

export type CasesConfig = ReturnType<typeof loadCasesConfig>;

export function loadCasesConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(env, casesConfigExtension);
}

export interface CasesService {
  server: RunningSubgraph;
  db: Database;
  close(): Promise<void>;
}

/**
 * config -> database -> server. Tokens are verified with the tenants service's keys (JWKS_URL or
 * JWT_PUBLIC_KEY); tests hand in their own `verifier` and a throw-away `db`.
 */
export async function startCasesService(
  config: CasesConfig,
  options: { db?: Database; verifier?: TokenVerifier } = {},
): Promise<CasesService> {
  const log = createLogger('cases', config.LOG_LEVEL);
  const verifier = options.verifier ?? verifierFromConfig(config as BaseConfig);
  const db =
    options.db ??
    (await openDatabase({
      schema: SCHEMA_NAME,
      entities,
      migrations,
      databaseUrl: config.DATABASE_URL,
      pgliteDataDir: join(config.dataDir, 'cases', 'pgdata'),
      logger: log,
    }));
  if (!options.db) {
    const applied = await db.migrate();
    if (applied.length) log.info({ applied }, 'migrations applied');
  }

  const { schema } = await buildCasesSchema();
  const server = await startSubgraphServer({ config: config as BaseConfig, schema, db, log, verifier });
  return {
    server,
    db,
    async close() {
      await server.close();
      if (!options.db) await db.close();
    },
  };
}
