import { join } from 'node:path';
import type { BaseConfig } from './config.js';
import type { Logger } from './logger.js';
import { type Database, type DatabaseOptions, openDatabase } from './orm.js';
import { loadPiiKeys, PiiCipher } from './pii.js';

/**
 * A service's database: the one handed in (tests bring a throw-away one, already migrated), or
 * `DATABASE_URL` / PGlite under `DATA_DIR/<service>/pgdata`, migrated now. `owned` says whether the
 * service opened it (and so closes it).
 */
export async function openServiceDatabase(
  options: Pick<DatabaseOptions, 'schema' | 'entities' | 'migrations'> & {
    service: string;
    config: BaseConfig;
    log: Logger;
    db?: Database;
  },
): Promise<{ db: Database; owned: boolean }> {
  if (options.db) return { db: options.db, owned: false };
  const db = await openDatabase({
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    databaseUrl: options.config.DATABASE_URL,
    pgliteDataDir: join(options.config.dataDir, options.service, 'pgdata'),
    logger: options.log,
  });
  const applied = await db.migrate();
  if (applied.length) options.log.info({ applied }, 'migrations applied');
  return { db, owned: true };
}

/** The cipher for personal data: keys from configuration (base64), required in production. */
export async function piiCipherFromConfig(
  config: BaseConfig & { PII_ENCRYPTION_KEY?: string; PII_HMAC_KEY?: string },
): Promise<PiiCipher> {
  return new PiiCipher(
    await loadPiiKeys({
      encryptionKey: config.PII_ENCRYPTION_KEY,
      hmacKey: config.PII_HMAC_KEY,
      devDir: join(config.dataDir, 'keys'),
      production: config.isProduction,
    }),
  );
}
