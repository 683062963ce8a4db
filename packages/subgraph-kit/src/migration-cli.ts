import { resolve } from 'node:path';
import { type DatabaseOptions, openDatabase } from './orm.js';

/**
 * Writes a migration with the difference between the entities and what the committed migrations
 * build, computed on a throw-away in-memory PGlite (same SQL as the server). Used by each
 * subgraph's `migration:create` script; the file lands in `src/migrations/` to be committed.
 */
export async function generateMigration(
  options: Pick<DatabaseOptions, 'schema' | 'entities' | 'migrations'> & { outDir: string; name?: string },
): Promise<string | null> {
  const db = await openDatabase({ ...options, pgliteDataDir: 'memory://' });
  try {
    await db.migrate();
    const result = await db.orm.migrator.create(resolve(options.outDir), false, false, options.name);
    return result.fileName || null;
  } finally {
    await db.close();
  }
}
