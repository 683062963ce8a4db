import { signAccessToken } from '@frontline/auth-tokens';
import { startTestMembers, type TestMembers } from '@frontline/members/testing';
import { testDbKinds } from '@frontline/subgraph-kit/testing';
import { graphql, loginAs, startTestTenants, type TestTenants } from '@frontline/tenants/testing';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../src/config.js';
import { type RunningGateway, startGateway } from '../src/gateway.js';

const CITY = '临江市总工会';
const MINING = '临江矿业集团有限公司工会';
const TEXTILE = '临江纺织股份有限公司工会';

function gatewayEnv(tenants: TestTenants, members: TestMembers, extra: Record<string, string> = {}) {
  return {
    MEMBERS_URL: members.url,
    // Not started in these suites (see cases.test.ts / activities.test.ts): a port nothing listens on.
    CASES_URL: 'http://127.0.0.1:9/graphql',
    ACTIVITIES_URL: 'http://127.0.0.1:9/graphql',
    NODE_ENV: 'test',
    GATEWAY_PORT: '0',
    LOG_LEVEL: 'silent',
    TENANTS_URL: tenants.url,
    JWKS_URL: new URL('/.well-known/jwks.json', tenants.url).toString(),
    CORS_ORIGINS: 'http://127.0.0.1:5173',
    ...extra,
  };
}

describe.each(testDbKinds())('gateway over running subgraphs (%s)', (kind) => {
  let tenants: TestTenants;
  let members: TestMembers;
  let gateway: RunningGateway;
  let url: string;
  beforeAll(async () => {
    tenants = await startTestTenants(kind);
    members = await startTestMembers(kind, tenants.url);
    // Introspection on, as in development: the HTTP audit's probes use `__type`.
    gateway = await startGateway(loadGatewayConfig(gatewayEnv(tenants, members, { INTROSPECTION: '1' })));
    url = gateway.graphqlUrl;
  }, 90_000);
  afterAll(async () => {
    await gateway?.close();
    await members?.close();
    await tenants?.close();
  });

  it('joins subgraphs: a federation reads member figures of its unions in one query', async () => {
    const union = await loginAs(url, 'mining.admin@frontline.demo');
    const unit = await graphql(
      url,
      'mutation { createOrgUnit(input: { kind: TEAM, name: "甲班" }) { id } }',
      { token: union },
    );
    const created = await graphql(
      url,
      'mutation($u: ID) { createMember(input: { name: "王强", joinedOn: "2020-01-01", orgUnitId: $u }) { name orgUnit { name } } }',
      { token: union, variables: { u: unit.data?.createOrgUnit.id } },
    );
    expect(created.data?.createMember).toEqual({ name: '王强', orgUnit: { name: '甲班' } });
    const fed = await loginAs(url, 'city.officer@frontline.demo');
    const tree = await graphql(
      url,
      '{ tenantTree { name memberStats(from: "2020-01-01", to: "2030-01-01") { activeCount joins } } }',
      { token: fed },
    );
    const byName = Object.fromEntries(
      tree.data?.tenantTree.map((t: any) => [t.name, t.memberStats.activeCount]),
    );
    expect(byName).toMatchObject({ [CITY]: 1, [MINING]: 1, [TEXTILE]: 0 });
  });

  it('logs in and answers `me` through the supergraph', async () => {
    const token = await loginAs(url, 'city.officer@frontline.demo');
    const me = await graphql(
      url,
      '{ me { officer { displayName role } homeTenant { name } canSwitchTenant } }',
      { token },
    );
    expect(me.data?.me).toEqual({
      officer: { displayName: '林晓燕', role: 'FEDERATION_OFFICER' },
      homeTenant: { name: CITY },
      canSwitchTenant: true,
    });
  });

  it('a federation officer reads a child tenant; a union officer is refused its sibling', async () => {
    const fed = await loginAs(url, 'city.officer@frontline.demo');
    const miningId = await tenants.tenantId(MINING);
    const child = await graphql(url, 'query($id: ID!) { tenant(id: $id) { name parent { name } } }', {
      token: fed,
      variables: { id: miningId },
    });
    expect(child.data?.tenant).toEqual({ name: MINING, parent: { name: CITY } });

    const union = await loginAs(url, 'mining.officer@frontline.demo');
    const textileId = await tenants.tenantId(TEXTILE);
    const sibling = await graphql(url, 'query($id: ID!) { tenant(id: $id) { name } }', {
      token: union,
      variables: { id: textileId },
      locale: 'en',
    });
    expect(sibling.data).toBeNull();
    expect(sibling.errors?.[0]).toMatchObject({
      message: 'Organisation not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('the narrowed scope from the tenant switcher holds through the gateway', async () => {
    const fed = await loginAs(url, 'city.admin@frontline.demo');
    const switched = await graphql(url, 'mutation($id: ID) { switchTenant(tenantId: $id) { token } }', {
      token: fed,
      variables: { id: await tenants.tenantId(TEXTILE) },
    });
    const tree = await graphql(url, '{ tenantTree { name } }', { token: switched.data?.switchTenant.token });
    expect(tree.data?.tenantTree).toEqual([{ name: TEXTILE }]);
  });

  it('refuses a malformed, forged or expired token at the gateway with 401', async () => {
    const expired = await signAccessToken(
      tenants.service.signingKey,
      {
        sub: 'x',
        name: 'x',
        roles: ['UNION_OFFICER'],
        home: { id: 'a', path: '/a/', kind: 'ENTERPRISE_UNION' },
        scope: { id: 'a', path: '/a/', kind: 'ENTERPRISE_UNION' },
      },
      60,
      new Date(Date.now() - 7200_000),
    );
    for (const [token, key] of [
      ['not-a-jwt', 'error.tokenMalformed'],
      [`${expired.token.slice(0, -4)}abcd`, 'error.tokenInvalid'],
      [expired.token, 'error.tokenExpired'],
    ]) {
      const res = await graphql(url, '{ me { officer { email } } }', { token });
      expect(res.status).toBe(401);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', messageKey: key });
    }
  });

  it('refuses over-deep and alias-heavy queries before touching a subgraph', async () => {
    const token = await loginAs(url, 'city.officer@frontline.demo');
    const deep = `{ tenantTree { ${'children { '.repeat(14)}name${' }'.repeat(14)} } }`;
    const res = await graphql(url, deep, { token });
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { canSwitchTenant }`).join(' ')} }`;
    const res2 = await graphql(url, aliases, { token });
    expect(res2.errors?.[0].message).toMatch(/alias/i);
  });

  it('allows the admin origin and no other', async () => {
    const ok = await fetch(url, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:5173' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    const evil = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('passes the GraphQL-over-HTTP audit with no MUST failures', async () => {
    const results = await auditServer({ url });
    const mustFailures = results.filter((r) => r.status !== 'ok' && r.name.startsWith('MUST'));
    expect(mustFailures.map((r) => `${r.id} ${r.name}: ${r.status !== 'ok' ? r.reason : ''}`)).toEqual([]);
    const syntax = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{' }),
    });
    expect(syntax.status).toBe(400);
  });

  it('is healthy, and not ready while a subgraph cannot be reached', async () => {
    expect((await fetch(new URL('/healthz', url))).status).toBe(200);
    expect((await fetch(new URL('/readyz', url))).status).toBe(503);
  });
});

describe('gateway in production mode', () => {
  let tenants: TestTenants;
  let members: TestMembers;
  let gateway: RunningGateway;
  beforeAll(async () => {
    tenants = await startTestTenants('pglite');
    members = await startTestMembers('pglite', tenants.url);
    gateway = await startGateway(loadGatewayConfig(gatewayEnv(tenants, members, { NODE_ENV: 'production' })));
  }, 90_000);
  afterAll(async () => {
    await gateway?.close();
    await members?.close();
    await tenants?.close();
  });

  it('has introspection and field suggestions off', async () => {
    const intro = await graphql(gateway.graphqlUrl, '{ __schema { types { name } } }');
    expect(intro.errors?.[0].message).toMatch(/introspection/i);
    const typo = await graphql(gateway.graphqlUrl, '{ tenantTre { name } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('masks what a failing subgraph says', async () => {
    const token = await loginAs(gateway.graphqlUrl, 'city.officer@frontline.demo');
    // One verified call first, so the gateway holds the signing keys when the subgraph goes away.
    expect((await graphql(gateway.graphqlUrl, '{ me { canSwitchTenant } }', { token })).data).toBeTruthy();
    await tenants.service.server.close();
    const res = await graphql(gateway.graphqlUrl, '{ tenantTree { name } }', { token });
    expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(res)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
    expect((await fetch(new URL('/readyz', gateway.graphqlUrl))).status).toBe(503);
  });
});
