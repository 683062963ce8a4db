import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../src/lib/format';
import { listStateFromParams, listStateToParams, toMemberFilter } from '../src/members/listState';
import { isEmptyUpdate, type MemberDetail, toCreateInput, toUpdateInput } from '../src/members/memberInput';
import { isMobile, nationalIdCheckChar, readNationalId } from '../src/members/nationalId';
import { buildUnitTree, childKind, subtreeIds, unitOptions } from '../src/orgUnits/unitTree';
import { memberDetail, units } from './memberFixtures';

describe('national ID helpers', () => {
  it('computes the GB 11643 check character', () => {
    expect(nationalIdCheckChar('11010519491231002')).toBe('X');
    expect(nationalIdCheckChar('44052419800101001')).toBe('3');
  });

  it('reads birth date and gender from a well-formed number only', () => {
    expect(readNationalId('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: 'FEMALE' });
    expect(readNationalId(' 440524198001010013 ')).toEqual({ birthDate: '1980-01-01', gender: 'MALE' });
    expect(readNationalId('4405241980010100')).toBeNull();
    expect(readNationalId('44052419800101001Y')).toBeNull();
  });

  it('accepts mainland mobile numbers with spaces, dashes and +86', () => {
    expect(isMobile('13800138000')).toBe(true);
    expect(isMobile('+86 138-0013-8000')).toBe(true);
    expect(isMobile('12800138000')).toBe(false);
    expect(isMobile('1380013800')).toBe(false);
  });
});

describe('member list state', () => {
  it('round-trips filters, sort and page size through the URL', () => {
    const state = {
      filters: {
        search: '王',
        orgUnitId: 'u-1',
        status: ['ACTIVE' as const, 'SUSPENDED' as const],
        gender: 'FEMALE' as const,
        ageBand: 'UNDER_30' as const,
        migrantWorker: false,
        hardship: true,
        tag: '退役军人',
      },
      sort: { orderBy: 'JOINED_ON' as const, direction: 'DESC' as const },
      pageSize: 100,
    };
    expect(listStateFromParams(listStateToParams(state))).toEqual(state);
  });

  it('ignores unknown values and defaults to name order, 20 a page', () => {
    const state = listStateFromParams(
      new URLSearchParams('status=NOPE&gender=X&size=7&sort=EVIL&search=%20%20'),
    );
    expect(state).toEqual({ filters: {}, sort: { orderBy: 'NAME', direction: 'ASC' }, pageSize: 20 });
    expect(listStateToParams(state).toString()).toBe('');
  });

  it('sends no filter for an empty bar and trims text', () => {
    expect(toMemberFilter({})).toBeNull();
    expect(toMemberFilter({ search: '  li ', status: [], modelWorker: false })).toEqual({
      search: 'li',
      modelWorker: false,
    });
  });
});

describe('member inputs', () => {
  const member = memberDetail() as unknown as MemberDetail;

  it('creates with trimmed text, dates as YYYY-MM-DD and nothing left empty', () => {
    expect(
      toCreateInput({
        name: ' 王芳 ',
        nationalId: '11010519491231002x',
        joinedOn: dayjs('2024-02-29'),
        employeeNo: '  ',
        hardshipStatus: 'HARDSHIP',
        hardshipNote: ' 重病 ',
        tags: [' 退役军人 ', '退役军人', ''],
      }),
    ).toEqual({
      name: '王芳',
      nationalId: '11010519491231002X',
      joinedOn: '2024-02-29',
      migrantWorker: false,
      modelWorker: false,
      hardshipStatus: 'HARDSHIP',
      hardshipNote: '重病',
      tags: ['退役军人'],
    });
  });

  it('updates only what changed, clearing emptied text', () => {
    const input = toUpdateInput(member, {
      name: '王芳',
      employeeNo: '',
      jobType: '采掘',
      shiftPattern: '常白班',
      joinedOn: dayjs('2015-03-01'),
      migrantWorker: true,
      modelWorker: false,
      hardshipStatus: 'NONE',
      tags: [],
    });
    expect(input).toEqual({
      id: 'm-1',
      version: 3,
      employeeNo: '',
      shiftPattern: '常白班',
      migrantWorker: true,
    });
  });

  it('lets a new ID number decide gender and birth date', () => {
    const input = toUpdateInput(member, {
      ...{ name: '王芳', jobType: '采掘', shiftPattern: '三班倒', employeeNo: 'KY10001', tags: [] },
      nationalId: '440524198001010013',
      gender: 'MALE',
      birthDate: dayjs('1980-01-01'),
    });
    expect(input).toEqual({ id: 'm-1', version: 3, nationalId: '440524198001010013' });
    expect(
      isEmptyUpdate(
        toUpdateInput(member, {
          name: '王芳',
          jobType: '采掘',
          shiftPattern: '三班倒',
          employeeNo: 'KY10001',
        }),
      ),
    ).toBe(true);
  });
});

describe('org unit tree helpers', () => {
  it('nests by parent with siblings in pinyin order', () => {
    const roots = buildUnitTree(units);
    expect(roots.map((r) => r.unit.name)).toEqual(['选煤厂', '一号矿井']);
    expect(roots[1].children[0].children.map((c) => c.unit.name)).toEqual(['甲班', '乙班']);
  });

  it('knows the usual kind below a unit and the subtree of a unit', () => {
    expect(childKind(null)).toBe('BRANCH');
    expect(childKind({ kind: 'BRANCH' })).toBe('WORKSHOP');
    expect(childKind({ kind: 'WORKSHOP' })).toBe('TEAM');
    expect([...subtreeIds(units, 'u-b')].sort()).toEqual(['u-b', 'u-t1', 'u-t2', 'u-w']);
  });

  it('groups a federation’s units by union and can leave a subtree out', () => {
    const other = { ...units[0], id: 'x-b', tenantId: 't-b', name: '运营一分公司' };
    const options = unitOptions([...units, other], {
      unionNames: new Map([
        ['t-a', '甲公司工会'],
        ['t-b', '乙公司工会'],
      ]),
      exclude: new Set(['u-w']),
      selectable: (u) => u.kind !== 'TEAM',
    });
    expect(options.map((o) => [o.title, o.selectable])).toEqual([
      ['甲公司工会', false],
      ['乙公司工会', false],
    ]);
    expect(options[0].children.map((c) => c.title)).toEqual(['选煤厂', '一号矿井']);
    expect(options[0].children[1].children).toEqual([]);
  });
});

describe('dates', () => {
  it('formats as YYYY-MM-DD', () => {
    expect(formatDate('2026-03-01')).toBe('2026-03-01');
    expect(formatDate(new Date(2026, 2, 1, 23, 30).toISOString())).toBe('2026-03-01');
    expect(formatDate(null)).toBe('');
  });
});
