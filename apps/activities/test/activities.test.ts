import type { TenantRef } from '@frontline/auth-tokens';
import { testDbKinds } from '@frontline/subgraph-kit/testing';
import { graphql, loginAs, startTestTenants, type TestTenants } from '@frontline/tenants/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CasesClient } from '../src/modules/heard/cases-client.js';
import { startTestActivities, type TestActivities } from '../src/testing.js';
import { closedPortUrl, startCasesStub } from './cases-stub.js';

type SqlEm = { execute(sql: string, params?: unknown[]): Promise<any> };

const ids = {
  teamA: '00000000-0000-4000-8000-00000000000a',
  teamB: '00000000-0000-4000-8000-00000000000b',
  teamC: '00000000-0000-4000-8000-00000000000c',
  m1: '00000000-0000-4000-8000-000000000001',
  m2: '00000000-0000-4000-8000-000000000002',
  m3: '00000000-0000-4000-8000-000000000003',
  textileTeam: '00000000-0000-4000-8000-0000000000ff',
};

const ACTIVITY = `id kind customKind title startsAt status version campaignId headcount attendeeCount
  teams { id } teamVisits { teamId teamName } officers { officerId name } checkIn { open rosterSize }`;
const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { ${ACTIVITY} } }`;
const UPDATE = `mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { ${ACTIVITY} } }`;

describe.each(testDbKinds())('activities subgraph on %s', (kind) => {
  let tenants: TestTenants;
  let activities: TestActivities;
  let stub: Awaited<ReturnType<typeof startCasesStub>>;
  const tokens: Record<string, string> = {};
  const scopes: Record<string, TenantRef> = {};

  const q = (query: string, who: string, variables?: Record<string, unknown>, locale?: string) =>
    graphql(activities.url, query, { token: tokens[who], variables, locale });
  const create = async (who: string, input: Record<string, unknown>) => {
    const res = await q(CREATE, who, { input });
    expect(res.errors).toBeUndefined();
    return res.data?.createActivity;
  };
  const checkin = (code: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${activities.service.server.url}/checkin/${code}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    stub = await startCasesStub();
    tenants = await startTestTenants(kind);
    activities = await startTestActivities(kind, tenants.url, { CASES_URL: stub.url });
    for (const who of ['mining.officer', 'mining.admin', 'textile.officer', 'city.officer', 'city.admin']) {
      tokens[who] = await loginAs(tenants.url, `${who}@frontline.demo`);
      scopes[who] = JSON.parse(Buffer.from(tokens[who].split('.')[1], 'base64url').toString('utf8')).scope;
    }
  }, 120_000);
  afterAll(async () => {
    await activities?.close();
    await tenants?.close();
    await stub?.close();
  });

  describe('activities', () => {
    it('records a visit with teams and officers, lists, searches and filters it', async () => {
      const a = await create('mining.officer', {
        kind: 'FRONTLINE_VISIT',
        title: '  深入综采一队走访  ',
        startsAt: '2026-03-05T02:00:00Z',
        status: 'DONE',
        teams: [{ id: ids.teamA, name: '综采一队甲班' }],
      });
      expect(a).toMatchObject({
        title: '深入综采一队走访',
        status: 'DONE',
        version: 1,
        teams: [{ id: ids.teamA }],
        teamVisits: [{ teamId: ids.teamA, teamName: '综采一队甲班' }],
        checkIn: { open: false, rosterSize: 0 },
      });
      expect(a.officers).toHaveLength(1);
      const LIST = `query($f: ActivityFilter) { activities(filter: $f, first: 10) { totalCount edges { node { id } } } }`;
      const byText = await q(LIST, 'mining.officer', { f: { search: '甲班' } });
      expect(byText.data?.activities.edges.map((e: any) => e.node.id)).toContain(a.id);
      const byTeam = await q(LIST, 'mining.officer', {
        f: { teamId: ids.teamA, from: '2026-03-05', to: '2026-03-05' },
      });
      expect(byTeam.data?.activities.totalCount).toBe(1);
      const none = await q(LIST, 'mining.officer', { f: { teamId: ids.teamB } });
      expect(none.data?.activities.totalCount).toBe(0);
    });

    it('updates with the version read, refuses a stale one, and gives field errors in both languages', async () => {
      const a = await create('mining.officer', {
        kind: 'SYMPOSIUM',
        title: '座谈会',
        startsAt: '2026-04-01T06:00:00Z',
      });
      const ok = await q(UPDATE, 'mining.officer', {
        input: {
          id: a.id,
          version: 1,
          status: 'DONE',
          teams: [{ id: ids.teamB, name: '乙班' }],
          headcount: 40,
        },
      });
      expect(ok.data?.updateActivity).toMatchObject({
        status: 'DONE',
        version: 2,
        headcount: 40,
        teams: [{ id: ids.teamB }],
      });
      const stale = await q(UPDATE, 'mining.officer', { input: { id: a.id, version: 1, title: '丢失' } });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      const bad = {
        kind: 'OTHER',
        title: ' ',
        startsAt: '2026-04-01T06:00:00Z',
        endsAt: '2026-03-01T00:00:00Z',
      };
      const zh = await q(CREATE, 'mining.officer', { input: bad });
      const en = await q(CREATE, 'mining.officer', { input: bad }, 'en');
      const fields = (r: any) =>
        Object.fromEntries(r.errors[0].extensions.fields.map((f: any) => [f.field, f.message]));
      expect(fields(zh)).toMatchObject({ 'input.title': '此项为必填项', 'input.endsAt': '结束不能早于开始' });
      expect(fields(en)['input.endsAt']).toBe('The end cannot be before the start');
      const other = await q(CREATE, 'mining.officer', { input: { ...bad, title: 'x', endsAt: null } }, 'en');
      expect(other.errors?.[0].extensions?.fields[0]).toMatchObject({ field: 'input.customKindId' });
    });

    it('takes a union-defined kind for OTHER', async () => {
      const def = await q(
        `mutation { createActivityKind(input: { name: "读书会" }) { id name version } }`,
        'mining.officer',
      );
      const a = await create('mining.officer', {
        kind: 'OTHER',
        customKindId: def.data?.createActivityKind.id,
        title: '职工读书会',
        startsAt: '2026-05-01T02:00:00Z',
      });
      expect(a.customKind).toBe('读书会');
      const dup = await q(
        `mutation { createActivityKind(input: { name: "读书会" }) { id } }`,
        'mining.officer',
      );
      expect(dup.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('needs a union scope to write', async () => {
      const res = await q(
        CREATE,
        'city.officer',
        { input: { kind: 'EVENT', title: 'x', startsAt: '2026-01-01T00:00:00Z' } },
        'en',
      );
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0].message).toMatch(/Switch to an enterprise union/);
    });

    it('adds attendees by team idempotently, counts them and shows them on Member.activities', async () => {
      const a = await create('mining.officer', {
        kind: 'TRAINING',
        title: '安全培训',
        startsAt: '2026-06-01T02:00:00Z',
        status: 'DONE',
      });
      const ADD = `mutation($input: AddAttendeesInput!) { addAttendees(input: $input) { changed skipped activity { attendeeCount } } }`;
      const members = [ids.m1, ids.m2].map((memberId) => ({ memberId, teamId: ids.teamA }));
      const first = await q(ADD, 'mining.officer', { input: { activityId: a.id, members, source: 'TEAM' } });
      expect(first.data?.addAttendees).toEqual({ changed: 2, skipped: 0, activity: { attendeeCount: 2 } });
      const again = await q(ADD, 'mining.officer', { input: { activityId: a.id, members, source: 'TEAM' } });
      expect(again.data?.addAttendees).toMatchObject({ changed: 0, skipped: 2 });
      const removed = await q(
        `mutation($input: RemoveAttendeesInput!) { removeAttendees(input: $input) { changed activity { attendeeCount } } }`,
        'mining.officer',
        { input: { activityId: a.id, memberIds: [ids.m2] } },
      );
      expect(removed.data?.removeAttendees).toEqual({ changed: 1, activity: { attendeeCount: 1 } });
      const ent = await q(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Member { activities(first: 5) { totalCount edges { node { id } } } } } }`,
        'mining.officer',
        { r: [{ __typename: 'Member', id: ids.m1 }] },
      );
      expect(ent.data?._entities[0].activities.edges.map((e: any) => e.node.id)).toContain(a.id);
    });
  });

  describe('QR check-in', () => {
    let activity: any;
    let code: string;
    const roster = [
      { memberId: ids.m1, employeeNo: 'KY10001', name: '张 伟', teamId: ids.teamA },
      { memberId: ids.m3, employeeNo: 'ky10003', name: '李娜' },
    ];

    beforeAll(async () => {
      activity = await create('mining.officer', {
        kind: 'EVENT',
        title: '职工趣味运动会',
        startsAt: '2026-07-01T01:00:00Z',
        place: '体育馆',
      });
      const res = await q(
        `mutation($input: OpenCheckInInput!) { openCheckIn(input: $input) { code url apiPath qrSvg expiresAt activity { version checkIn { open rosterSize } } } }`,
        'mining.officer',
        { input: { activityId: activity.id, version: 1, expiresInMinutes: 60, roster } },
      );
      expect(res.errors).toBeUndefined();
      const t = res.data?.openCheckIn;
      expect(t.activity).toEqual({ version: 2, checkIn: { open: true, rosterSize: 2 } });
      expect(t.apiPath).toBe(`/checkin/${t.code}`);
      expect(t.qrSvg).toMatch(/^<svg/);
      code = t.code;
    });

    it('shows the activity and records a check-in matching employee number and name', async () => {
      const info = await (await checkin(code)).json();
      expect(info).toMatchObject({
        ok: true,
        open: true,
        activity: { title: '职工趣味运动会', place: '体育馆' },
      });
      const res = await checkin(code, { employeeNo: ' ky10001 ', name: '张伟' });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ ok: true, name: '张 伟' });
      const count = await q(
        `query($id: ID!) { activity(id: $id) { attendeeCount attendees { edges { node { memberId source } } } } }`,
        'mining.officer',
        { id: activity.id },
      );
      expect(count.data?.activity.attendees.edges[0].node).toEqual({ memberId: ids.m1, source: 'CHECKIN' });
    });

    it('refuses a duplicate, a wrong name, an unknown number, a tampered and an expired code', async () => {
      const dup = await checkin(code, { employeeNo: 'KY10001', name: '张伟' });
      expect(dup.status).toBe(409);
      expect(((await dup.json()) as any).error.message).toBe('张 伟，您已签到，无需重复签到');
      const wrong = await checkin(code, { employeeNo: 'KY10003', name: '王五' }, { 'accept-language': 'en' });
      expect(wrong.status).toBe(422);
      expect(((await wrong.json()) as any).error.message).toMatch(/does not match/);
      const unknown = await checkin(code, { employeeNo: 'KY99999', name: '李娜' });
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as any).error).toMatchObject({
        code: 'UNKNOWN_EMPLOYEE_NO',
        messageKey: 'checkin.unknownEmployeeNo',
      });
      const [h, p, s] = code.split('.');
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
      const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, t: scopes['textile.officer'].id })).toString('base64url')}.${s}`;
      const tampered = await checkin(forged, { employeeNo: 'KY10003', name: '李娜' });
      expect(tampered.status).toBe(400);
      expect(((await tampered.json()) as any).error.messageKey).toBe('checkin.invalidCode');
      const expired = await activities.service.deps.checkin.sign({
        activityId: activity.id,
        tenantId: claims.t,
        tenantPath: claims.p,
        nonce: claims.n,
        expiresAt: new Date(Date.now() - 1000),
      });
      const late = await checkin(expired, { employeeNo: 'KY10003', name: '李娜' });
      expect(late.status).toBe(410);
      expect(((await late.json()) as any).error.message).toBe('签到码已过期，请向组织者索取新的二维码');
      const count = await q(`query($id: ID!) { activity(id: $id) { attendeeCount } }`, 'mining.officer', {
        id: activity.id,
      });
      expect(count.data?.activity.attendeeCount).toBe(1);
    });

    it('stops every code when check-in is closed, and rate-limits failures per address', async () => {
      const closed = await q(
        `mutation($id: ID!) { closeCheckIn(id: $id, version: 2) { version checkIn { open } } }`,
        'mining.officer',
        { id: activity.id },
      );
      expect(closed.data?.closeCheckIn).toEqual({ version: 3, checkIn: { open: false } });
      expect(((await (await checkin(code)).json()) as any).open).toBe(false);
      const after = await checkin(code, { employeeNo: 'KY10003', name: '李娜' });
      expect(after.status).toBe(410);
      // Behind the gateway the client's address comes from X-Forwarded-For (the peer is trusted).
      const from = { 'x-forwarded-for': '203.0.113.9' };
      for (let n = 0; n < 10; n++)
        expect((await checkin('x.y.z', { employeeNo: 'a', name: 'b' }, from)).status).toBe(400);
      const limited = await checkin('x.y.z', { employeeNo: 'a', name: 'b' }, from);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBeTruthy();
    });
  });

  describe('heard items → cases', () => {
    let activityId: string;
    const ADD = `mutation($input: AddHeardItemInput!) { addHeardItem(input: $input) { id version kind caseId } }`;
    const OPEN = `mutation($input: OpenCaseFromHeardItemInput!) { openCaseFromHeardItem(input: $input) { id version caseId caseNumber case { id } } }`;

    beforeAll(async () => {
      activityId = (
        await create('mining.officer', {
          kind: 'FRONTLINE_VISIT',
          title: '走访',
          startsAt: '2026-08-01T02:00:00Z',
          status: 'DONE',
        })
      ).id;
    });

    it('opens a case in one step with the caller’s token; a retry returns the same case', async () => {
      const item = (
        await q(ADD, 'mining.officer', {
          input: {
            activityId,
            kind: 'QUESTION',
            memberIds: [ids.m1],
            teamId: ids.teamA,
            note: '咨询带薪年休假的计算办法\n详细情况……',
          },
        })
      ).data?.addHeardItem;
      const opened = await q(OPEN, 'mining.officer', {
        input: { itemId: item.id, version: item.version, priority: 'HIGH' },
      });
      expect(opened.errors).toBeUndefined();
      expect(opened.data?.openCaseFromHeardItem).toMatchObject({
        version: 2,
        caseNumber: expect.stringMatching(/^SQ-/),
      });
      const caseId = opened.data?.openCaseFromHeardItem.caseId;
      expect(opened.data?.openCaseFromHeardItem.case).toEqual({ id: caseId });
      const call = stub.calls.at(-1);
      expect(call?.authorization).toBe(`Bearer ${tokens['mining.officer']}`);
      expect(call?.input).toMatchObject({
        kind: 'CONSULTATION',
        summary: '咨询带薪年休假的计算办法',
        priority: 'HIGH',
        memberIds: [ids.m1],
        orgUnitId: ids.teamA,
        source: 'VISIT',
        sourceActivityId: activityId,
        sourceItemId: item.id,
      });
      const again = await q(OPEN, 'mining.officer', { input: { itemId: item.id, version: 1 } });
      expect(again.data?.openCaseFromHeardItem.caseId).toBe(caseId);
    });

    it('links the same case after a crash between the two steps', async () => {
      const item = (
        await q(ADD, 'mining.officer', {
          input: { activityId, kind: 'HARDSHIP', memberIds: [ids.m2], note: '家属重病' },
        })
      ).data?.addHeardItem;
      // The case was created, then the process died before the link was stored.
      const earlier = await new CasesClient(stub.url).createCase(
        {
          kind: 'HARDSHIP',
          summary: 'x',
          source: 'VISIT',
          sourceActivityId: activityId,
          sourceItemId: item.id,
        },
        { token: tokens['mining.officer'], locale: 'zh-CN', requestId: 'crash' },
      );
      const healed = await q(OPEN, 'mining.officer', { input: { itemId: item.id, version: item.version } });
      expect(healed.data?.openCaseFromHeardItem.caseId).toBe(earlier.id);
    });

    it('says clearly when cases is down or refuses, and writes nothing', async () => {
      const item = (
        await q(ADD, 'mining.officer', {
          input: { activityId, kind: 'GRIEVANCE', teamId: ids.teamA, note: '加班费少算' },
        })
      ).data?.addHeardItem;
      const saved = activities.service.deps.cases;
      activities.service.deps.cases = new CasesClient(await closedPortUrl(), 2000);
      try {
        const zh = await q(OPEN, 'mining.officer', { input: { itemId: item.id, version: item.version } });
        expect(zh.errors?.[0]).toMatchObject({
          message: '诉求案件服务暂时不可用，未做任何更改，请稍后重试',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        });
        const en = await q(
          OPEN,
          'mining.officer',
          { input: { itemId: item.id, version: item.version } },
          'en',
        );
        expect(en.errors?.[0].message).toMatch(/cases service is unavailable; nothing was changed/);
      } finally {
        activities.service.deps.cases = saved;
      }
      stub.setMode('refuse');
      try {
        const refused = await q(OPEN, 'mining.officer', {
          input: { itemId: item.id, version: item.version },
        });
        expect(refused.errors?.[0]).toMatchObject({
          extensions: { code: 'BAD_USER_INPUT', messageKey: 'case.rejected' },
        });
        expect(refused.errors?.[0].message).toContain('摘要过长');
      } finally {
        stub.setMode('ok');
      }
      const after = await q(`query($id: ID!) { heardItem(id: $id) { version caseId } }`, 'mining.officer', {
        id: item.id,
      });
      expect(after.data?.heardItem).toEqual({ version: 1, caseId: null });
      const audits = await (
        activities.database.db.forScope(scopes['mining.officer']) as unknown as SqlEm
      ).execute(`select action from activities.audit_event where entity_id = ?`, [item.id]);
      expect(audits.map((r: any) => r.action)).toEqual(['heardItem.create']);
    });
  });

  describe('visit plans and tasks', () => {
    it('generates tasks idempotently, lists the inbox overdue first, and completes a task with a visit', async () => {
      const GEN = `mutation($input: GenerateVisitTasksInput!) { generateVisitTasks(input: $input) { skipped created { id memberId dueOn version overdue } } }`;
      const officerId = JSON.parse(
        Buffer.from(tokens['mining.officer'].split('.')[1], 'base64url').toString(),
      ).sub;
      const first = await q(GEN, 'mining.admin', {
        input: { reason: 'HARDSHIP', memberIds: [ids.m1, ids.m2], dueInDays: 10, assigneeId: officerId },
      });
      expect(first.data?.generateVisitTasks.created).toHaveLength(2);
      const again = await q(GEN, 'mining.admin', {
        input: { reason: 'HARDSHIP', memberIds: [ids.m1, ids.m2, ids.m3], dueInDays: 10 },
      });
      expect(again.data?.generateVisitTasks).toMatchObject({ skipped: 2, created: [{ memberId: ids.m3 }] });
      const late = await q(
        `mutation($input: CreateVisitTaskInput!) { createVisitTask(input: $input) { id overdue } }`,
        'mining.admin',
        { input: { teamId: ids.teamC, reason: 'OTHER', dueOn: '2025-01-01', assigneeId: officerId } },
      );
      expect(late.data?.createVisitTask.overdue).toBe(true);
      const INBOX = `query($f: VisitTaskFilter) { visitTasks(filter: $f) { totalCount edges { node { id reason overdue } } } }`;
      const mine = await q(INBOX, 'mining.officer', { f: { mine: true } });
      expect(mine.data?.visitTasks.totalCount).toBe(3);
      expect(mine.data?.visitTasks.edges[0].node).toMatchObject({
        id: late.data?.createVisitTask.id,
        overdue: true,
      });
      const overdue = await q(INBOX, 'mining.officer', { f: { overdue: true } });
      expect(overdue.data?.visitTasks.totalCount).toBe(1);

      const task = first.data?.generateVisitTasks.created.find((t: any) => t.memberId === ids.m2);
      const COMPLETE = `mutation($input: CompleteVisitTaskInput!) { completeVisitTask(input: $input) { status version doneActivity { id } } }`;
      const elsewhere = await create('mining.officer', {
        kind: 'HOME_VISIT',
        title: '家访',
        startsAt: '2026-09-01T02:00:00Z',
        status: 'DONE',
      });
      const wrong = await q(COMPLETE, 'mining.officer', {
        input: { id: task.id, version: 1, activityId: elsewhere.id },
      });
      expect(wrong.errors?.[0].extensions?.fields[0]).toMatchObject({
        messageKey: 'visitTask.activityMismatch',
      });
      await q(
        `mutation($input: AddAttendeesInput!) { addAttendees(input: $input) { changed } }`,
        'mining.officer',
        {
          input: { activityId: elsewhere.id, members: [{ memberId: ids.m2 }] },
        },
      );
      const done = await q(COMPLETE, 'mining.officer', {
        input: { id: task.id, version: 1, activityId: elsewhere.id },
      });
      expect(done.data?.completeVisitTask).toEqual({
        status: 'DONE',
        version: 2,
        doneActivity: { id: elsewhere.id },
      });
      const stale = await q(COMPLETE, 'mining.officer', {
        input: { id: task.id, version: 1, activityId: elsewhere.id },
      });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    });

    it('shows a plan’s progress per team in the month', async () => {
      const plan = await q(
        `mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id } }`,
        'mining.admin',
        {
          input: {
            name: '每月走访',
            periodKind: 'MONTH',
            targetPerTeam: 1,
            teamIds: [ids.teamA, ids.teamB, ids.teamC],
            startsOn: '2026-01-01',
          },
        },
      );
      const progress = await q(
        `query($id: ID!) { visitPlanProgress(planId: $id, on: "2026-03-20") { from to teamsMet teamsTotal teams { team { id } visits met } } }`,
        'mining.officer',
        { id: plan.data?.createVisitPlan.id },
      );
      expect(progress.data?.visitPlanProgress).toMatchObject({
        from: '2026-03-01',
        to: '2026-03-31',
        teamsMet: 1,
        teamsTotal: 3,
      });
      expect(progress.data?.visitPlanProgress.teams.at(-1)).toEqual({
        team: { id: ids.teamA },
        visits: 1,
        met: true,
      });
    });
  });

  describe('coverage', () => {
    it('counts visits by whole days in China time across a month boundary', async () => {
      // 23:30 on 31 January and 00:30 on 1 February in Beijing are both 31 January in UTC.
      await create('mining.officer', {
        kind: 'FRONTLINE_VISIT',
        title: '月末走访',
        startsAt: '2026-01-31T15:30:00Z',
        status: 'DONE',
        teams: [{ id: ids.teamB, name: '乙班' }],
      });
      await create('mining.officer', {
        kind: 'FRONTLINE_VISIT',
        title: '月初走访',
        startsAt: '2026-01-31T16:30:00Z',
        status: 'DONE',
        teams: [{ id: ids.teamC, name: '丙班' }],
      });
      await create('mining.officer', {
        kind: 'FRONTLINE_VISIT',
        title: '计划中',
        startsAt: '2026-01-20T02:00:00Z',
        teams: [{ id: ids.teamA, name: '甲班' }],
      });
      const COV = `query($from: String!, $to: String!, $teams: [ID!]) { coverage(from: $from, to: $to, teamIds: $teams) {
        teamsVisited teamsTotal rate visited { team { id } teamName visits lastVisitedAt officers { name visits } } notVisited { id } } }`;
      const jan = await q(COV, 'mining.officer', {
        from: '2026-01-01',
        to: '2026-01-31',
        teams: [ids.teamA, ids.teamB, ids.teamC],
      });
      expect(jan.data?.coverage).toMatchObject({
        teamsVisited: 1,
        teamsTotal: 3,
        rate: 0.333,
        visited: [
          { team: { id: ids.teamB }, teamName: '乙班', visits: 1, lastVisitedAt: '2026-01-31T15:30:00.000Z' },
        ],
      });
      expect(jan.data?.coverage.notVisited.map((u: any) => u.id).sort()).toEqual([ids.teamA, ids.teamC]);
      const feb = await q(COV, 'mining.officer', { from: '2026-02-01', to: '2026-02-28' });
      expect(feb.data?.coverage).toMatchObject({
        teamsVisited: 1,
        teamsTotal: null,
        visited: [{ team: { id: ids.teamC } }],
        notVisited: [],
      });
      const ent = await q(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id lastVisitedAt activities(first: 5) { totalCount } } } }`,
        'mining.officer',
        { r: [ids.teamB, ids.teamC].map((id) => ({ __typename: 'OrgUnit', id })) },
      );
      expect(ent.data?._entities[1]).toEqual({
        id: ids.teamC,
        lastVisitedAt: '2026-01-31T16:30:00.000Z',
        activities: { totalCount: 1 },
      });
      const other = await q(COV, 'textile.officer', { from: '2026-01-01', to: '2026-12-31' });
      expect(other.data?.coverage.visited).toEqual([]);
    });
  });

  describe('campaigns and figures', () => {
    let campaign: any;

    it('lets a federation run a campaign that its unions read but cannot write', async () => {
      const input = {
        name: '春节送温暖',
        startsOn: '2026-12-01',
        endsOn: '2027-02-20',
        targetKind: 'MEMBERS_REACHED',
        targetPerUnion: 2,
        activityKind: 'SEND_WARMTH',
      };
      const CREATE_C = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id version tenant { id } } }`;
      const byUnion = await q(CREATE_C, 'mining.officer', { input });
      expect(byUnion.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const res = await q(CREATE_C, 'city.officer', { input });
      expect(res.errors).toBeUndefined();
      campaign = res.data?.createCampaign;
      for (const who of ['mining.officer', 'textile.officer']) {
        const seen = await q(
          `{ campaigns(activeOn: "2027-01-10") { totalCount edges { node { id name } } } }`,
          who,
        );
        expect(seen.data?.campaigns.edges.map((e: any) => e.node.id)).toEqual([campaign.id]);
      }
      const UPD = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { name version } }`;
      const denied = await q(UPD, 'mining.officer', { input: { id: campaign.id, version: 1, name: '改名' } });
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      // Even past the API: the union's scope may read the row but not change or delete it.
      const em = activities.database.db.forScope(scopes['mining.officer']) as unknown as SqlEm;
      expect(await em.execute('select id from activities.campaign')).toHaveLength(1);
      await em.execute(`update activities.campaign set name = 'x'`);
      await em.execute('delete from activities.campaign');
      const still = await q(`query($id: ID!) { campaign(id: $id) { name version } }`, 'city.officer', {
        id: campaign.id,
      });
      expect(still.data?.campaign).toEqual({ name: '春节送温暖', version: 1 });
      const ok = await q(UPD, 'city.officer', { input: { id: campaign.id, version: 1, targetPerUnion: 3 } });
      expect(ok.data?.updateCampaign.version).toBe(2);
    });

    it('shows per-union progress: the federation sees every union, a union only itself', async () => {
      for (const who of ['mining.officer', 'textile.officer']) {
        const a = await create(who, {
          kind: 'SEND_WARMTH',
          title: '送温暖',
          startsAt: '2026-12-10T02:00:00Z',
          status: 'DONE',
          campaignId: campaign.id,
        });
        await q(`mutation($input: AddAttendeesInput!) { addAttendees(input: $input) { changed } }`, who, {
          input: { activityId: a.id, members: [{ memberId: ids.m1 }, { memberId: ids.m3 }] },
        });
      }
      const PROGRESS = `query($id: ID!) { campaign(id: $id) { progress { tenant { id } activitiesDone membersReached target achieved rate } } }`;
      const fed = await q(PROGRESS, 'city.officer', { id: campaign.id });
      expect(fed.data?.campaign.progress.map((p: any) => p.tenant.id).sort()).toEqual(
        [scopes['mining.officer'].id, scopes['textile.officer'].id].sort(),
      );
      expect(fed.data?.campaign.progress[0]).toMatchObject({
        activitiesDone: 1,
        membersReached: 2,
        target: 3,
        achieved: 2,
        rate: 0.667,
      });
      const own = await q(PROGRESS, 'mining.officer', { id: campaign.id });
      expect(own.data?.campaign.progress.map((p: any) => p.tenant.id)).toEqual([scopes['mining.officer'].id]);
      // The textile union's activity stays out of mining's sight even though both link the campaign.
      const list = await q(
        `query($f: ActivityFilter) { activities(filter: $f) { totalCount } }`,
        'mining.officer',
        { f: { campaignId: campaign.id } },
      );
      expect(list.data?.activities.totalCount).toBe(1);
      const bogus = await q(CREATE, 'mining.officer', {
        input: { kind: 'EVENT', title: 'x', startsAt: '2026-01-01T00:00:00Z', campaignId: ids.m1 },
      });
      expect(bogus.errors?.[0].extensions?.fields[0]).toMatchObject({ field: 'input.campaignId' });
    });

    it('rolls activity figures up for a federation; a union asking with a wider path gets only its own', async () => {
      const city = scopes['city.officer'];
      const STATS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Tenant { activityStats(from: "2026-01-01", to: "2026-12-31") {
        activitiesDone membersReached teamsCovered unionsActive heardItems heardTurnedIntoCases caseShare byKind { kind done } heardByKind { kind count } } } } }`;
      const rep = [{ __typename: 'Tenant', id: city.id, path: city.path }];
      const fed = (await q(STATS, 'city.officer', { r: rep })).data?._entities[0].activityStats;
      const union = (await q(STATS, 'mining.officer', { r: rep })).data?._entities[0].activityStats;
      expect(fed.unionsActive).toBe(2);
      expect(union.unionsActive).toBe(1);
      expect(fed.activitiesDone).toBe(union.activitiesDone + 1);
      expect(union.heardItems).toBe(3);
      expect(union.heardTurnedIntoCases).toBe(2);
      expect(union.caseShare).toBe(0.667);
      expect(union.teamsCovered).toBe(3);
      expect(union.membersReached).toBe(3);
    });
  });

  describe('isolation', () => {
    const TABLES = [
      'activity',
      'activity_team',
      'activity_officer',
      'activity_kind',
      'attendance',
      'checkin_roster',
      'heard_item',
      'visit_plan',
      'visit_task',
      'audit_event',
    ];

    it('raw SQL in another union’s scope sees, changes and adds nothing of mining’s rows, in every table', async () => {
      const db = activities.database.db;
      const mining = scopes['mining.officer'];
      const inMining = db.forScope(mining) as unknown as SqlEm;
      const inTextile = db.forScope(scopes['textile.officer']) as unknown as SqlEm;
      for (const table of TABLES) {
        const own = await inMining.execute(`select tenant_id from activities.${table}`);
        expect(own.length, table).toBeGreaterThan(0);
        expect(
          own.every((r: any) => r.tenant_id === mining.id),
          table,
        ).toBe(true);
        const seen = await inTextile.execute(
          `select tenant_id from activities.${table} where tenant_id = ?`,
          [mining.id],
        );
        expect(seen, table).toEqual([]);
        await inTextile.execute(
          `update activities.${table} set tenant_path = tenant_path where tenant_id = ?`,
          [mining.id],
        );
        await inTextile.execute(`delete from activities.${table} where tenant_id = ?`, [mining.id]);
        expect(
          (await inMining.execute(`select count(*)::int as n from activities.${table}`))[0].n,
          table,
        ).toBe(own.length);
      }
      // Writing a row into another union's path is refused by the policy's check.
      await expect(
        inTextile.execute(
          `insert into activities.activity_kind (id, tenant_id, tenant_path, name) values (gen_random_uuid(), ?, ?, 'x')`,
          [mining.id, mining.path],
        ),
      ).rejects.toThrow();
      // An unscoped session sees nothing at all.
      const none = db.forSession({}) as unknown as SqlEm;
      for (const table of [...TABLES, 'campaign'])
        expect(await none.execute(`select 1 from activities.${table}`), table).toEqual([]);
    });

    it('refuses every API read and write of another union’s rows as NOT_FOUND', async () => {
      const em = activities.database.db.forScope(scopes['mining.officer']) as unknown as SqlEm;
      const one = async (table: string) =>
        (await em.execute(`select id, version from activities.${table} limit 1`))[0];
      const act = await one('activity');
      const item = await one('heard_item');
      const plan = await one('visit_plan');
      const task = await one('visit_task');
      const kindDef = await one('activity_kind');
      const reads: [string, Record<string, unknown>][] = [
        ['query($id: ID!) { activity(id: $id) { id } }', { id: act.id }],
        ['query($id: ID!) { heardItem(id: $id) { id } }', { id: item.id }],
        ['query($id: ID!) { visitPlan(id: $id) { id } }', { id: plan.id }],
        ['query($id: ID!) { visitTask(id: $id) { id } }', { id: task.id }],
        ['query($id: ID!) { visitPlanProgress(planId: $id) { from } }', { id: plan.id }],
      ];
      const writes: [string, Record<string, unknown>][] = [
        [
          'mutation($i: UpdateActivityInput!) { updateActivity(input: $i) { id } }',
          { i: { id: act.id, version: act.version, title: 'x' } },
        ],
        [
          'mutation($i: AddAttendeesInput!) { addAttendees(input: $i) { changed } }',
          { i: { activityId: act.id, members: [{ memberId: ids.m1 }] } },
        ],
        [
          'mutation($i: RemoveAttendeesInput!) { removeAttendees(input: $i) { changed } }',
          { i: { activityId: act.id, memberIds: [ids.m1] } },
        ],
        [
          'mutation($i: OpenCheckInInput!) { openCheckIn(input: $i) { code } }',
          { i: { activityId: act.id, version: act.version, roster: [] } },
        ],
        ['mutation($id: ID!) { closeCheckIn(id: $id, version: 1) { id } }', { id: act.id }],
        [
          'mutation($i: AddHeardItemInput!) { addHeardItem(input: $i) { id } }',
          { i: { activityId: act.id, kind: 'NEED', teamId: ids.textileTeam, note: 'x' } },
        ],
        [
          'mutation($i: UpdateHeardItemInput!) { updateHeardItem(input: $i) { id } }',
          { i: { id: item.id, version: item.version, note: 'x' } },
        ],
        [
          'mutation($i: OpenCaseFromHeardItemInput!) { openCaseFromHeardItem(input: $i) { id } }',
          { i: { itemId: item.id, version: item.version } },
        ],
        [
          'mutation($i: UpdateVisitPlanInput!) { updateVisitPlan(input: $i) { id } }',
          { i: { id: plan.id, version: plan.version, name: 'x' } },
        ],
        [
          'mutation($i: UpdateVisitTaskInput!) { updateVisitTask(input: $i) { id } }',
          { i: { id: task.id, version: task.version, note: 'x' } },
        ],
        [
          'mutation($i: CompleteVisitTaskInput!) { completeVisitTask(input: $i) { id } }',
          { i: { id: task.id, version: task.version, activityId: act.id } },
        ],
        [
          'mutation($i: UpdateActivityKindInput!) { updateActivityKind(input: $i) { id } }',
          { i: { id: kindDef.id, version: kindDef.version, name: 'x' } },
        ],
      ];
      const calls = stub.calls.length;
      for (const [query, variables] of [...reads, ...writes]) {
        const res = await q(query, 'textile.officer', variables);
        expect(res.errors?.[0].extensions?.code, query).toBe('NOT_FOUND');
      }
      expect(stub.calls.length).toBe(calls);
      const lists = await q(
        `{ activities { totalCount } heardItems { totalCount } visitTasks(filter: { statuses: [OPEN, DONE, CANCELLED] }) { totalCount } visitPlans { id } activityKinds { id } }`,
        'textile.officer',
      );
      expect(lists.data).toEqual({
        activities: { totalCount: 1 },
        heardItems: { totalCount: 0 },
        visitTasks: { totalCount: 0 },
        visitPlans: [],
        activityKinds: [],
      });
      const ent = await q(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id } } }`,
        'textile.officer',
        {
          r: [{ __typename: 'Activity', id: act.id }],
        },
      );
      expect(ent.data?._entities).toEqual([null]);
    });

    it('answers nothing without a token', async () => {
      const res = await graphql(activities.url, '{ activities { totalCount } }');
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
    });
  });
});
