import { nationalIdCheckChar } from '@frontline/subgraph-kit';
import { testDbKinds } from '@frontline/subgraph-kit/testing';
import { graphql, loginAs, startTestTenants, type TestTenants } from '@frontline/tenants/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMembers, type TestMembers } from '../src/testing.js';

const MINING = '临江矿业集团有限公司工会';
const TEXTILE = '临江纺织股份有限公司工会';

/** A valid ID number for a birth date and sequence (odd = male). */
function nid(birth: string, seq: number): string {
  const body = `330102${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return body + nationalIdCheckChar(body);
}

const MEMBER_FIELDS = `id name gender birthDate nationalId phone employeeNo status version ageBand womanWorker
  orgUnit { id name } history { unionName orgUnitName status startedOn endedOn reason }`;
const CREATE = `mutation($input: CreateMemberInput!) { createMember(input: $input) { ${MEMBER_FIELDS} } }`;
const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id name unitPath version } }`;

describe.each(testDbKinds())('members subgraph on %s', (kind) => {
  let tenants: TestTenants;
  let members: TestMembers;
  let url: string;
  const tokens: Record<string, string> = {};
  const teams: Record<string, string> = {};

  const q = (query: string, token: string, variables?: Record<string, unknown>, locale?: string) =>
    graphql(url, query, { token, variables, locale });

  beforeAll(async () => {
    tenants = await startTestTenants(kind);
    members = await startTestMembers(kind, tenants.url);
    url = members.url;
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
    // Each union gets a workshop with two teams.
    for (const union of ['mining', 'textile', 'metro']) {
      const ws = await q(CREATE_UNIT, tokens[`${union}.admin`], {
        input: { kind: 'WORKSHOP', name: '一车间' },
      });
      const workshopId = ws.data?.createOrgUnit.id;
      teams[`${union}.workshop`] = workshopId;
      for (const team of ['甲班', '乙班']) {
        const t = await q(CREATE_UNIT, tokens[`${union}.admin`], {
          input: { kind: 'TEAM', name: team, parentId: workshopId },
        });
        teams[`${union}.${team}`] = t.data?.createOrgUnit.id;
      }
    }
  }, 90_000);
  afterAll(async () => {
    await members?.close();
    await tenants?.close();
  });

  describe('org units', () => {
    it('keeps a dated history of renames and moves, and refuses cycles and closing with members', async () => {
      const token = tokens['mining.admin'];
      const unit = (await q(CREATE_UNIT, token, { input: { kind: 'WORKSHOP', name: '临时车间' } })).data
        ?.createOrgUnit;
      const UPDATE = `mutation($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { name version unitPath history { change before after } } }`;
      const renamed = await q(UPDATE, token, {
        input: { id: unit.id, version: unit.version, name: '检修车间', parentId: teams['mining.workshop'] },
      });
      expect(renamed.errors?.[0].extensions?.fields?.[0].field).toBeUndefined();
      expect(renamed.data?.updateOrgUnit.history.map((h: any) => h.change)).toEqual([
        'CREATED',
        'RENAMED',
        'MOVED',
      ]);
      expect(renamed.data?.updateOrgUnit.unitPath.startsWith(`/${teams['mining.workshop']}/`)).toBe(true);
      const cycle = await q(UPDATE, token, {
        input: { id: teams['mining.workshop'], version: 1, parentId: unit.id },
      });
      expect(cycle.errors?.[0].extensions?.fields[0]).toMatchObject({
        field: 'input.parentId',
        messageKey: 'orgUnit.cycle',
      });
      const stale = await q(UPDATE, token, { input: { id: unit.id, version: unit.version, name: '旧名' } });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    });

    it('needs a union scope to write: a federation officer is told to switch first', async () => {
      const res = await q(CREATE_UNIT, tokens['city.officer'], { input: { kind: 'TEAM', name: 'x' } }, 'en');
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(res.errors?.[0].message).toMatch(/Switch to an enterprise union/);
    });
  });

  describe('members', () => {
    let zhang: any;

    it('creates a member with ID number and phone stored encrypted and shown masked', async () => {
      const res = await q(CREATE, tokens['mining.officer'], {
        input: {
          name: '张伟',
          nationalId: nid('1988-05-12', 11),
          phone: '138 1234 5678',
          employeeNo: 'KY001',
          orgUnitId: teams['mining.甲班'],
          joinedOn: '2010-03-01',
          jobType: '采掘',
        },
      });
      expect(res.errors).toBeUndefined();
      zhang = res.data?.createMember;
      expect(zhang).toMatchObject({
        gender: 'MALE',
        birthDate: '1988-05-12',
        nationalId: `3301**********${nid('1988-05-12', 11).slice(-4)}`,
        phone: '138****5678',
        status: 'ACTIVE',
        womanWorker: false,
        orgUnit: { name: '甲班' },
        history: [
          {
            unionName: MINING,
            orgUnitName: '甲班',
            status: 'ACTIVE',
            startedOn: '2010-03-01',
            endedOn: null,
            reason: 'JOINED',
          },
        ],
      });
      const raw = await members.database.db.orm.em
        .getConnection()
        .execute('select national_id_sealed, phone_sealed from members.member where id = ?', [zhang.id]);
      expect(raw[0].national_id_sealed).not.toContain(nid('1988-05-12', 11));
      expect(raw[0].phone_sealed).not.toContain('13812345678');
    });

    it('gives field-level errors for a bad ID checksum, phone and date, in both languages', async () => {
      const bad = nid('1990-01-01', 21).slice(0, 17) + (nid('1990-01-01', 21).endsWith('1') ? '2' : '1');
      const input = { name: '李四', nationalId: bad, phone: '12345', joinedOn: '2023.5.1' };
      const zh = await q(CREATE, tokens['mining.officer'], { input });
      const en = await q(CREATE, tokens['mining.officer'], { input }, 'en');
      const fields = (r: any) =>
        Object.fromEntries(r.errors[0].extensions.fields.map((f: any) => [f.field, f.message]));
      expect(fields(zh)).toEqual({
        'input.nationalId': '身份证号码无效（请检查位数、出生日期和校验位）',
        'input.phone': '请输入有效的 11 位手机号码',
        'input.joinedOn': '请输入有效日期（年-月-日）',
      });
      expect(fields(en)['input.nationalId']).toMatch(/Not a valid ID number/);
    });

    it('refuses a person who is active in another union, naming only that union', async () => {
      const res = await q(CREATE, tokens['textile.officer'], {
        input: { name: '张伟', nationalId: nid('1988-05-12', 11), joinedOn: '2024-01-01' },
      });
      expect(res.errors?.[0].extensions?.fields[0]).toMatchObject({
        field: 'input.nationalId',
        message: `该职工目前是「${MINING}」的在册会员，请联系该工会办理会员接转`,
      });
      expect(JSON.stringify(res)).not.toContain('138');
      const again = await q(CREATE, tokens['mining.officer'], {
        input: { name: '张伟', nationalId: nid('1988-05-12', 11), joinedOn: '2024-01-01' },
      });
      expect(again.errors?.[0].extensions?.fields[0].messageKey).toMatch(
        /duplicateNationalId|activeElsewhere/,
      );
    });

    it('lists with filters, pinyin order, subtree and total count', async () => {
      const token = tokens['mining.officer'];
      for (const [name, seq, team, birth] of [
        ['安娜', 12, '乙班', '1999-02-02'],
        ['白雪', 14, '甲班', '1975-03-03'],
        ['陈刚', 15, '乙班', '1982-04-04'],
      ] as const) {
        const r = await q(CREATE, token, {
          input: {
            name,
            nationalId: nid(birth, seq),
            orgUnitId: teams[`mining.${team}`],
            joinedOn: '2020-01-01',
          },
        });
        expect(r.errors).toBeUndefined();
      }
      const LIST = `query($f: MemberFilter, $first: Int) { members(filter: $f, first: $first) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
      const all = await q(LIST, token, { first: 2 });
      expect(all.data?.members.totalCount).toBe(4);
      expect(all.data?.members.edges.map((e: any) => e.node.name)).toEqual(['安娜', '白雪']);
      expect(all.data?.members.pageInfo.hasNextPage).toBe(true);
      const next = await graphql(
        url,
        `query($after: String) { members(first: 2, after: $after) { edges { node { name } } } }`,
        {
          token,
          variables: { after: all.data?.members.pageInfo.endCursor },
        },
      );
      expect(next.data?.members.edges.map((e: any) => e.node.name)).toEqual(['陈刚', '张伟']);
      const women = await q(LIST, token, { f: { gender: 'FEMALE' } });
      expect(women.data?.members.edges.map((e: any) => e.node.name)).toEqual(['安娜', '白雪']);
      const young = await q(LIST, token, { f: { ageBand: 'UNDER_30' } });
      expect(young.data?.members.edges.map((e: any) => e.node.name)).toEqual(['安娜']);
      const subtree = await q(LIST, token, { f: { orgUnitId: teams['mining.workshop'] } });
      expect(subtree.data?.members.totalCount).toBe(4);
      const team = await q(LIST, token, { f: { orgUnitId: teams['mining.乙班'] } });
      expect(team.data?.members.edges.map((e: any) => e.node.name)).toEqual(['安娜', '陈刚']);
      const search = await q(LIST, token, { f: { search: 'chen' } });
      expect(search.data?.members.edges.map((e: any) => e.node.name)).toEqual(['陈刚']);
      // Regression: the per-unit counts are one aggregate over all units asked for.
      const counts = await q(`{ orgUnits { name activeMemberCount } }`, token);
      const byName = Object.fromEntries(counts.data?.orgUnits.map((u: any) => [u.name, u.activeMemberCount]));
      expect(byName).toMatchObject({ 一车间: 4, 乙班: 2 });
      const tooMany = await q(LIST, token, { first: 1000 });
      expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('detects a stale update and keeps every status change in the history', async () => {
      const token = tokens['mining.admin'];
      const UPDATE = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { name version } }`;
      const first = await q(UPDATE, token, {
        input: { id: zhang.id, version: zhang.version, jobTitle: '班长' },
      });
      expect(first.data?.updateMember.version).toBe(zhang.version + 1);
      const stale = await q(UPDATE, token, {
        input: { id: zhang.id, version: zhang.version, jobTitle: '队长' },
      });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      const STATUS = `mutation($input: ChangeMemberStatusInput!) { changeMemberStatus(input: $input) { status version history { status startedOn endedOn reason } } }`;
      const suspended = await q(STATUS, token, {
        input: {
          id: zhang.id,
          version: zhang.version + 1,
          status: 'SUSPENDED',
          effectiveOn: '2025-01-01',
          note: '停薪留职',
        },
      });
      const back = await q(STATUS, token, {
        input: {
          id: zhang.id,
          version: suspended.data?.changeMemberStatus.version,
          status: 'ACTIVE',
          effectiveOn: '2025-06-01',
        },
      });
      expect(back.data?.changeMemberStatus.history).toEqual([
        { status: 'ACTIVE', startedOn: '2010-03-01', endedOn: '2025-01-01', reason: 'JOINED' },
        { status: 'SUSPENDED', startedOn: '2025-01-01', endedOn: '2025-06-01', reason: 'STATUS_CHANGED' },
        { status: 'ACTIVE', startedOn: '2025-06-01', endedOn: null, reason: 'STATUS_CHANGED' },
      ]);
      zhang.version = back.data?.changeMemberStatus.version;
    });

    it('reveals personal data only to admins with a purpose, and audits each reveal', async () => {
      const REVEAL = `mutation($input: RevealPersonalDataInput!) { revealPersonalData(input: $input) }`;
      const officer = await q(REVEAL, tokens['mining.officer'], {
        input: { memberId: zhang.id, field: 'PHONE', purpose: '困难帮扶联系' },
      });
      expect(officer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const noPurpose = await q(REVEAL, tokens['mining.admin'], {
        input: { memberId: zhang.id, field: 'PHONE', purpose: 'x' },
      });
      expect(noPurpose.errors?.[0].extensions?.fields[0].field).toBe('input.purpose');
      const ok = await q(REVEAL, tokens['mining.admin'], {
        input: { memberId: zhang.id, field: 'NATIONAL_ID', purpose: '办理困难职工建档' },
      });
      expect(ok.data?.revealPersonalData).toBe(nid('1988-05-12', 11));
      const other = await q(REVEAL, tokens['textile.admin'], {
        input: { memberId: zhang.id, field: 'NATIONAL_ID', purpose: '越权查看尝试' },
      });
      expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const audit = await members.database.db.orm.em
        .getConnection()
        .execute(`select changes from members.audit_event where action = 'member.reveal' and entity_id = ?`, [
          zhang.id,
        ]);
      expect(audit).toHaveLength(1);
      expect(audit[0].changes).toEqual({ field: [null, 'NATIONAL_ID'], purpose: [null, '办理困难职工建档'] });
      const createAudit = await members.database.db.orm.em
        .getConnection()
        .execute(`select changes from members.audit_event where action = 'member.create' and entity_id = ?`, [
          zhang.id,
        ]);
      expect(JSON.stringify(createAudit)).not.toContain(nid('1988-05-12', 11));
    });
  });

  describe('transfers', () => {
    it('moves a member with the whole history to another union; both sides see only the transfer', async () => {
      const create = await q(CREATE, tokens['mining.officer'], {
        input: {
          name: '刘洋',
          nationalId: nid('1991-07-07', 31),
          employeeNo: 'KY099',
          orgUnitId: teams['mining.甲班'],
          joinedOn: '2012-09-01',
        },
      });
      const liu = create.data?.createMember;
      const textileId = await tenants.tenantId(TEXTILE);
      const START = `mutation($input: StartTransferInput!) { startTransfer(input: $input) { id status version toTenantName fromTenantName direction } }`;
      const started = await q(START, tokens['mining.officer'], {
        input: { memberId: liu.id, toTenantId: textileId, reason: '调动' },
      });
      expect(started.data?.startTransfer).toMatchObject({
        status: 'PENDING',
        toTenantName: TEXTILE,
        fromTenantName: MINING,
        direction: 'OUTGOING',
      });
      const dup = await q(START, tokens['mining.officer'], {
        input: { memberId: liu.id, toTenantId: textileId },
      });
      expect(dup.errors?.[0].extensions?.fields[0].messageKey).toBe('transfer.alreadyPending');

      const INBOX = `query($d: TransferDirection) { transfers(direction: $d) { totalCount edges { node { id memberName memberNationalId direction status version } } } }`;
      const inbox = await q(INBOX, tokens['textile.officer'], { d: 'INCOMING' });
      expect(inbox.data?.transfers.edges.map((e: any) => e.node.memberName)).toEqual(['刘洋']);
      expect(inbox.data?.transfers.edges[0].node.direction).toBe('INCOMING');
      const metro = await q(INBOX, tokens['metro.admin'], {});
      expect(metro.data?.transfers.totalCount).toBe(0);
      // The receiving side cannot read the member itself before accepting.
      const peek = await q(`query($id: ID!) { member(id: $id) { name } }`, tokens['textile.officer'], {
        id: liu.id,
      });
      expect(peek.errors?.[0].extensions?.code).toBe('NOT_FOUND');

      const ACCEPT = `mutation($input: DecideTransferInput!) { acceptTransfer(input: $input) { status decidedByName } }`;
      const wrongTeam = await q(ACCEPT, tokens['textile.admin'], {
        input: { id: started.data?.startTransfer.id, version: 1, orgUnitId: teams['mining.甲班'] },
      });
      expect(wrongTeam.errors?.[0].extensions?.fields[0].field).toBe('input.orgUnitId');
      const bySender = await q(ACCEPT, tokens['mining.admin'], {
        input: { id: started.data?.startTransfer.id, version: 1, orgUnitId: teams['mining.甲班'] },
      });
      expect(bySender.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const accepted = await q(ACCEPT, tokens['textile.admin'], {
        input: { id: started.data?.startTransfer.id, version: 1, orgUnitId: teams['textile.乙班'] },
      });
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data?.acceptTransfer.status).toBe('ACCEPTED');

      const now = await q(
        `query($id: ID!) { member(id: $id) { ${MEMBER_FIELDS} } }`,
        tokens['textile.officer'],
        { id: liu.id },
      );
      const m = now.data?.member;
      expect(m).toMatchObject({ status: 'ACTIVE', employeeNo: null, orgUnit: { name: '乙班' } });
      expect(m.history.map((h: any) => [h.unionName, h.reason, h.endedOn === null])).toEqual([
        [MINING, 'JOINED', false],
        [TEXTILE, 'TRANSFERRED_IN', true],
      ]);
      expect(m.history[0].startedOn).toBe('2012-09-01');
      const gone = await q(`query($id: ID!) { member(id: $id) { name } }`, tokens['mining.officer'], {
        id: liu.id,
      });
      expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const outbox = await q(INBOX, tokens['mining.officer'], { d: 'OUTGOING' });
      expect(outbox.data?.transfers.edges[0].node.status).toBe('ACCEPTED');
      // Textile still sees none of mining's other members.
      const list = await q(`{ members(first: 100) { edges { node { name } } } }`, tokens['textile.officer']);
      expect(list.data?.members.edges.map((e: any) => e.node.name)).toEqual(['刘洋']);
      // Now a member of textile, the person cannot be added back to mining.
      const back = await q(CREATE, tokens['mining.officer'], {
        input: { name: '刘洋', nationalId: nid('1991-07-07', 31), joinedOn: '2026-01-01' },
      });
      expect(back.errors?.[0].extensions?.fields[0].message).toContain(TEXTILE);
    });

    it('lets the receiving side reject, the sending side cancel, and a federation officer nudge', async () => {
      const create = await q(CREATE, tokens['mining.officer'], {
        input: { name: '孙丽', nationalId: nid('1993-03-03', 42), joinedOn: '2015-01-01' },
      });
      const textileId = await tenants.tenantId(TEXTILE);
      const START = `mutation($input: StartTransferInput!) { startTransfer(input: $input) { id version } }`;
      const t1 = (
        await q(START, tokens['mining.officer'], {
          input: { memberId: create.data?.createMember.id, toTenantId: textileId },
        })
      ).data?.startTransfer;
      const nudged = await q(
        `mutation($id: ID!) { nudgeTransfer(id: $id) { nudgeCount } }`,
        tokens['city.officer'],
        { id: t1.id },
      );
      expect(nudged.data?.nudgeTransfer.nudgeCount).toBe(1);
      const unionNudge = await q(
        `mutation($id: ID!) { nudgeTransfer(id: $id) { nudgeCount } }`,
        tokens['metro.admin'],
        { id: t1.id },
      );
      expect(unionNudge.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const DECIDE = (m: string) =>
        `mutation($input: DecideTransferInput!) { ${m}(input: $input) { status version decisionNote } }`;
      const rejected = await q(DECIDE('rejectTransfer'), tokens['textile.admin'], {
        input: { id: t1.id, version: 2, note: '编制已满' },
      });
      expect(rejected.data?.rejectTransfer).toMatchObject({ status: 'REJECTED', decisionNote: '编制已满' });
      const t2 = (
        await q(START, tokens['mining.officer'], {
          input: { memberId: create.data?.createMember.id, toTenantId: textileId },
        })
      ).data?.startTransfer;
      const cancelByReceiver = await q(DECIDE('cancelTransfer'), tokens['textile.admin'], {
        input: { id: t2.id, version: 1 },
      });
      expect(cancelByReceiver.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const cancelled = await q(DECIDE('cancelTransfer'), tokens['mining.admin'], {
        input: { id: t2.id, version: 1 },
      });
      expect(cancelled.data?.cancelTransfer.status).toBe('CANCELLED');
      const fed = await q(`{ transfers { totalCount } }`, tokens['city.officer']);
      expect(fed.data?.transfers.totalCount).toBeGreaterThanOrEqual(3);
    });
  });

  describe('isolation', () => {
    it('raw SQL in a union’s scope sees none of another union’s rows in any table', async () => {
      const db = members.database.db;
      const pathOf = async (name: string) =>
        (
          await tenants.database.db.orm.em
            .getConnection()
            .execute('select tenant_path from tenants.tenant where name = ?', [name])
        )[0].tenant_path;
      const metroPath = await pathOf('临江地铁运营有限公司工会');
      const metroId = await tenants.tenantId('临江地铁运营有限公司工会');
      const em = db.forScope({ id: metroId, path: metroPath, kind: 'ENTERPRISE_UNION' });
      await q(CREATE, tokens['metro.admin'], {
        input: { name: '郭强', nationalId: nid('1985-08-08', 51), joinedOn: '2019-01-01' },
      });
      for (const table of ['member', 'membership_period', 'org_unit', 'org_unit_event', 'audit_event']) {
        const rows = await em.execute(`select tenant_id from members.${table}`);
        expect(rows.length, table).toBeGreaterThan(0);
        expect(
          rows.every((r: Record<string, string>) => r.tenant_id === metroId),
          table,
        ).toBe(true);
      }
      expect(await em.execute('select * from members.transfer')).toEqual([]);
      // Writing a row for another union is refused by the policy.
      await expect(
        em
          .execute(`update members.member set name = 'x' where tenant_id <> ?`, [metroId])
          .then((r: any) => r.affectedRows ?? r.length ?? 0),
      ).resolves.toBe(0);
      await expect(
        em.execute(
          `select members.accept_transfer(gen_random_uuid(), 1, gen_random_uuid(), 'x', 'x', null, current_date)`,
        ),
      ).rejects.toThrow();
    });

    it('member figures: a federation sums its subtree; a union cannot widen them with another path', async () => {
      const cityPath = (
        await tenants.database.db.orm.em
          .getConnection()
          .execute(`select id, tenant_path from tenants.tenant where name = '临江市总工会'`)
      )[0];
      const STATS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Tenant { memberStats(from: "2000-01-01", to: "2030-12-31") { activeCount women joins leaves byAgeBand { value count } } } } }`;
      const rep = [{ __typename: 'Tenant', id: cityPath.id, path: cityPath.tenant_path }];
      const fed = await q(STATS, tokens['city.officer'], { r: rep });
      const union = await q(STATS, tokens['metro.admin'], { r: rep });
      expect(fed.data?._entities[0].memberStats.activeCount).toBeGreaterThanOrEqual(6);
      // Asking with the federation's path, a union still counts only its own one member.
      expect(union.data?._entities[0].memberStats.activeCount).toBe(1);
      expect(fed.data?._entities[0].memberStats.leaves).toBeGreaterThanOrEqual(0);
    });

    it('answers nothing without a token', async () => {
      const res = await graphql(url, '{ members { totalCount } }');
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
    });
  });
});
