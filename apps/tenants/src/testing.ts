import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase, type TestDatabase, type TestDbKind } from '@frontline/subgraph-kit/testing';
import { loadTenantsConfig, startTenantsService, type TenantsService } from './app.js';
import type { LoginLimits } from './modules/auth/rate-limit.js';
import { DEMO_PASSWORD, loadDemoData } from './modules/demo/demo-data.js';
import { entities, migrations, SCHEMA_NAME } from './schema.js';

export { DEMO_PASSWORD };

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export async function graphql<T = Record<string, any>>(
  url: string,
  query: string,
  options: {
    variables?: Record<string, unknown>;
    token?: string;
    locale?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': options.locale ?? 'zh-CN',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt scopeTenant { id name } }
}`;

export async function loginAs(url: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await graphql<{ login: { token: string } }>(url, LOGIN, { variables: { email, password } });
  if (!res.data?.login) throw new Error(`login as ${email} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

export interface TestTenants {
  url: string;
  service: TenantsService;
  database: TestDatabase;
  /** Owner-level lookup of a demo tenant id by name (test set-up only). */
  tenantId(name: string): Promise<string>;
  close(): Promise<void>;
}

/** The tenants subgraph on a fresh database with the demo data, over real HTTP on a free port. */
export async function startTestTenants(
  kind: TestDbKind,
  options: { loginLimits?: LoginLimits } = {},
): Promise<TestTenants> {
  const database = await openTestDatabase(kind, { schema: SCHEMA_NAME, entities, migrations });
  await loadDemoData(database.db);
  const dataDir = await mkdtemp(join(tmpdir(), 'frontline-tenants-'));
  const config = loadTenantsConfig({ NODE_ENV: 'test', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const service = await startTenantsService(config, { db: database.db, loginLimits: options.loginLimits });
  return {
    url: `${service.server.url}/graphql`,
    service,
    database,
    async tenantId(name) {
      const rows = await database.db.orm.em
        .getConnection()
        .execute('select id from tenants.tenant where name = ?', [name]);
      if (!rows[0]) throw new Error(`no tenant named ${name}`);
      return rows[0].id;
    },
    async close() {
      await service.close();
      await database.dispose();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
