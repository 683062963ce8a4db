import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestCases, type TestCases } from '@frontline/cases/testing';
import { startTestMembers, type TestMembers } from '@frontline/members/testing';
import type { Database } from '@frontline/subgraph-kit';
import { testDbKinds } from '@frontline/subgraph-kit/testing';
import { graphql, loginAs, startTestTenants, type TestTenants } from '@frontline/tenants/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../src/config.js';
import { type RunningGateway, startGateway } from '../src/gateway.js';

/** A pass-through in front of a subgraph that counts the gateway's calls to it. */
async function countingProxy(
  target: string,
): Promise<{ url: string; calls: () => number; reset(): void; close(): Promise<void> }> {
  let calls = 0;
  const server: Server = createServer(async (req, res) => {
    calls++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k)),
    ) as Record<string, string>;
    const upstream = await fetch(target, { method: req.method, headers, body: Buffer.concat(chunks) });
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
    });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    calls: () => calls,
    reset: () => {
      calls = 0;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/**
 * Counts the data statements a service's database runs (MikroORM's onQuery hook), leaving out the
 * two that open each transaction in the caller's scope (role, scope settings).
 */
function countStatements(db: Database) {
  let count = 0;
  db.orm.config.set('onQuery', (sql: string) => {
    if (!/^(set local role|select set_config)/.test(sql)) count++;
    return sql;
  });
  return { count: () => count };
}

describe.each(testDbKinds())('cases through the gateway (%s)', (kind) => {
  let tenants: TestTenants;
  let members: TestMembers;
  let cases: TestCases;
  let gateway: RunningGateway;
  let proxies: Awaited<ReturnType<typeof countingProxy>>[];
  let url: string;

  beforeAll(async () => {
    tenants = await startTestTenants(kind);
    members = await startTestMembers(kind, tenants.url);
    cases = await startTestCases(kind, { tenants: tenants.url, members: members.url });
    proxies = [await countingProxy(members.url), await countingProxy(cases.url)];
    gateway = await startGateway(
      loadGatewayConfig({
        NODE_ENV: 'test',
        GATEWAY_PORT: '0',
        LOG_LEVEL: 'silent',
        TENANTS_URL: tenants.url,
        MEMBERS_URL: proxies[0].url,
        CASES_URL: proxies[1].url,
        JWKS_URL: new URL('/.well-known/jwks.json', tenants.url).toString(),
      }),
    );
    url = gateway.graphqlUrl;
  }, 120_000);

  afterAll(async () => {
    await gateway?.close();
    for (const p of proxies ?? []) await p.close();
    await cases?.close();
    await members?.close();
    await tenants?.close();
  });

  it('lists 100 cases with their members and teams in one call per subgraph and a few statements each', async () => {
    const token = await loginAs(url, 'mining.officer@frontline.demo');
    const admin = await loginAs(url, 'mining.admin@frontline.demo');
    const teams: string[] = [];
    for (const name of ['甲班', '乙班', '丙班']) {
      const t = await graphql(
        url,
        'mutation($n: String!) { createOrgUnit(input: { kind: TEAM, name: $n }) { id } }',
        {
          token: admin,
          variables: { n: name },
        },
      );
      teams.push(t.data?.createOrgUnit.id);
    }
    const memberIds: string[] = [];
    for (let i = 0; i < 20; i++) {
      const m = await graphql(
        url,
        'mutation($n: String!, $u: ID) { createMember(input: { name: $n, joinedOn: "2020-01-01", orgUnitId: $u }) { id } }',
        {
          token: admin,
          variables: { n: `职工${i}`, u: teams[i % 3] },
        },
      );
      memberIds.push(m.data?.createMember.id);
    }
    for (let i = 0; i < 100; i++) {
      const created = await graphql(
        url,
        'mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }',
        {
          token,
          variables: {
            input: {
              kind: 'NEED',
              summary: `诉求${i}`,
              memberIds: [memberIds[i % 20], memberIds[(i + 7) % 20]],
              orgUnitId: teams[i % 3],
            },
          },
        },
      );
      expect(created.errors).toBeUndefined();
    }
    for (const p of proxies) p.reset();
    const sql = [countStatements(members.database.db), countStatements(cases.database.db)];
    const res = await graphql(
      url,
      '{ cases(first: 100) { totalCount edges { node { number status members { name employeeNo } team { name } } } } }',
      { token },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.cases.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(100);
    expect(nodes.every((n: any) => n.members.length === 2 && n.members[0].name && n.team.name)).toBe(true);
    // One fetch to cases, and members resolved in batches (members and teams), never per case.
    expect(proxies[1].calls()).toBe(1);
    expect(proxies[0].calls()).toBeLessThanOrEqual(2);
    const [membersSql, casesSql] = sql.map((s) => s.count());
    // Cases: the page, its count, the members of all 100 at once. Members: members, then teams.
    expect(casesSql).toBe(3);
    expect(membersSql).toBeLessThanOrEqual(2);
    console.info(
      `100 cases: subgraph calls cases=${proxies[1].calls()} members=${proxies[0].calls()}; SQL statements cases=${casesSql} members=${membersSql}`,
    );
  });

  it('a federation reads its unions’ case figures and names in one query', async () => {
    const fed = await loginAs(url, 'city.officer@frontline.demo');
    const res = await graphql(
      url,
      '{ tenantTree { name caseStats(from: "2026-01-01", to: "2030-01-01") { received byChild { tenant { name } received } } } }',
      { token: fed },
    );
    expect(res.errors).toBeUndefined();
    const city = res.data?.tenantTree.find((t: any) => t.name === '临江市总工会');
    expect(city.caseStats.received).toBe(100);
    expect(city.caseStats.byChild).toEqual([{ tenant: { name: '临江矿业集团有限公司工会' }, received: 100 }]);
  });
});
