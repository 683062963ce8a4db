import { startTestActivities, type TestActivities } from '@frontline/activities/testing';
import { startTestCases, type TestCases } from '@frontline/cases/testing';
import { startTestMembers, type TestMembers } from '@frontline/members/testing';
import { testDbKinds } from '@frontline/subgraph-kit/testing';
import { graphql, loginAs, startTestTenants, type TestTenants } from '@frontline/tenants/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../src/config.js';
import { type RunningGateway, startGateway } from '../src/gateway.js';

/** From voice to result through the supergraph: a heard item becomes a case in the real cases service. */
describe.each(testDbKinds())('visits and cases through the gateway (%s)', (kind) => {
  let tenants: TestTenants;
  let members: TestMembers;
  let cases: TestCases;
  let activities: TestActivities;
  let gateway: RunningGateway;
  let url: string;
  let officer: string;
  let activityId: string;
  const items: { id: string; version: number }[] = [];

  beforeAll(async () => {
    tenants = await startTestTenants(kind);
    members = await startTestMembers(kind, tenants.url);
    cases = await startTestCases(kind, { tenants: tenants.url, members: members.url });
    activities = await startTestActivities(kind, tenants.url, {
      CASES_URL: cases.url,
      MEMBERS_URL: members.url,
    });
    gateway = await startGateway(
      loadGatewayConfig({
        NODE_ENV: 'test',
        GATEWAY_PORT: '0',
        LOG_LEVEL: 'silent',
        TENANTS_URL: tenants.url,
        MEMBERS_URL: members.url,
        CASES_URL: cases.url,
        ACTIVITIES_URL: activities.url,
        JWKS_URL: new URL('/.well-known/jwks.json', tenants.url).toString(),
      }),
    );
    url = gateway.graphqlUrl;
    officer = await loginAs(url, 'mining.officer@frontline.demo');
    const admin = await loginAs(url, 'mining.admin@frontline.demo');
    const team = (
      await graphql(
        url,
        'mutation { createOrgUnit(input: { kind: TEAM, name: "综采一队甲班" }) { id name } }',
        {
          token: admin,
        },
      )
    ).data?.createOrgUnit;
    const member = (
      await graphql(
        url,
        'mutation($u: ID) { createMember(input: { name: "赵磊", joinedOn: "2018-01-01", orgUnitId: $u }) { id } }',
        {
          token: admin,
          variables: { u: team.id },
        },
      )
    ).data?.createMember;
    const visit = await graphql(
      url,
      'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
      {
        token: officer,
        variables: {
          input: {
            kind: 'FRONTLINE_VISIT',
            title: '走访综采一队',
            startsAt: new Date().toISOString(),
            status: 'DONE',
            teams: [team],
          },
        },
      },
    );
    expect(visit.errors).toBeUndefined();
    activityId = visit.data?.createActivity.id;
    for (const [heard, note] of [
      ['GRIEVANCE', '夜班津贴连续三个月少算'],
      ['NEED', '希望班组休息室增加饮水机'],
    ]) {
      const item = await graphql(
        url,
        'mutation($input: AddHeardItemInput!) { addHeardItem(input: $input) { id version } }',
        {
          token: officer,
          variables: { input: { activityId, kind: heard, note, memberIds: [member.id], teamId: team.id } },
        },
      );
      expect(item.errors).toBeUndefined();
      items.push(item.data?.addHeardItem);
    }
  }, 150_000);

  afterAll(async () => {
    await gateway?.close();
    await activities?.close();
    await cases?.close();
    await members?.close();
    await tenants?.close();
  });

  const VISIT = `query($id: ID!) { activity(id: $id) { heardItems { id kind caseNumber case { id number status handlingTenantName } } } }`;

  it('turns a heard item into a case in one step; the visit shows the case’s status, the case shows the visit', async () => {
    const opened = await graphql(
      url,
      'mutation($input: OpenCaseFromHeardItemInput!) { openCaseFromHeardItem(input: $input) { caseId case { number status kind source sourceActivity { id title } members { name } } } }',
      { token: officer, variables: { input: { itemId: items[0].id, version: items[0].version } } },
    );
    expect(opened.errors).toBeUndefined();
    const c = opened.data?.openCaseFromHeardItem.case;
    expect(c).toMatchObject({
      status: 'RECEIVED',
      kind: 'GRIEVANCE',
      source: 'VISIT',
      sourceActivity: { id: activityId, title: '走访综采一队' },
      members: [{ name: '赵磊' }],
    });
    const caseId = opened.data?.openCaseFromHeardItem.caseId;
    // Work on the case shows on the visit.
    const read = await graphql(url, 'query($id: ID!) { case(id: $id) { version } }', {
      token: officer,
      variables: { id: caseId },
    });
    const accepted = await graphql(
      url,
      'mutation($input: CaseStepInput!) { acceptCase(input: $input) { status } }',
      { token: officer, variables: { input: { id: caseId, version: read.data?.case.version } } },
    );
    expect(accepted.data?.acceptCase.status).toBe('ACCEPTED');
    const visit = await graphql(url, VISIT, { token: officer, variables: { id: activityId } });
    const [first, second] = visit.data?.activity.heardItems ?? [];
    expect(first.case).toMatchObject({ id: caseId, number: c.number, status: 'ACCEPTED' });
    expect(first.caseNumber).toBe(c.number);
    expect(second.case).toBeNull();
    // Another union sees neither the visit nor the case.
    const other = await loginAs(url, 'textile.officer@frontline.demo');
    const foreign = await graphql(url, 'query($id: ID!) { case(id: $id) { id } }', {
      token: other,
      variables: { id: caseId },
    });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('is ready while every subgraph is', async () => {
    expect((await fetch(new URL('/readyz', url))).status).toBe(200);
  });

  it('with the cases service down: a clear error, and nothing half-written on either side', async () => {
    const before = await graphql(url, '{ cases { totalCount } }', { token: officer });
    await cases.service.server.close();
    const res = await graphql(
      url,
      'mutation($input: OpenCaseFromHeardItemInput!) { openCaseFromHeardItem(input: $input) { caseId } }',
      {
        token: officer,
        variables: { input: { itemId: items[1].id, version: items[1].version } },
        locale: 'en',
      },
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'The cases service is unavailable; nothing was changed. Try again later',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    const [row] = await activities.database.db.orm.em
      .getConnection()
      .execute('select case_id, version from activities.heard_item where id = ?', [items[1].id]);
    expect(row).toMatchObject({ case_id: null, version: items[1].version });
    const [{ count }] = await cases.database.db.orm.em
      .getConnection()
      .execute('select count(*)::int as count from cases."case"');
    expect(count).toBe(before.data?.cases.totalCount);
  });
});
