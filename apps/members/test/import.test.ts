import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { nationalIdCheckChar } from '@frontline/subgraph-kit';
import { testDbKinds } from '@frontline/subgraph-kit/testing';
import {
  DEMO_PASSWORD,
  graphql,
  loginAs,
  startTestTenants,
  type TestTenants,
} from '@frontline/tenants/testing';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMembers, type TestMembers } from '../src/testing.js';

const MINING = '临江矿业集团有限公司工会';
const TEXTILE = '临江纺织股份有限公司工会';
const METRO = '临江地铁运营有限公司工会';

/** A valid ID number for a birth date and sequence (odd = male). */
function nid(birth: string, seq: number): string {
  const body = `330102${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return body + nationalIdCheckChar(body);
}
/** The same ID with its check character made wrong. */
function badChecksum(id: string): string {
  return id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
}
const fullWidth = (s: string) =>
  s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const ZHOU_MIN = nid('1975-06-06', 81); // an active member of the textile union
const IDS = {
  wang: nid('1980-01-15', 11),
  li: nid('1985-03-20', 22),
  zhao: nid('1990-07-07', 33),
  qian: nid('1992-02-02', 42),
  sun: nid('1978-11-11', 51),
  zhou: nid('1988-08-08', 61),
  wu: nid('1995-05-05', 72),
  zheng: nid('1991-09-09', 13),
  chu: nid('1993-03-03', 14),
  feng: nid('1986-06-06', 15),
  chen: nid('1987-07-07', 26),
  wei: nid('1989-09-09', 17),
};

const HEADERS = [
  '序号',
  '工号',
  '姓名',
  '所在班组',
  '手机号码',
  '身份证号码',
  '入会时间',
  '性别',
  '岗位',
  '工种',
  '农民工',
  '劳模',
  '备注',
];

/**
 * A roster as unions keep them: a merged title and a note above the header, headers in their own
 * order, extra columns, blank rows, dates in every common form (text, Excel serial, date cell),
 * full-width characters and stray blanks, and rows with the usual mistakes.
 */
async function messyRoster(changes: { wangTitle?: string; zhaoTeam?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('会员花名册');
  ws.mergeCells('A1:M1');
  ws.getCell('A1').value = `${MINING}会员花名册（2024年）`;
  ws.mergeCells('A2:M2');
  ws.getCell('A2').value = '填报单位：临江矿业集团有限公司工会    填报日期：2024年3月1日';
  ws.addRow(HEADERS);
  const rows: unknown[][] = [
    // 4
    [
      1,
      'KY1001',
      '王建国',
      '一车间/甲班',
      '13800001001',
      IDS.wang,
      '2023-05-01',
      '男',
      changes.wangTitle ?? '班长',
      '采掘',
      '否',
      '是',
      '',
    ],
    // 5: blanks around and between the characters, ideographic spaces, a spaced phone
    [
      2,
      'KY1002',
      '\u3000李 秀 英 ',
      ' 综采队 ',
      '139 0000 1002',
      IDS.li,
      '2023/5/1',
      '女',
      null,
      '机电',
      '是',
      null,
      '新入职',
    ],
    // 6: blank
    [],
    // 7: full-width employee number and ID number
    [3, 'ＫＹ１００３', '赵磊', changes.zhaoTeam ?? '一车间／乙班', null, fullWidth(IDS.zhao), '2023.5.1'],
    // 8: a team name that is unique without its workshop
    [4, 'KY1004', '钱芳', '乙班', null, IDS.qian, '2023年5月1日'],
    // 9
    [5, 'KY1005', '孙强', '综采队', null, IDS.sun, '20230501'],
    // 10: an Excel serial number in a General cell
    [6, 'KY1006', '周杰', '综采队', null, IDS.zhou, 45047],
    // 11: a real date cell (set below)
    [7, 'KY1007', '吴敏', '综采队', null, IDS.wu, null],
    // 12: bad check character
    [8, 'KY1008', '郑浩', '综采队', null, badChecksum(IDS.zheng), '2023-05-01'],
    // 13: the same person as row 4
    [9, 'KY1009', '王建国', '综采队', null, IDS.wang, '2023-05-01'],
    // 14: an active member of another union
    [10, 'KY1010', '周敏', '综采队', null, ZHOU_MIN, '2023-05-01'],
    // 15: no such team
    [11, 'KY1011', '冯涛', '三车间/丙班', null, IDS.feng, '2023-05-01'],
    // 16: two teams of this name
    [12, 'KY1012', '陈晨', '甲班', null, IDS.chen, '2023-05-01'],
    // 17: no 13th month
    [13, 'KY1013', '褚红', '综采队', null, IDS.chu, '2023-13-01'],
    // 18: the ID number stored as a number (set below)
    [14, 'KY1014', '卫东', '综采队', null, null, '2023-05-01'],
  ];
  for (const r of rows) ws.addRow(r);
  ws.addRow([]);
  const dateCell = ws.getCell('G11');
  dateCell.value = new Date(Date.UTC(2023, 4, 1));
  dateCell.numFmt = 'yyyy/m/d';
  ws.getCell('F18').value = Number(IDS.wei);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const JOB_FIELDS = `id status dryRun fileName total processed created updated unchanged failed errorCount
  progress failureKey failureMessage startedAt finishedAt createdByName mapping { column field }`;
const START = `mutation($input: StartMemberImportInput!) { startMemberImport(input: $input) { ${JOB_FIELDS} } }`;
const JOB = `query($id: ID!) { memberImportJob(id: $id) { ${JOB_FIELDS} } }`;
const ERRORS = `query($id: ID!, $first: Int, $after: String) { memberImportJob(id: $id) {
  errors(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { rowNumber column field value messageKey message } } } } }`;
const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`;
const MEMBERS = `{ members(first: 100) { totalCount edges { node { id name gender birthDate nationalId phone employeeNo
  joinedOn jobTitle jobType migrantWorker modelWorker version orgUnit { name } history { reason startedOn endedOn orgUnitName } } } } }`;

describe.each(testDbKinds())('member roster import on %s', (kind) => {
  let tenants: TestTenants;
  let members: TestMembers;
  let url: string;
  let base: string;
  const tokens: Record<string, string> = {};

  const q = (query: string, token: string, variables?: Record<string, unknown>, locale?: string) =>
    graphql(url, query, { token, variables, locale });

  async function upload(
    token: string | undefined,
    body: Buffer,
    filename: string,
  ): Promise<{ status: number; json: any }> {
    const res = await fetch(`${base}/imports/upload?filename=${encodeURIComponent(filename)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'accept-language': 'en',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });
    return { status: res.status, json: await res.json() };
  }

  async function uploadId(token: string, body: Buffer, filename: string): Promise<string> {
    const res = await upload(token, body, filename);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json.uploadId;
  }

  /** Polls the job as the admin does until it has finished. */
  async function finished(token: string, id: string): Promise<any> {
    const until = Date.now() + 60_000;
    for (;;) {
      const res = await q(JOB, token, { id });
      const job = res.data?.memberImportJob;
      if (!job) throw new Error(JSON.stringify(res.errors));
      if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return job;
      if (Date.now() > until) throw new Error(`import still ${job.status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function runImport(token: string, input: Record<string, unknown>) {
    const started = await q(START, token, { input });
    expect(started.errors, JSON.stringify(started.errors)).toBeUndefined();
    expect(['PENDING', 'RUNNING', 'SUCCEEDED']).toContain(started.data?.startMemberImport.status);
    return finished(token, started.data?.startMemberImport.id);
  }

  async function allErrors(token: string, id: string, locale = 'zh-CN') {
    const out: any[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await q(ERRORS, token, { id, first: 3, after }, locale);
      const page = res.data.memberImportJob.errors;
      out.push(...page.edges.map((e: any) => e.node));
      if (!page.pageInfo.hasNextPage) return out;
      after = page.pageInfo.endCursor;
    }
  }

  const sql = (query: string, params: unknown[] = []) =>
    members.database.db.orm.em.getConnection().execute(query, params);

  let roster: string;
  let dryRunJob: any;

  beforeAll(async () => {
    tenants = await startTestTenants(kind);
    members = await startTestMembers(kind, tenants.url);
    url = members.url;
    base = members.service.server.url;
    for (const who of [
      'mining.admin',
      'mining.officer',
      'textile.admin',
      'textile.officer',
      'metro.admin',
      'city.officer',
    ]) {
      tokens[who] = await loginAs(tenants.url, `${who}@frontline.demo`);
    }
    const unit = async (name: string, k: string, parentId?: string) =>
      (await q(CREATE_UNIT, tokens['mining.admin'], { input: { kind: k, name, parentId } })).data
        ?.createOrgUnit.id;
    const ws1 = await unit('一车间', 'WORKSHOP');
    await unit('甲班', 'TEAM', ws1);
    await unit('乙班', 'TEAM', ws1);
    const ws2 = await unit('二车间', 'WORKSHOP');
    await unit('甲班', 'TEAM', ws2);
    await unit('综采队', 'TEAM');
    const zhou = await q(
      `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`,
      tokens['textile.officer'],
      { input: { name: '周敏', nationalId: ZHOU_MIN, joinedOn: '2015-01-01' } },
    );
    expect(zhou.errors).toBeUndefined();
    roster = await uploadId(tokens['mining.officer'], await messyRoster(), '会员花名册.xlsx');
  }, 120_000);
  afterAll(async () => {
    await members?.close();
    await tenants?.close();
  });

  it('stores an upload under the uploading union and suggests a mapping from the Chinese headers', async () => {
    const miningId = await tenants.tenantId(MINING);
    const meta = await members.service.imports.uploads.get(miningId, roster);
    expect(meta).toMatchObject({ fileName: '会员花名册.xlsx', kind: 'xlsx', tenantId: miningId });
    const res = await q(
      `query($id: ID!) { memberImportUpload(uploadId: $id) { fileName headerRow headers missing suggestedMapping { column field } } }`,
      tokens['mining.officer'],
      { id: roster },
    );
    const s = res.data?.memberImportUpload;
    expect(s.headerRow).toBe(3);
    expect(s.headers).toEqual(HEADERS);
    expect(s.missing).toEqual([]);
    expect(Object.fromEntries(s.suggestedMapping.map((m: any) => [m.column, m.field]))).toEqual({
      序号: null,
      工号: 'EMPLOYEE_NO',
      姓名: 'NAME',
      所在班组: 'TEAM',
      手机号码: 'PHONE',
      身份证号码: 'NATIONAL_ID',
      入会时间: 'JOINED_ON',
      性别: 'GENDER',
      岗位: 'JOB_TITLE',
      工种: 'JOB_TYPE',
      农民工: 'MIGRANT_WORKER',
      劳模: 'MODEL_WORKER',
      备注: null,
    });
  });

  it('dry run: writes no member and reports exactly the bad rows, field by field, in both languages', async () => {
    dryRunJob = await runImport(tokens['mining.officer'], { uploadId: roster, dryRun: true });
    expect(dryRunJob).toMatchObject({
      status: 'SUCCEEDED',
      dryRun: true,
      fileName: '会员花名册.xlsx',
      total: 14,
      processed: 14,
      created: 7,
      updated: 0,
      unchanged: 0,
      failed: 7,
      errorCount: 7,
      progress: 1,
      failureKey: null,
    });
    const none = await q(MEMBERS, tokens['mining.officer']);
    expect(none.data?.members.totalCount).toBe(0);
    const written = await sql(`select count(*)::int as n from members.audit_event where entity = 'Member'`);
    expect(written[0].n).toBe(1); // textile's 周敏 only

    const zh = await allErrors(tokens['mining.officer'], dryRunJob.id);
    expect(zh.map((e) => [e.rowNumber, e.column, e.field, e.messageKey])).toEqual([
      [12, '身份证号码', 'NATIONAL_ID', 'validation.nationalId'],
      [13, '身份证号码', 'NATIONAL_ID', 'import.duplicateInFile'],
      [14, '身份证号码', 'NATIONAL_ID', 'member.activeElsewhere'],
      [15, '所在班组', 'TEAM', 'import.unknownTeam'],
      [16, '所在班组', 'TEAM', 'import.ambiguousTeam'],
      [17, '入会时间', 'JOINED_ON', 'validation.date'],
      [18, '身份证号码', 'NATIONAL_ID', 'import.idAsNumber'],
    ]);
    expect(zh.map((e) => e.message)).toEqual([
      '身份证号码无效（请检查位数、出生日期和校验位）',
      '与第 4 行重复',
      `该职工目前是「${TEXTILE}」的在册会员，请联系该工会办理会员接转`,
      '本工会没有名为「三车间/丙班」的班组',
      '有多个名为「甲班」的班组，请写完整路径，如「一车间/甲班」',
      '请输入有效日期（年-月-日）',
      '身份证号被 Excel 存成了数字，末几位已丢失，请将该列设为文本格式后重新填写',
    ]);
    // Personal data in the report is masked.
    expect(zh[1].value).toBe(`3301**********${IDS.wang.slice(-4)}`);
    expect(zh[2].value).toBe(`3301**********${ZHOU_MIN.slice(-4)}`);
    expect(JSON.stringify(zh)).not.toContain(IDS.wang);
    expect(JSON.stringify(zh)).not.toContain(ZHOU_MIN);
    expect(zh[5].value).toBe('2023-13-01');

    const en = await allErrors(tokens['mining.officer'], dryRunJob.id, 'en');
    expect(en.map((e) => e.message)).toEqual([
      'Not a valid ID number (check length, birth date and check digit)',
      'Same as row 4',
      `This person is an active member of ${TEXTILE}; ask that union to transfer the membership`,
      'This union has no team named "三车间/丙班"',
      'Several teams are named "甲班"; give the full path, e.g. 一车间/甲班',
      'Enter a valid date (YYYY-MM-DD)',
      'Excel stored the ID number as a number and lost its last digits; format the column as text and enter it again',
    ]);
  });

  it('gives the error report as CSV with a BOM, in the caller’s language', async () => {
    const REPORT = `query($id: ID!) { memberImportJob(id: $id) { errorReportCsv } }`;
    const zh = (await q(REPORT, tokens['mining.officer'], { id: dryRunJob.id })).data?.memberImportJob
      .errorReportCsv;
    const lines = zh.split('\r\n');
    expect(lines[0]).toBe('\ufeff行号,列,内容,问题');
    expect(lines[2]).toBe(`13,身份证号码,3301**********${IDS.wang.slice(-4)},与第 4 行重复`);
    expect(lines).toHaveLength(9); // header, 7 errors, final newline
    const en = (await q(REPORT, tokens['mining.officer'], { id: dryRunJob.id }, 'en')).data?.memberImportJob
      .errorReportCsv;
    expect(en.startsWith('\ufeffRow,Column,Value,Problem\r\n12,')).toBe(true);
  });

  it('real run: creates the good rows with JOINED periods and masked audit records', async () => {
    const job = await runImport(tokens['mining.officer'], { uploadId: roster, dryRun: false });
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      total: 14,
      created: 7,
      updated: 0,
      unchanged: 0,
      failed: 7,
    });
    const list = (await q(MEMBERS, tokens['mining.officer'])).data?.members;
    expect(list.totalCount).toBe(7);
    const byName = Object.fromEntries(list.edges.map((e: any) => [e.node.name, e.node]));
    expect(Object.keys(byName).sort()).toEqual(
      ['吴敏', '周杰', '孙强', '李秀英', '王建国', '赵磊', '钱芳'].sort(),
    );
    expect(byName.王建国).toMatchObject({
      gender: 'MALE',
      birthDate: '1980-01-15',
      employeeNo: 'KY1001',
      phone: '138****1001',
      nationalId: `3301**********${IDS.wang.slice(-4)}`,
      jobTitle: '班长',
      jobType: '采掘',
      migrantWorker: false,
      modelWorker: true,
      orgUnit: { name: '甲班' },
      history: [{ reason: 'JOINED', startedOn: '2023-05-01', endedOn: null, orgUnitName: '甲班' }],
    });
    expect(byName.李秀英).toMatchObject({ gender: 'FEMALE', phone: '139****1002', migrantWorker: true });
    expect(byName.赵磊).toMatchObject({ employeeNo: 'KY1003', orgUnit: { name: '乙班' } });
    expect(byName.钱芳.orgUnit).toEqual({ name: '乙班' });
    // Every date form became the same day.
    for (const m of Object.values(byName) as any[]) expect(m.joinedOn, m.name).toBe('2023-05-01');

    const audits = await sql(
      `select action, request_id, changes from members.audit_event where request_id = ?`,
      [`import:${job.id}`],
    );
    expect(audits).toHaveLength(7);
    expect(audits.every((a: any) => a.action === 'member.create')).toBe(true);
    const text = JSON.stringify(audits);
    for (const id of Object.values(IDS)) expect(text).not.toContain(id);
    expect(text).not.toContain('13800001001');
  });

  it('a second run creates nothing new and updates only what changed (also a move, with history)', async () => {
    const again = await uploadId(
      tokens['mining.officer'],
      await messyRoster({ wangTitle: '副班长', zhaoTeam: '综采队' }),
      '会员花名册（修订）.xlsx',
    );
    const job = await runImport(tokens['mining.admin'], { uploadId: again, dryRun: false });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 2, unchanged: 5, failed: 7 });
    const list = (await q(MEMBERS, tokens['mining.officer'])).data?.members;
    expect(list.totalCount).toBe(7);
    const byName = Object.fromEntries(list.edges.map((e: any) => [e.node.name, e.node]));
    expect(byName.王建国).toMatchObject({ jobTitle: '副班长', version: 2 });
    expect(byName.孙强.version).toBe(1);
    expect(byName.赵磊.orgUnit).toEqual({ name: '综采队' });
    expect(byName.赵磊.history.map((h: any) => [h.reason, h.orgUnitName, h.endedOn === null])).toEqual([
      ['JOINED', '乙班', false],
      ['MOVED', '综采队', true],
    ]);
    const audits = await sql(
      `select changes from members.audit_event where request_id = ? order by created_at`,
      [`import:${job.id}`],
    );
    expect(audits.map((a: any) => Object.keys(a.changes).sort())).toEqual(
      expect.arrayContaining([['jobTitle'], ['orgUnitId']]),
    );
    // The very same file once more: nothing to do at all.
    const same = await runImport(tokens['mining.admin'], { uploadId: again, dryRun: false });
    expect(same).toMatchObject({ created: 0, updated: 0, unchanged: 7, failed: 7 });
  });

  it('reads CSV in UTF-8 with a BOM and in GBK, matching existing members by ID number or employee number', async () => {
    const utf8 = `\ufeff姓名,身份证号,手机,班组,入会日期,标签\r\n王建国,${IDS.wang},,,,"骨干,志愿者"\r\n蒋丽,${nid('1996-06-16', 82)},13700001111,综采队,2024/1/2,\r\n`;
    const job = await runImport(tokens['mining.officer'], {
      uploadId: await uploadId(tokens['mining.officer'], Buffer.from(utf8, 'utf8'), 'roster.csv'),
      dryRun: false,
    });
    expect(job).toMatchObject({ status: 'SUCCEEDED', total: 2, created: 1, updated: 1, failed: 0 });
    const gbk = iconv.encode(
      '工号,姓名,性别,班组,入会时间\r\nKY1005,孙强,男,一车间/甲班,2023-05-01\r\nKY2001,韩梅,女,乙班,2024年2月3日\r\n',
      'gbk',
    );
    const job2 = await runImport(tokens['mining.officer'], {
      uploadId: await uploadId(tokens['mining.officer'], gbk, '花名册-gbk.csv'),
      dryRun: false,
    });
    expect(job2).toMatchObject({ status: 'SUCCEEDED', total: 2, created: 1, updated: 1, failed: 0 });
    const list = (await q(MEMBERS, tokens['mining.officer'])).data?.members;
    const byName = Object.fromEntries(list.edges.map((e: any) => [e.node.name, e.node]));
    expect(byName.蒋丽).toMatchObject({
      joinedOn: '2024-01-02',
      phone: '137****1111',
      orgUnit: { name: '综采队' },
    });
    expect(byName.韩梅).toMatchObject({ gender: 'FEMALE', joinedOn: '2024-02-03', employeeNo: 'KY2001' });
    expect(byName.孙强.orgUnit).toEqual({ name: '甲班' });
    const tags = await q(`query($id: ID!) { member(id: $id) { tags } }`, tokens['mining.officer'], {
      id: byName.王建国.id,
    });
    expect(tags.data?.member.tags).toEqual(['骨干', '志愿者']);
  });

  it('takes the caller’s mapping per column, and checks it field by field before starting', async () => {
    const csv = `XM,证件,备注\r\n杨帆,${nid('1994-04-04', 91)},新会员\r\n`;
    const id = await uploadId(tokens['mining.officer'], Buffer.from(csv), 'other.csv');
    const s = await q(
      `query($id: ID!) { memberImportUpload(uploadId: $id) { headers missing suggestedMapping { column field } } }`,
      tokens['mining.officer'],
      { id },
      'en',
    );
    expect(s.data?.memberImportUpload).toMatchObject({
      headers: ['XM', '证件', '备注'],
      missing: ['Choose the column with the name'],
    });
    const bad = await q(START, tokens['mining.officer'], {
      input: { uploadId: id, mapping: [{ column: '姓名', field: 'NAME' }] },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields.map((f: any) => [f.field, f.messageKey])).toEqual([
      ['input.mapping.0.column', 'import.unknownColumn'],
      ['input.mapping', 'import.nameNotMapped'],
    ]);
    const job = await runImport(tokens['mining.officer'], {
      uploadId: id,
      dryRun: false,
      mapping: [
        { column: 'XM', field: 'NAME' },
        { column: '备注', field: 'TAGS' },
      ],
    });
    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 1, failed: 0 });
    expect(job.mapping).toEqual([
      { column: 'XM', field: 'NAME' },
      { column: '证件', field: 'NATIONAL_ID' },
      { column: '备注', field: 'TAGS' },
    ]);
  });

  // The CLI opens the members database itself: on the PostgreSQL server it can share it with the
  // running service (PGlite is single-process, and the test's PGlite lives in this process's memory).
  it.runIf(kind === 'postgresql')(
    'the CLI imports a file straight into the database as a signed-in officer',
    async () => {
      const { main } = await import('../src/cli/import.js');
      const dir = await mkdtemp(join(tmpdir(), 'frontline-cli-'));
      try {
        const csv = `工号,姓名,身份证号,班组\r\nKY3001,柏松,${nid('1997-07-17', 93)},综采队\r\nKY3002,水仙,${badChecksum(nid('1998-08-18', 94))},综采队\r\n`;
        await writeFile(join(dir, '大文件.csv'), csv);
        const out: string[] = [];
        const err: string[] = [];
        const code = await main(
          ['import', '大文件.csv', '--email', 'mining.admin@frontline.demo', '--password', DEMO_PASSWORD],
          {
            NODE_ENV: 'test',
            DATABASE_URL: members.database.url,
            // The service's data directory: the same development PII keys.
            DATA_DIR: dirname(members.service.imports.uploads.dir),
            TENANTS_URL: tenants.url,
            LOG_LEVEL: 'silent',
          },
          { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir },
        );
        expect(code, err.join('')).toBe(3);
        const summary = JSON.parse(out.join(''));
        expect(summary).toMatchObject({ dryRun: false, total: 2, created: 1, failed: 1 });
        const report = await readFile(join(dir, '大文件.csv.errors.csv'), 'utf8');
        expect(report).toBe(
          `\ufeff行号,列,内容,问题\r\n3,身份证号,3301**********${badChecksum(nid('1998-08-18', 94)).slice(-4)},身份证号码无效（请检查位数、出生日期和校验位）\r\n`,
        );
        // The job is an ordinary job of the union, and the member is there.
        const job = await q(JOB, tokens['mining.admin'], { id: summary.jobId });
        expect(job.data?.memberImportJob).toMatchObject({
          status: 'SUCCEEDED',
          fileName: '大文件.csv',
          created: 1,
        });
        const found = await q(
          `{ members(filter: { search: "KY3001" }) { edges { node { name } } } }`,
          tokens['mining.admin'],
        );
        expect(found.data?.members.edges).toEqual([{ node: { name: '柏松' } }]);
        // A federation officer must name a union; a bad password is refused by the tenants service.
        const fed = await main(
          ['import', '大文件.csv', '--email', 'city.officer@frontline.demo', '--password', DEMO_PASSWORD],
          { NODE_ENV: 'test', DATABASE_URL: members.database.url, TENANTS_URL: tenants.url },
          { out: () => {}, err: (t) => err.push(t), cwd: dir },
        );
        expect(fed).toBe(1);
        expect(err.join('')).toContain('请先切换到具体的企业工会');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  it('refuses callers without a union scope or token, and files that are not rosters', async () => {
    const noToken = await upload(undefined, Buffer.from('姓名\r\n'), 'x.csv');
    expect(noToken.status).toBe(401);
    const fed = await upload(tokens['city.officer'], Buffer.from('姓名\r\n'), 'x.csv');
    expect(fed.status).toBe(403);
    expect(fed.json.errors[0].message).toMatch(/Switch to an enterprise union/);
    const xls = await upload(
      tokens['mining.officer'],
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'old.xls',
    );
    expect(xls).toMatchObject({
      status: 400,
      json: { errors: [{ extensions: { messageKey: 'import.xlsUnsupported' } }] },
    });
    const start = await q(START, tokens['city.officer'], { input: { uploadId: roster } });
    expect(start.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const broken = await uploadId(
      tokens['mining.officer'],
      Buffer.from('PK\u0003\u0004 not really a zip'),
      'x.xlsx',
    );
    const res = await q(START, tokens['mining.officer'], { input: { uploadId: broken } });
    expect(res.errors?.[0].extensions?.fields[0]).toMatchObject({
      field: 'input.uploadId',
      messageKey: 'import.fileUnreadable',
    });
  });

  it('cross-tenant: another union cannot read the job, its errors or the upload', async () => {
    const other = tokens['textile.admin'];
    const job = await q(JOB, other, { id: dryRunJob.id });
    expect(job.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const errors = await q(ERRORS, other, { id: dryRunJob.id, first: 10 });
    expect(errors.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await q(`{ memberImportJobs(first: 50) { totalCount edges { node { id } } } }`, other);
    expect(list.data?.memberImportJobs.totalCount).toBe(0);
    const own = await q(
      `{ memberImportJobs(first: 50) { totalCount edges { node { id } } } }`,
      tokens['mining.admin'],
    );
    expect(own.data?.memberImportJobs.totalCount).toBeGreaterThanOrEqual(6);
    const upload = await q(`query($id: ID!) { memberImportUpload(uploadId: $id) { headers } }`, other, {
      id: roster,
    });
    expect(upload.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const start = await q(START, other, { input: { uploadId: roster, dryRun: false } });
    expect(start.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // A federation sees the jobs of its unions (reading), but cannot start one without switching.
    const fed = await q(`{ memberImportJobs(first: 50) { totalCount } }`, tokens['city.officer']);
    expect(fed.data?.memberImportJobs.totalCount).toBe(own.data?.memberImportJobs.totalCount);
  });

  it('isolation: raw SQL in another union’s scope sees and changes none of the import rows', async () => {
    const pathOf = async (name: string) =>
      (
        await tenants.database.db.orm.em
          .getConnection()
          .execute('select id, tenant_path from tenants.tenant where name = ?', [name])
      )[0];
    const metro = await pathOf(METRO);
    const mining = await pathOf(MINING);
    const metroEm = members.database.db.forScope({
      id: metro.id,
      path: metro.tenant_path,
      kind: 'ENTERPRISE_UNION',
    });
    const miningEm = members.database.db.forScope({
      id: mining.id,
      path: mining.tenant_path,
      kind: 'ENTERPRISE_UNION',
    });
    for (const table of ['import_job', 'import_row_error']) {
      expect(await metroEm.execute(`select * from members.${table}`), table).toEqual([]);
      const own = await miningEm.execute(`select tenant_id from members.${table}`);
      expect(own.length, table).toBeGreaterThan(0);
      expect(own.every((r: any) => r.tenant_id === mining.id)).toBe(true);
    }
    await metroEm.transactional(async (tx) => {
      const res = await tx.execute(`update members.import_job set file_name = 'x'`, [], 'run');
      expect((res as unknown as { affectedRows: number }).affectedRows).toBe(0);
    });
    await expect(
      metroEm.transactional((tx) =>
        tx.execute(
          `insert into members.import_row_error (id, tenant_id, tenant_path, job_id, row_number, message_key)
           values (gen_random_uuid(), ?, ?, ?, 1, 'x')`,
          [mining.id, mining.tenant_path, dryRunJob.id],
        ),
      ),
    ).rejects.toThrow();
    const names = await sql(`select file_name from members.import_job where file_name = 'x'`);
    expect(names).toEqual([]);
    // The import may have the owner refresh the member tables' statistics; it returns nothing.
    await expect(
      metroEm.transactional((tx) => tx.execute('select members.refresh_member_stats() as r')),
    ).resolves.toEqual([{ r: '' }]);
  });
});
