import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase, type TestDatabase, type TestDbKind } from '@frontline/subgraph-kit/testing';
import { type CasesService, loadCasesConfig, startCasesService } from './app.js';
import { entities, migrations, SCHEMA_NAME } from './schema.js';

export interface TestCases {
  url: string;
  service: CasesService;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * The cases subgraph on a fresh database over real HTTP, verifying tokens with the keys of a
 * running tenants service and asking the members service about members, as in production.
 * `now` stands the service on a given instant (deadline tests).
 */
export async function startTestCases(
  kind: TestDbKind,
  urls: { tenants: string; members: string },
  options: { now?: () => Date } = {},
): Promise<TestCases> {
  const database = await openTestDatabase(kind, { schema: SCHEMA_NAME, entities, migrations });
  const dataDir = await mkdtemp(join(tmpdir(), 'frontline-cases-'));
  const config = loadCasesConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    TENANTS_URL: urls.tenants,
    MEMBERS_URL: urls.members,
    JWKS_URL: new URL('/.well-known/jwks.json', urls.tenants).toString(),
  });
  const service = await startCasesService(config, { db: database.db, now: options.now });
  return {
    url: `${service.server.url}/graphql`,
    service,
    database,
    async close() {
      await service.close();
      await database.dispose();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
