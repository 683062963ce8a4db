import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase, type TestDatabase, type TestDbKind } from '@frontline/subgraph-kit/testing';
import { loadMembersConfig, type MembersService, startMembersService } from './app.js';
import { entities, migrations, SCHEMA_NAME } from './schema.js';

export interface TestMembers {
  url: string;
  service: MembersService;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * The members subgraph on a fresh database over real HTTP, verifying tokens with the keys of a
 * running tenants service (which it also asks for tenant names), as in production.
 */
export async function startTestMembers(kind: TestDbKind, tenantsGraphqlUrl: string): Promise<TestMembers> {
  const database = await openTestDatabase(kind, { schema: SCHEMA_NAME, entities, migrations });
  const dataDir = await mkdtemp(join(tmpdir(), 'frontline-members-'));
  const config = loadMembersConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    TENANTS_URL: tenantsGraphqlUrl,
    JWKS_URL: new URL('/.well-known/jwks.json', tenantsGraphqlUrl).toString(),
  });
  const service = await startMembersService(config, { db: database.db });
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
