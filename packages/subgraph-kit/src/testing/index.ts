import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, type DatabaseOptions, openDatabase } from '../orm.js';

export type TestDbKind = 'pglite' | 'postgresql';

/** The production-like server the suite also runs on; each test creates and drops its own database. */
export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Both kinds always; FRONTLINE_TEST_PG=0 skips the server for a quick local loop (never in CI). */
export function testDbKinds(): TestDbKind[] {
  return process.env.FRONTLINE_TEST_PG === '0' ? ['pglite'] : ['pglite', 'postgresql'];
}

export interface ThrowawayPostgres {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createThrowawayPostgres(prefix = 'frontline_test'): Promise<ThrowawayPostgres> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      try {
        await c.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

export interface TestDatabase {
  db: Database;
  kind: TestDbKind;
  /** Set for PostgreSQL: the throw-away database's URL (other services of the test can share it). */
  url?: string;
  dispose(): Promise<void>;
}

/** Boots a fresh database of the given kind and runs the subgraph's migrations on it. */
export async function openTestDatabase(
  kind: TestDbKind,
  options: Omit<DatabaseOptions, 'databaseUrl' | 'pgliteDataDir'>,
): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openDatabase({ ...options, pgliteDataDir: 'memory://' });
    await db.migrate();
    return { db, kind, dispose: () => db.close() };
  }
  const pgdb = await createThrowawayPostgres();
  const db = await openDatabase({ ...options, databaseUrl: pgdb.url });
  try {
    await db.migrate();
  } catch (err) {
    await db.close();
    await pgdb.drop();
    throw err;
  }
  return {
    db,
    kind,
    url: pgdb.url,
    async dispose() {
      await db.close();
      await pgdb.drop();
    },
  };
}
