import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase, type TestDatabase, type TestDbKind } from '@frontline/subgraph-kit/testing';
import { type ActivitiesService, loadActivitiesConfig, startActivitiesService } from './app.js';
import { entities, migrations, SCHEMA_NAME } from './schema.js';

export interface TestActivities {
  url: string;
  service: ActivitiesService;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * The activities subgraph on a fresh database over real HTTP, verifying tokens with the keys of a
 * running tenants service, as in production.
 */
export async function startTestActivities(
  kind: TestDbKind,
  tenantsGraphqlUrl: string,
  env: Record<string, string> = {},
): Promise<TestActivities> {
  const database = await openTestDatabase(kind, { schema: SCHEMA_NAME, entities, migrations });
  const dataDir = await mkdtemp(join(tmpdir(), 'frontline-activities-'));
  const config = loadActivitiesConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    TENANTS_URL: tenantsGraphqlUrl,
    JWKS_URL: new URL('/.well-known/jwks.json', tenantsGraphqlUrl).toString(),
    ...env,
  });
  const service = await startActivitiesService(config, { db: database.db });
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
