import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTokenVerifier,
  loadOrCreateDevKey,
  type SigningKey,
  signAccessToken,
  type TenantRef,
} from '@frontline/auth-tokens';
import { openTestDatabase, type TestDatabase, testDbKinds } from '@frontline/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActivitiesService, loadActivitiesConfig, startActivitiesService } from '../src/app.js';
import { entities, migrations, SCHEMA_NAME } from '../src/schema.js';

interface GraphQLResponse {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** An enterprise union as a token names it; the tenants subgraph is not needed for these tests. */
function union(): TenantRef {
  const id = randomUUID();
  return { id, path: `/${id}/`, kind: 'ENTERPRISE_UNION' };
}

const FIELDS = 'id name version createdAt updatedAt tenant { id }';

describe.each(testDbKinds())('activities subgraph on %s', (kind) => {
  const tenantA = union();
  const tenantB = union();
  let keyDir: string;
  let key: SigningKey;
  let testDb: TestDatabase;
  let service: ActivitiesService;

  beforeAll(async () => {
    keyDir = await mkdtemp(join(tmpdir(), 'activities-test-'));
    key = await loadOrCreateDevKey(join(keyDir, 'keys'));
    testDb = await openTestDatabase(kind, { schema: SCHEMA_NAME, entities, migrations });
    const config = loadActivitiesConfig({
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATA_DIR: keyDir,
    });
    service = await startActivitiesService(config, {
      db: testDb.db,
      verifier: createTokenVerifier({ jwks: { keys: [key.publicJwk] } }),
    });
  }, 60_000);

  afterAll(async () => {
    await service?.close();
    await testDb?.dispose();
    if (keyDir) await rm(keyDir, { recursive: true, force: true });
  });

  async function tokenFor(tenant: TenantRef): Promise<string> {
    const claims = {
      sub: randomUUID(),
      name: 'Test Admin',
      roles: ['UNION_ADMIN' as const],
      home: tenant,
      scope: tenant,
    };
    return (await signAccessToken(key, claims, 600)).token;
  }

  async function gql(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResponse> {
    const res = await fetch(`${service.server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'en',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse;
  }

  async function create(token: string, name: string) {
    const res = await gql(
      `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { ${FIELDS} } }`,
      { input: { name } },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data?.createActivity as { id: string; name: string; version: number; tenant: { id: string } };
  }

  const list = (token?: string) =>
    gql(`{ activities(first: 50) { totalCount edges { cursor node { ${FIELDS} } } } }`, {}, token);

  it('creates, lists and reads back in the caller’s tenant', async () => {
    const token = await tokenFor(tenantA);
    const created = await create(token, '  First activity  ');
    expect(created).toMatchObject({ name: 'First activity', version: 1, tenant: { id: tenantA.id } });

    const listed = await list(token);
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.activities.totalCount).toBe(1);
    expect(listed.data?.activities.edges[0].node.id).toBe(created.id);

    const one = await gql(`query ($id: ID!) { activity(id: $id) { ${FIELDS} } }`, { id: created.id }, token);
    expect(one.data?.activity.name).toBe('First activity');
  });

  it('refuses bad input field by field', async () => {
    const res = await gql(
      'mutation { createActivity(input: { name: "   " }) { id } }',
      {},
      await tokenFor(tenantA),
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('updates with the current version and refuses a stale one (CONFLICT)', async () => {
    const token = await tokenFor(tenantA);
    const created = await create(token, 'Before');
    const update = `mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { ${FIELDS} } }`;

    const first = await gql(update, { input: { id: created.id, version: 1, name: 'After' } }, token);
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateActivity).toMatchObject({ name: 'After', version: 2 });

    const stale = await gql(update, { input: { id: created.id, version: 1, name: 'Lost' } }, token);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const again = await gql(
      `query ($id: ID!) { activity(id: $id) { name version } }`,
      { id: created.id },
      token,
    );
    expect(again.data?.activity).toEqual({ name: 'After', version: 2 });
  });

  it('gives a request without a token UNAUTHENTICATED and no data', async () => {
    const res = await list();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();

    const write = await gql('mutation { createActivity(input: { name: "Sneaky" }) { id } }');
    expect(write.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(write.data ?? null).toBeNull();
  });

  it('keeps tenant A’s rows invisible to tenant B through the API', async () => {
    const created = await create(await tokenFor(tenantA), 'Only for A');
    const tokenB = await tokenFor(tenantB);

    const listed = await list(tokenB);
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.activities).toMatchObject({ totalCount: 0, edges: [] });

    const one = await gql(`query ($id: ID!) { activity(id: $id) { id } }`, { id: created.id }, tokenB);
    expect(one.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(one.data ?? null).toBeNull();

    const update = await gql(
      'mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }',
      { input: { id: created.id, version: 1, name: 'Taken over' } },
      tokenB,
    );
    expect(update.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // The extension of the tenants subgraph's Tenant counts only what the caller may see.
    const entitiesQuery = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Tenant { id activitiesCount } } }`;
    const representations = [{ __typename: 'Tenant', id: tenantA.id }];
    const asA = await gql(entitiesQuery, { r: representations }, await tokenFor(tenantA));
    expect(asA.data?._entities[0].activitiesCount).toBeGreaterThan(0);
    const asB = await gql(entitiesQuery, { r: representations }, tokenB);
    expect(asB.data?._entities[0]).toEqual({ id: tenantA.id, activitiesCount: 0 });
  });

  it('keeps them invisible to raw SQL in tenant B’s scope too (row-level security)', async () => {
    await create(await tokenFor(tenantA), 'Raw SQL check');
    // `execute` is on the SQL driver's EntityManager, which `forScope` returns.
    type SqlEm = { execute(sql: string): Promise<Record<string, unknown>[]> };
    const sql = `select * from "${SCHEMA_NAME}"."activity"`;

    const inB = await (testDb.db.forScope(tenantB) as unknown as SqlEm).execute(sql);
    expect(inB).toEqual([]);
    const auditInB = await (testDb.db.forScope(tenantB) as unknown as SqlEm).execute(
      `select * from "${SCHEMA_NAME}"."audit_event"`,
    );
    expect(auditInB).toEqual([]);

    const inA = await (testDb.db.forScope(tenantA) as unknown as SqlEm).execute(sql);
    expect(inA.length).toBeGreaterThan(0);
    expect(inA.every((row) => row.tenant_id === tenantA.id)).toBe(true);
  });
});
