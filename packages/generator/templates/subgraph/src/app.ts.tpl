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
import { build__Plural__Schema, entities, migrations, SCHEMA_NAME } from './schema.js';

export const __plural__ConfigExtension = {
  SERVICE_NAME: z.string().default('__name__'),
  PORT: z.coerce.number().int().min(0).max(65535).default(__port__),
};

export type __Plural__Config = ReturnType<typeof load__Plural__Config>;

export function load__Plural__Config(env: Record<string, string | undefined> = process.env) {
  return loadConfig(env, __plural__ConfigExtension);
}

export interface __Plural__Service {
  server: RunningSubgraph;
  db: Database;
  close(): Promise<void>;
}

/**
 * config -> database -> server. Tokens are verified with the tenants service's keys (JWKS_URL or
 * JWT_PUBLIC_KEY); tests hand in their own `verifier` and a throw-away `db`.
 */
export async function start__Plural__Service(
  config: __Plural__Config,
  options: { db?: Database; verifier?: TokenVerifier } = {},
): Promise<__Plural__Service> {
  const log = createLogger('__name__', config.LOG_LEVEL);
  const verifier = options.verifier ?? verifierFromConfig(config as BaseConfig);
  const { db, owned } = await openServiceDatabase({
    service: '__name__',
    config: config as BaseConfig,
    schema: SCHEMA_NAME,
    entities,
    migrations,
    log,
    db: options.db,
  });

  const { schema } = await build__Plural__Schema();
  const server = await startSubgraphServer({ config: config as BaseConfig, schema, db, log, verifier });
  return {
    server,
    db,
    async close() {
      await server.close();
      if (owned) await db.close();
    },
  };
}
