import { readFile, writeFile } from 'node:fs/promises';
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
    if (!result.fileName) return null;
    await dropRoutines(resolve(options.outDir, result.fileName));
    return result.fileName;
  } finally {
    await db.close();
  }
}

/**
 * Database functions are written by hand in their own migrations (`schemaGenerator.ignoreRoutines`),
 * but MikroORM's diff still re-creates them in a generated `down()`: take those statements out.
 */
async function dropRoutines(file: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const cleaned = text.replace(/\n*\s*this\.addSql\(`create or replace function[\s\S]*?`\);/g, '');
  if (cleaned !== text) await writeFile(file, cleaned);
}
