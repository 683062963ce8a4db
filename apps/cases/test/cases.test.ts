import { startTestMembers, type TestMembers } from '@frontline/members/testing';
import { nationalIdCheckChar } from '@frontline/subgraph-kit';
import { testDbKinds } from '@frontline/subgraph-kit/testing';
import { graphql, loginAs, startTestTenants, type TestTenants } from '@frontline/tenants/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCases, type TestCases } from '../src/testing.js';

const nodesOf = (connection: any) => connection.edges.map((e: any) => e.node);

function nid(birth: string, seq: number): string {
  const body = `330102${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return body + nationalIdCheckChar(body);
}

const CASE_FIELDS = `id number kind status priority version summary details detailsSealed tenantName handlingTenantName
  leadOfficerName responseDueAt resolutionDueAt nextDueAt deadlineState relation allowedActions memberNames orgUnitName
  satisfaction result memberEntries { memberId memberName } timeline { type fromStatus toStatus note actorName actorTenantName fromTenantName toTenantName satisfaction }`;
const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { ${CASE_FIELDS} } }`;
const step = (name: string, input = 'CaseStepInput') =>
  `mutation($input: ${input}!) { ${name}(input: $input) { ${CASE_FIELDS} } }`;
const GET = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;

describe.each(testDbKinds())('cases subgraph on %s', (kind) => {
  let tenants: TestTenants;
  let members: TestMembers;
  let cases: TestCases;
  let clock: Date | null = null;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const q = (query: string, who: string, variables?: Record<string, unknown>, locale?: string) =>
    graphql(cases.url, query, { token: tokens[who], variables, locale });
  const run = async (query: string, who: string, variables?: Record<string, unknown>) => {
    const res = await q(query, who, variables);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data ?? {})[0] as any;
  };
  const tenantRow = async (name: string) =>
    (
      await tenants.database.db.orm.em
        .getConnection()
        .execute('select id, tenant_path as path from tenants.tenant where name = ?', [name])
    )[0] as { id: string; path: string };

  beforeAll(async () => {
    tenants = await startTestTenants(kind);
    members = await startTestMembers(kind, tenants.url);
    cases = await startTestCases(
      kind,
      { tenants: tenants.url, members: members.url },
      { now: () => clock ?? new Date() },
    );
    for (const who of [
      'mining.admin',
      'mining.officer',
      'textile.admin',
      'textile.officer',
      'metro.admin',
      'city.officer',
      'city.admin',
    ]) {
      tokens[who] = await loginAs(tenants.url, `${who}@frontline.demo`);
    }
    const m = (query: string, who: string, variables: Record<string, unknown>) =>
      graphql(members.url, query, { token: tokens[who], variables });
    const UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`;
    ids.workshop = (
      await m(UNIT, 'mining.admin', { input: { kind: 'WORKSHOP', name: '综采一队' } })
    ).data?.createOrgUnit.id;
    ids.team = (
      await m(UNIT, 'mining.admin', { input: { kind: 'TEAM', name: '综采一队甲班', parentId: ids.workshop } })
    ).data?.createOrgUnit.id;
    const member = async (who: string, name: string, seq: number) =>
      (
        await m(`mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`, who, {
          input: {
            name,
            nationalId: nid('1985-03-04', seq),
            joinedOn: '2015-01-01',
            orgUnitId: who.startsWith('mining') ? ids.team : undefined,
          },
        })
      ).data?.createMember.id;
    ids.zhang = await member('mining.admin', '张伟', 11);
    ids.li = await member('mining.admin', '李娜', 12);
    ids.wang = await member('textile.admin', '王芳', 13);
    Object.assign(ids, {
      city: (await tenantRow('临江市总工会')).id,
      mining: (await tenantRow('临江矿业集团有限公司工会')).id,
      textile: (await tenantRow('临江纺织股份有限公司工会')).id,
      province: (await tenantRow('江东省总工会')).id,
    });
  }, 120_000);

  afterAll(async () => {
    await cases?.close();
    await members?.close();
    await tenants?.close();
  });

  const open = (who: string, input: Record<string, unknown>) =>
    run(CREATE, who, { input: { kind: 'NEED', summary: '夜班班车停运，下班回家困难', ...input } });

  describe('opening a case', () => {
    it('numbers it per tenant and year, records members and team, and starts the deadlines', async () => {
      const c = await open('mining.officer', {
        memberIds: [ids.zhang, ids.li],
        orgUnitId: ids.team,
        details: '共12人受影响',
      });
      expect(c.number).toMatch(/^\d{4}-\d{6}$/);
      expect(c).toMatchObject({
        status: 'RECEIVED',
        priority: 'NORMAL',
        memberNames: '张伟、李娜',
        orgUnitName: '综采一队甲班',
        tenantName: '临江矿业集团有限公司工会',
        handlingTenantName: '临江矿业集团有限公司工会',
        details: '共12人受影响',
        detailsSealed: false,
        relation: 'HANDLER',
        deadlineState: 'ON_TIME',
      });
      expect(c.allowedActions).toEqual(expect.arrayContaining(['ACCEPT', 'ESCALATE', 'COMMENT', 'ASSIGN']));
      expect(c.allowedActions).not.toContain('DISPATCH');
      expect(new Date(c.responseDueAt) < new Date(c.resolutionDueAt)).toBe(true);
      expect(c.timeline.map((e: any) => e.type)).toEqual(['CREATED']);
      const next = await open('mining.officer', {});
      expect(Number(next.number.slice(5))).toBe(Number(c.number.slice(5)) + 1);
    });

    it('refuses another union’s member and an unknown team field by field, in both languages, writing nothing', async () => {
      const before = await run('{ cases { totalCount } }', 'mining.officer');
      const input = {
        kind: 'GRIEVANCE',
        summary: '加班费',
        memberIds: [ids.zhang, ids.wang],
        orgUnitId: '00000000-0000-4000-8000-000000000000',
      };
      const zh = await q(CREATE, 'mining.officer', { input });
      expect(zh.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(zh.errors?.[0].extensions?.fields).toEqual([
        expect.objectContaining({
          field: 'input.memberIds.1',
          message: expect.stringContaining('找不到该会员'),
        }),
        expect.objectContaining({
          field: 'input.orgUnitId',
          message: expect.stringContaining('找不到该班组'),
        }),
      ]);
      const en = await q(CREATE, 'mining.officer', { input: { ...input, summary: '' } }, 'en');
      expect(en.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'input.summary' });
      const after = await run('{ cases { totalCount } }', 'mining.officer');
      expect(after.totalCount).toBe(before.totalCount);
    });

    it('seals hardship details; only an admin or the lead reads them, with a purpose, on the record', async () => {
      const c = await open('mining.officer', {
        kind: 'HARDSHIP',
        memberIds: [ids.li],
        details: '丈夫重病住院，家庭月收入不足两千元',
      });
      expect(c).toMatchObject({ details: null, detailsSealed: true });
      const [row] = await cases.database.db.orm.em
        .getConnection()
        .execute('select details, details_sealed from cases."case" where id = ?', [c.id]);
      expect(row.details).toBeNull();
      expect(row.details_sealed).not.toContain('重病');
      const REVEAL = 'mutation($id: ID!, $p: String!) { revealCaseDetails(id: $id, purpose: $p) }';
      const officer = await q(REVEAL, 'mining.officer', { id: c.id, p: '核实' });
      expect(officer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const admin = await q(REVEAL, 'mining.admin', { id: c.id, p: '帮扶审批' });
      expect(admin.data?.revealCaseDetails).toContain('重病');
      const after = await run(GET, 'mining.admin', { id: c.id });
      expect(after.timeline.at(-1)).toMatchObject({ type: 'DETAILS_REVEALED', note: '帮扶审批' });
      const audits = await cases.database.db.orm.em
        .getConnection()
        .execute(
          `select actor_name from cases.audit_event where action = 'case.revealDetails' and entity_id = ?`,
          [c.id],
        );
      expect(audits.length).toBe(1);
    });

    it('is idempotent for a heard item: the same item opens the same case', async () => {
      const item = crypto.randomUUID();
      const a = await open('mining.officer', {
        source: 'VISIT',
        sourceItemId: item,
        sourceActivityId: crypto.randomUUID(),
      });
      const b = await open('mining.officer', { source: 'VISIT', sourceItemId: item });
      expect(b.id).toBe(a.id);
    });
  });

  describe('workflow', () => {
    it('runs a grievance to a rated close, refusing illegal steps and stale versions', async () => {
      let c = await open('mining.officer', { kind: 'GRIEVANCE', memberIds: [ids.zhang] });
      const illegal = await q(
        step('closeCase'),
        'mining.officer',
        { input: { id: c.id, version: c.version } },
        'en',
      );
      expect(illegal.errors?.[0]).toMatchObject({
        message: 'The case is received: you cannot close it now',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      c = await run(step('acceptCase'), 'mining.officer', { input: { id: c.id, version: c.version } });
      expect(c).toMatchObject({ status: 'ACCEPTED', leadOfficerName: expect.any(String) });
      const stale = await q(step('startCase'), 'mining.officer', {
        input: { id: c.id, version: c.version - 1 },
      });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      c = await run(step('startCase'), 'mining.officer', { input: { id: c.id, version: c.version } });
      const noResult = await q(step('resolveCase'), 'mining.officer', {
        input: { id: c.id, version: c.version },
      });
      expect(noResult.errors?.[0].extensions?.fields?.[0].field).toBe('input.note');
      c = await run(step('resolveCase'), 'mining.officer', {
        input: { id: c.id, version: c.version, note: '与人事部门协商，补发加班费3200元' },
      });
      expect(c.allowedActions).toEqual(expect.arrayContaining(['RECORD_CALLBACK', 'REOPEN']));
      expect(c.allowedActions).not.toContain('CLOSE');
      c = await run(step('recordCallback', 'RecordCallbackInput'), 'mining.officer', {
        input: {
          id: c.id,
          version: c.version,
          satisfaction: 'BASICALLY_SATISFIED',
          comment: '希望以后按时发',
        },
      });
      expect(c).toMatchObject({
        status: 'CALLBACK_DONE',
        satisfaction: 'BASICALLY_SATISFIED',
        nextDueAt: null,
      });
      c = await run(step('closeCase'), 'mining.officer', { input: { id: c.id, version: c.version } });
      expect(c.status).toBe('CLOSED');
      expect(c.timeline.map((e: any) => e.type)).toEqual([
        'CREATED',
        'ACCEPTED',
        'STARTED',
        'RESOLVED',
        'CALLBACK',
        'CLOSED',
      ]);
      const audits = await cases.database.db.orm.em
        .getConnection()
        .execute(`select action from cases.audit_event where entity_id = ? order by created_at`, [c.id]);
      expect(audits.map((a: any) => a.action)).toEqual([
        'case.create',
        'case.accept',
        'case.start',
        'case.resolve',
        'case.record_callback',
        'case.close',
      ]);
    });

    it('needs assistance recorded before a hardship case resolves; totals roll up', async () => {
      let c = await open('mining.officer', { kind: 'HARDSHIP', memberIds: [ids.li] });
      c = await run(step('acceptCase'), 'mining.officer', { input: { id: c.id, version: c.version } });
      c = await run(step('startCase'), 'mining.officer', { input: { id: c.id, version: c.version } });
      const early = await q(step('resolveCase'), 'mining.officer', {
        input: { id: c.id, version: c.version, note: '已帮扶' },
      });
      expect(early.errors?.[0].extensions?.messageKey).toBe('case.hardshipNeedsAssistance');
      const ADD = step('addAssistance', 'AddAssistanceInput');
      const bad = await q(ADD, 'mining.officer', {
        input: {
          id: c.id,
          version: c.version,
          form: 'IN_KIND',
          amountFen: 0,
          deliveredOn: '2026-13-01',
          fund: '',
          approvedByName: '王主席',
        },
      });
      expect(bad.errors?.[0].extensions?.fields?.map((f: any) => f.field).sort()).toEqual([
        'input.deliveredOn',
        'input.fund',
        'input.items',
      ]);
      c = await run(ADD, 'mining.officer', {
        input: {
          id: c.id,
          version: c.version,
          form: 'MONEY',
          amountFen: 200000,
          deliveredOn: '2026-11-20',
          fund: '困难职工帮扶资金',
          approvedByName: '王主席',
        },
      });
      c = await run(step('resolveCase'), 'mining.officer', {
        input: { id: c.id, version: c.version, note: '发放慰问金2000元' },
      });
      expect(c.status).toBe('RESOLVED');
    });

    it('a dissatisfied callback reopens by default, and goes to the federation under an ESCALATE policy', async () => {
      const resolved = async () => {
        let c = await open('mining.officer', { kind: 'NEED' });
        for (const s of ['acceptCase', 'startCase'])
          c = await run(step(s), 'mining.officer', { input: { id: c.id, version: c.version } });
        return run(step('resolveCase'), 'mining.officer', {
          input: { id: c.id, version: c.version, note: '已协调' },
        });
      };
      const CALLBACK = step('recordCallback', 'RecordCallbackInput');
      let c = await resolved();
      c = await run(CALLBACK, 'mining.officer', {
        input: { id: c.id, version: c.version, satisfaction: 'DISSATISFIED', comment: '没解决' },
      });
      expect(c).toMatchObject({ status: 'REOPENED', handlingTenantName: '临江矿业集团有限公司工会' });
      const SET = `mutation($input: SetCasePolicyInput!) { setCasePolicy(input: $input) { own version dissatisfiedAction } }`;
      const officerTry = await q(SET, 'mining.officer', { input: { dissatisfiedAction: 'ESCALATE' } });
      expect(officerTry.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      // Rules equal to the defaults are not kept as overrides; a real difference is.
      const saved = await run(
        `mutation($input: SetCasePolicyInput!) { setCasePolicy(input: $input) { own version sla { kind priority responseDays overridden } } }`,
        'mining.admin',
        {
          input: {
            dissatisfiedAction: 'ESCALATE',
            slaOverrides: [
              { kind: 'NEED', priority: 'NORMAL', responseDays: 2, resolutionDays: 10 },
              { kind: 'NEED', priority: 'LOW', responseDays: 2, resolutionDays: 20 },
            ],
          },
        },
      );
      expect(saved).toMatchObject({ own: true, version: 1 });
      expect(saved.sla.filter((r: any) => r.overridden)).toEqual([
        { kind: 'NEED', priority: 'LOW', responseDays: 2, overridden: true },
      ]);
      c = await resolved();
      c = await run(CALLBACK, 'mining.officer', {
        input: { id: c.id, version: c.version, satisfaction: 'DISSATISFIED', comment: '还是没解决' },
      });
      expect(c).toMatchObject({ status: 'RECEIVED', handlingTenantName: '临江市总工会', relation: 'OWNER' });
      expect(c.timeline.map((e: any) => e.type).slice(-3)).toEqual(['CALLBACK', 'REOPENED', 'ESCALATED']);
      await run(SET, 'mining.admin', {
        input: { version: 1, dissatisfiedAction: 'REOPEN', slaOverrides: [] },
      });
    });
  });

  describe('escalation and dispatch across the tenant tree', () => {
    it('a union escalates; the federation handles; the union keeps read access and closes after the callback', async () => {
      let c = await open('mining.officer', {
        kind: 'LEGAL_AID',
        memberIds: [ids.zhang],
        summary: '工伤认定争议',
      });
      c = await run(step('escalateCase', 'EscalateCaseInput'), 'mining.officer', {
        input: { id: c.id, version: c.version, note: '涉及劳动仲裁，需市总法律援助' },
      });
      expect(c).toMatchObject({ status: 'RECEIVED', handlingTenantName: '临江市总工会', relation: 'OWNER' });
      expect(c.allowedActions).toEqual(['COMMENT']);
      const notMine = await q(
        step('acceptCase'),
        'mining.officer',
        { input: { id: c.id, version: c.version } },
        'en',
      );
      expect(notMine.errors?.[0]).toMatchObject({
        message: 'This case is handled by 临江市总工会: you cannot accept it',
        extensions: { code: 'FORBIDDEN' },
      });
      // A sibling union sees nothing of it.
      expect((await q(GET, 'textile.officer', { id: c.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const inbox = await run(
        `{ cases(filter: { scope: HANDLED_HERE }) { edges { node { id } } } }`,
        'city.officer',
      );
      expect(nodesOf(inbox).map((n: any) => n.id)).toContain(c.id);
      for (const s of ['acceptCase', 'startCase'])
        c = await run(step(s), 'city.officer', { input: { id: c.id, version: c.version } });
      c = await run(step('resolveCase'), 'city.officer', {
        input: { id: c.id, version: c.version, note: '法律援助中心代理仲裁，已认定工伤' },
      });
      c = await run(step('recordCallback', 'RecordCallbackInput'), 'mining.officer', {
        input: { id: c.id, version: c.version, satisfaction: 'SATISFIED' },
      });
      c = await run(step('closeCase'), 'mining.officer', { input: { id: c.id, version: c.version } });
      expect(c.status).toBe('CLOSED');
      expect(c.timeline.map((e: any) => [e.type, e.actorTenantName])).toEqual([
        ['CREATED', '临江矿业集团有限公司工会'],
        ['ESCALATED', '临江矿业集团有限公司工会'],
        ['ACCEPTED', '临江市总工会'],
        ['STARTED', '临江市总工会'],
        ['RESOLVED', '临江市总工会'],
        ['CALLBACK', '临江矿业集团有限公司工会'],
        ['CLOSED', '临江矿业集团有限公司工会'],
      ]);
      expect(c.timeline[1]).toMatchObject({
        fromTenantName: '临江矿业集团有限公司工会',
        toTenantName: '临江市总工会',
      });
      expect(c.timeline[5]).toMatchObject({ type: 'CALLBACK', satisfaction: 'SATISFIED' });
      const escalated = await run(
        `{ cases(filter: { scope: ESCALATED_FROM_HERE }) { edges { node { id } } } }`,
        'mining.officer',
      );
      expect(nodesOf(escalated).map((n: any) => n.id)).toContain(c.id);
    });

    it('a federation dispatches a hotline case down to one union, and only that union sees it', async () => {
      let c = await open('city.officer', { source: 'HOTLINE', summary: '12351热线：纺织公司拖欠工资' });
      expect(c.allowedActions).toContain('DISPATCH');
      const outside = await q(step('dispatchCase', 'DispatchCaseInput'), 'city.officer', {
        input: { id: c.id, version: c.version, toTenantId: ids.province },
      });
      expect(outside.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'input.toTenantId' });
      c = await run(step('dispatchCase', 'DispatchCaseInput'), 'city.officer', {
        input: { id: c.id, version: c.version, toTenantId: ids.textile, note: '请核实处理' },
      });
      expect(c).toMatchObject({ handlingTenantName: '临江纺织股份有限公司工会', relation: 'OWNER' });
      expect((await q(GET, 'mining.officer', { id: c.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const seen = await run(GET, 'textile.officer', { id: c.id });
      expect(seen).toMatchObject({ relation: 'HANDLER', tenantName: '临江市总工会' });
      c = await run(step('acceptCase'), 'textile.officer', { input: { id: c.id, version: seen.version } });
      // The union cannot pass it sideways; it can hand it back up.
      const sideways = await q(step('dispatchCase', 'DispatchCaseInput'), 'textile.officer', {
        input: { id: c.id, version: c.version, toTenantId: ids.mining },
      });
      expect(sideways.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const progress = await run(
        `{ cases(filter: { scope: DISPATCHED_FROM_HERE }) { edges { node { id status handlingTenantName } } } }`,
        'city.officer',
      );
      expect(nodesOf(progress).find((n: any) => n.id === c.id)).toMatchObject({ status: 'ACCEPTED' });
      c = await run(step('escalateCase', 'EscalateCaseInput'), 'textile.officer', {
        input: { id: c.id, version: c.version, note: '企业拒不配合' },
      });
      expect(c.handlingTenantName).toBe('临江市总工会');
      // Back up at the federation, the union that no longer handles it (and does not own it) loses sight of it.
      expect((await q(GET, 'textile.officer', { id: c.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('the database refuses hand-overs outside the caller’s scope and reads outside it (RLS alone)', async () => {
      const c = await open('mining.officer', {});
      const textile = await tenantRow('临江纺织股份有限公司工会');
      const db = cases.database.db;
      const em = db.forScope({ id: textile.id, path: textile.path, kind: 'ENTERPRISE_UNION' });
      await expect(
        em.execute(`select cases.hand_over(?, ?, ?, ?, 'x', 'DOWN')`, [
          c.id,
          c.version,
          textile.id,
          textile.path,
        ]),
      ).rejects.toThrow(/hand-over not allowed/);
      for (const table of [
        'case',
        'case_member',
        'case_assistant',
        'case_event',
        'assistance',
        'case_counter',
        'case_policy',
        'calendar_day',
        'audit_event',
      ]) {
        const rows = await em.execute(
          `select tenant_id, tenant_path from cases."${table}" where tenant_id = ?`,
          [ids.mining],
        );
        expect(rows, table).toEqual([]);
      }
      const written = await em.execute(
        `update cases."case" set summary = 'x' where tenant_id = ? returning id`,
        [ids.mining],
      );
      expect(written).toEqual([]);
      const mining = await tenantRow('临江矿业集团有限公司工会');
      const own = db.forScope({ id: mining.id, path: mining.path, kind: 'ENTERPRISE_UNION' });
      // Its own case: going UP to a sibling (not an ancestor) is refused too.
      await expect(
        own.execute(`select cases.hand_over(?, ?, ?, ?, 'x', 'UP')`, [
          c.id,
          c.version,
          textile.id,
          textile.path,
        ]),
      ).rejects.toThrow(/hand-over not allowed/);
      const metro = await tenantRow('临江地铁运营有限公司工会');
      const metroEm = db.forScope({ id: metro.id, path: metro.path, kind: 'ENTERPRISE_UNION' });
      for (const table of ['case', 'case_member', 'case_event', 'assistance', 'audit_event']) {
        expect(await metroEm.execute(`select id from cases."${table}"`), table).toEqual([]);
      }
    });
  });

  describe('deadlines on the Chinese calendar', () => {
    it('counts across Spring Festival, and follows the federation’s and the union’s calendar corrections', async () => {
      clock = new Date('2026-02-13T02:00:00Z'); // Friday 13 Feb, 10:00 in China
      try {
        const c = await open('mining.officer', { kind: 'CONSULTATION', priority: 'NORMAL' });
        // Two working days: Sat 14 Feb (make-up day), then Tue 24 Feb after the holiday.
        expect(c.responseDueAt).toBe('2026-02-24T15:59:59.999Z');
        const SET = `mutation($input: SetCalendarDayInput!) { setCalendarDay(input: $input) }`;
        await run(SET, 'city.admin', { input: { date: '2026-02-24', working: false, note: '市总调整' } });
        expect((await open('mining.officer', { kind: 'CONSULTATION' })).responseDueAt).toBe(
          '2026-02-25T15:59:59.999Z',
        );
        await run(SET, 'mining.admin', {
          input: { date: '2026-02-24', working: true, note: '本企业照常上班' },
        });
        expect((await open('mining.officer', { kind: 'CONSULTATION' })).responseDueAt).toBe(
          '2026-02-24T15:59:59.999Z',
        );
        // The textile union follows the federation only.
        expect((await open('textile.officer', { kind: 'CONSULTATION' })).responseDueAt).toBe(
          '2026-02-25T15:59:59.999Z',
        );
        const cal = await run(
          `{ workingCalendar(year: 2026) { official workingDays specialDays { date working name override } } }`,
          'mining.officer',
        );
        expect(cal.official).toBe(true);
        expect(cal.specialDays.find((d: any) => d.date === '2026-02-14')).toMatchObject({
          working: true,
          name: '春节',
        });
        expect(cal.specialDays.find((d: any) => d.date === '2026-02-24')).toMatchObject({
          working: true,
          override: true,
        });
        await run(SET, 'mining.admin', { input: { date: '2026-02-24' } });
        await run(SET, 'city.admin', { input: { date: '2026-02-24' } });
      } finally {
        clock = null;
      }
      // Cases received in February are long overdue now.
      const overdue = await run(
        `{ cases(filter: { deadline: OVERDUE }) { totalCount edges { node { deadlineState } } } }`,
        'mining.officer',
      );
      expect(overdue.totalCount).toBeGreaterThanOrEqual(2);
      expect(nodesOf(overdue).every((n: any) => n.deadlineState === 'OVERDUE')).toBe(true);
      const first = await run(`{ cases(first: 1) { edges { node { deadlineState } } } }`, 'mining.officer');
      expect(nodesOf(first)[0].deadlineState).toBe('OVERDUE'); // overdue first
    });
  });

  describe('figures and extensions of other subgraphs’ entities', () => {
    it('Tenant.caseStats: a federation rolls up its subtree per union; a union cannot widen it', async () => {
      const city = await tenantRow('临江市总工会');
      const STATS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Tenant { caseStats(from: "2026-01-01", to: "2030-12-30") {
        received open overdue overdueNow rated satisfied satisfactionRate medianFirstResponseHours medianResolutionHours
        byKind { value count } byStatus { value count } byChild { tenant { id } received rated assistanceCount assistanceFen }
        byMonth { month received } assistance { count totalFen byFund { value count } } } } } }`;
      const rep = [{ __typename: 'Tenant', id: city.id, path: city.path }];
      const fed = (await run(STATS, 'city.officer', { r: rep }))[0].caseStats;
      const union = (await run(STATS, 'mining.officer', { r: rep }))[0].caseStats;
      expect(fed.received).toBeGreaterThan(union.received);
      // Asking with the federation's path, the union still gets only its own row.
      expect(union.byChild.map((c: any) => c.tenant.id)).toEqual([ids.mining]);
      const children = fed.byChild.map((c: any) => c.tenant.id);
      expect(children).toEqual(expect.arrayContaining([ids.mining, ids.textile, ids.city]));
      expect(fed.byChild.reduce((s: number, c: any) => s + c.received, 0)).toBe(fed.received);
      expect(fed.rated).toBeGreaterThanOrEqual(3);
      expect(fed.satisfactionRate).toBeGreaterThan(0);
      expect(fed.medianFirstResponseHours).not.toBeNull();
      expect(fed.assistance).toMatchObject({ count: 1, totalFen: 200000 });
      // Totals per union: the help went to a mining worker.
      expect(fed.byChild.find((c: any) => c.tenant.id === ids.mining)).toMatchObject({
        assistanceCount: 1,
        assistanceFen: 200000,
      });
      expect(fed.byKind.reduce((s: number, k: any) => s + k.count, 0)).toBe(fed.received);
      const bad = await q(STATS.replace('"2026-01-01"', '"2020-01-01"'), 'city.officer', { r: rep });
      expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('to');
    });

    it('Member.cases and OrgUnit.cases list a member’s and a team’s cases within scope', async () => {
      const Q = `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Member { cases(first: 50) { totalCount edges { node { memberNames } } } }
        ... on OrgUnit { cases(first: 50) { totalCount } } } }`;
      const r = [
        { __typename: 'Member', id: ids.zhang },
        { __typename: 'OrgUnit', id: ids.team, unitPath: `/${ids.workshop}/${ids.team}/` },
      ];
      const mine = await run(Q, 'mining.officer', { r });
      expect(mine[0].cases.totalCount).toBeGreaterThanOrEqual(3);
      expect(nodesOf(mine[0].cases).every((n: any) => n.memberNames.includes('张伟'))).toBe(true);
      expect(mine[1].cases.totalCount).toBeGreaterThanOrEqual(1);
      // The inbox filter by a workshop takes in its teams' cases; another union's unit is refused.
      const byWorkshop = await run(
        `query($u: ID) { cases(filter: { orgUnitId: $u }) { totalCount } }`,
        'mining.officer',
        {
          u: ids.workshop,
        },
      );
      expect(byWorkshop.totalCount).toBe(mine[1].cases.totalCount);
      const foreign = await q(
        `query($u: ID) { cases(filter: { orgUnitId: $u }) { totalCount } }`,
        'textile.officer',
        {
          u: ids.workshop,
        },
      );
      expect(foreign.errors?.[0].extensions?.fields?.[0].field).toBe('filter.orgUnitId');
      const other = await run(Q, 'textile.officer', { r });
      expect(other[0].cases.totalCount).toBe(0);
      expect(other[1].cases.totalCount).toBe(0);
    });

    it('answers nothing without a token', async () => {
      const res = await graphql(cases.url, '{ cases { totalCount } }');
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
