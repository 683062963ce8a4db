import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  toBoolean,
  toDate,
  toGender,
  toHardship,
  toMobile,
  toName,
  toNationalId,
  toTags,
  toTeamPath,
} from '../src/modules/import/cells.js';
import { columnNames, fieldForHeader, headerKey, resolveMapping } from '../src/modules/import/columns.js';
import { ImportField } from '../src/modules/import/import.entity.js';
import { openTable } from '../src/modules/import/table-reader.js';
import { cleanFileName, UploadStore } from '../src/modules/import/uploads.js';

describe('cells', () => {
  it.each([
    ['2023-05-01'],
    ['2023/5/1'],
    ['2023.5.1'],
    ['2023年5月1日'],
    ['2023年05月01日'],
    ['20230501'],
    [' ２０２３－０５－０１ '],
    ['2023-5-01'],
    ['2023-05-01 00:00:00'],
    ['45047'],
    [45047],
    [45047.75],
    [20230501],
    [new Date(Date.UTC(2023, 4, 1))],
  ])('reads %s as 2023-05-01', (raw) => expect(toDate(raw as never)).toEqual({ value: '2023-05-01' }));

  it.each([['2023-13-01'], ['2023-02-29'], ['abc'], ['5/1/2023'], [3_000_000], ['1899-12-31'], [true]])(
    'refuses %s as a date',
    (raw) => expect(toDate(raw as never)).toEqual({ error: 'validation.date' }),
  );

  it('reads Excel serials before the leap day that never was', () => {
    expect(toDate(1)).toEqual({ value: '1900-01-01' });
    expect(toDate(61)).toEqual({ value: '1900-03-01' });
  });

  it('cleans names, ID numbers and phones as people type them', () => {
    expect(toName('\u3000李 秀 英 ')).toEqual({ value: '李秀英' });
    expect(toName(' 阿依古丽 · 买买提 ')).toEqual({ value: '阿依古丽·买买提' });
    expect(toName('John  Smith')).toEqual({ value: 'John Smith' });
    expect(toNationalId('１１０１０５１９４９１２３１００２Ｘ')).toEqual({ value: '11010519491231002X' });
    expect(toNationalId('11010519491231002x')).toEqual({ value: '11010519491231002X' });
    expect(toNationalId('110105194912310021')).toEqual({ error: 'validation.nationalId' });
    expect(toNationalId(110105194912310020)).toEqual({ error: 'import.idAsNumber' });
    expect(toMobile('+86 138-1234-5678')).toEqual({ value: '13812345678' });
    expect(toMobile(13812345678)).toEqual({ value: '13812345678' });
    expect(toMobile('0571-88888888')).toEqual({ error: 'validation.mobile' });
  });

  it('reads genders, yes/no, hardship, tags and team paths', () => {
    expect(toGender('男')).toEqual({ value: 'MALE' });
    expect(toGender('女性')).toEqual({ value: 'FEMALE' });
    expect(toGender('未知')).toEqual({ error: 'import.badGender' });
    expect(toBoolean('是')).toEqual({ value: true });
    expect(toBoolean('√')).toEqual({ value: true });
    expect(toBoolean('否')).toEqual({ value: false });
    expect(toBoolean('省级劳模', /劳模/)).toEqual({ value: true });
    expect(toBoolean('也许')).toEqual({ error: 'import.badBoolean' });
    expect(toHardship('深度困难')).toEqual({ value: 'SEVERE' });
    expect(toHardship('困难')).toEqual({ value: 'HARDSHIP' });
    expect(toHardship('否')).toEqual({ value: 'NONE' });
    expect(toHardship('富裕')).toEqual({ error: 'import.badHardship' });
    expect(toTags('骨干，志愿者、党员;骨干')).toEqual({ value: ['骨干', '志愿者', '党员'] });
    expect(toTeamPath(' 一车间／甲班 ')).toEqual({ value: ['一车间', '甲班'] });
    expect(toTeamPath('一车间 > 甲班')).toEqual({ value: ['一车间', '甲班'] });
  });
});

describe('columns', () => {
  it('knows the usual Chinese headers, with marks and hints around them', () => {
    expect(headerKey(' 身份证号码* （必填）')).toBe('身份证号码');
    expect(fieldForHeader('身份证号')).toBe(ImportField.NATIONAL_ID);
    expect(fieldForHeader('职工身份证号码')).toBe(ImportField.NATIONAL_ID);
    expect(fieldForHeader('联系电话')).toBe(ImportField.PHONE);
    expect(fieldForHeader('员工编号')).toBe(ImportField.EMPLOYEE_NO);
    expect(fieldForHeader('所在班组')).toBe(ImportField.TEAM);
    expect(fieldForHeader('入会日期(年/月/日)')).toBe(ImportField.JOINED_ON);
    expect(fieldForHeader('是否困难职工')).toBe(ImportField.HARDSHIP_STATUS);
    expect(fieldForHeader('备注')).toBeNull();
    expect(columnNames(['姓名', '', '备注', '备注'])).toEqual(['姓名', 'B', '备注', '备注 (2)']);
  });

  it('maps the first of two candidate columns, lets the caller move it, and names what is missing', () => {
    const columns = ['姓名', '手机', '联系电话', '工号'];
    const dflt = resolveMapping(columns, []);
    expect(dflt.mapping.map((m) => m.field)).toEqual(['NAME', 'PHONE', null, 'EMPLOYEE_NO']);
    expect(dflt.problems).toEqual([]);
    const moved = resolveMapping(columns, [{ column: '联系电话', field: ImportField.PHONE }]);
    expect(moved.mapping.map((m) => m.field)).toEqual(['NAME', null, 'PHONE', 'EMPLOYEE_NO']);
    const none = resolveMapping(columns, [
      { column: '姓名', field: null },
      { column: '工号', field: null },
    ]);
    expect(none.problems.map((p) => p.key)).toEqual(['import.nameNotMapped', 'import.keyNotMapped']);
    const twice = resolveMapping(columns, [
      { column: '手机', field: ImportField.NAME },
      { column: '联系电话', field: ImportField.NAME },
    ]);
    expect(twice.problems.map((p) => p.key)).toContain('import.fieldMappedTwice');
  });
});

describe('files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'frontline-import-units-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function rows(name: string, content: Buffer, kind: 'csv' | 'xlsx' = 'csv') {
    await writeFile(join(dir, name), content);
    const table = await openTable(join(dir, name), kind);
    const out: unknown[][] = [];
    for await (const r of table.rows) out.push([r.number, ...r.cells]);
    return { columns: table.columns, headerRow: table.headerRow, rows: out };
  }

  it('reads GB18030 CSV, tab-separated text and UTF-16, skipping title and blank rows', async () => {
    const text = '会员花名册\r\n\r\n姓名,工号\r\n张三,A1\r\n\r\n李四,"A,2"\r\n';
    expect(await rows('gbk.csv', iconv.encode(text, 'gb18030'))).toEqual({
      columns: ['姓名', '工号'],
      headerRow: 3,
      rows: [
        [4, '张三', 'A1'],
        [6, '李四', 'A,2'],
      ],
    });
    const tsv = await rows('text.txt', Buffer.from('姓名\t工号\r\n王五\tB1\r\n'));
    expect(tsv.rows).toEqual([[2, '王五', 'B1']]);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('姓名,工号\r\n赵六,C1\r\n', 'utf16le'),
    ]);
    expect((await rows('utf16.csv', utf16)).rows).toEqual([[2, '赵六', 'C1']]);
  });

  it('refuses a file with no header row', async () => {
    await expect(rows('empty.csv', Buffer.from('\r\n\r\n'))).rejects.toMatchObject({
      messageKey: 'import.emptyFile',
    });
    await expect(rows('one.csv', Buffer.from('只有一列\r\n'))).rejects.toMatchObject({
      messageKey: 'import.noHeader',
    });
  });

  it('stops an upload past its limit and keeps nothing of it', async () => {
    const store = new UploadStore(join(dir, 'uploads'), 1000);
    const tenant = '00000000-0000-4000-8000-000000000001';
    const big = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]) as unknown as IncomingMessage;
    await expect(store.save(tenant, tenant, 'big.csv', big)).rejects.toMatchObject({ status: 413 });
    expect(await readdir(join(dir, 'uploads', tenant))).toEqual([]);
    const ok = await store.save(
      tenant,
      tenant,
      'ok.csv',
      Readable.from([Buffer.from('姓名,工号\r\n')]) as never,
    );
    expect(await store.get(tenant, ok.uploadId)).toMatchObject({ kind: 'csv', size: 15, fileName: 'ok.csv' });
    expect(await store.get('00000000-0000-4000-8000-000000000002', ok.uploadId)).toBeNull();
    expect(await store.get(tenant, '../../etc/passwd')).toBeNull();
    // Old uploads are swept away (they hold ID numbers in clear).
    const old = new Date(Date.now() - 8 * 86_400_000);
    await utimes(store.filePath(ok), old, old);
    await utimes(join(dir, 'uploads', tenant, `${ok.uploadId}.json`), old, old);
    const fresh = await store.save(
      tenant,
      tenant,
      'new.csv',
      Readable.from([Buffer.from('姓名,工号\r\n')]) as never,
    );
    expect(await store.sweep(7 * 86_400_000)).toBe(2);
    expect(await store.get(tenant, ok.uploadId)).toBeNull();
    expect(await store.get(tenant, fresh.uploadId)).not.toBeNull();
    expect(cleanFileName('C:\\Users\\me\\花名册.xlsx')).toBe('花名册.xlsx');
    expect(cleanFileName('../../x\u0000.csv')).toBe('x.csv');
  });
});
