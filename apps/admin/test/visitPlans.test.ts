import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  createPlanInput,
  customKindChoices,
  kindChanges,
  periodLabel,
  periodStart,
  planFormValues,
  progressRows,
  updatePlanInput,
} from '../src/activities/plans';

const plan = {
  __typename: 'VisitPlan' as const,
  id: 'p1',
  name: '班组月度走访',
  periodKind: 'MONTH' as const,
  targetPerTeam: 2,
  teamIds: ['u-t1', 'u-t2'],
  startsOn: '2026-01-01',
  endsOn: null,
  active: true,
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
};

describe('visit plan form → input', () => {
  it('creates with a trimmed name, teams once each, dates as YYYY-MM-DD and no end when open-ended', () => {
    const values = {
      ...planFormValues(),
      name: '  季度走访 ',
      periodKind: 'QUARTER' as const,
      targetPerTeam: 3,
      teamIds: ['u-t1', 'u-t2', 'u-t1'],
      startsOn: dayjs('2026-04-01'),
      endsOn: null,
    };
    expect(createPlanInput(values)).toEqual({
      name: '季度走访',
      periodKind: 'QUARTER',
      targetPerTeam: 3,
      teamIds: ['u-t1', 'u-t2'],
      startsOn: '2026-04-01',
    });
    expect(createPlanInput({ ...values, endsOn: dayjs('2026-12-31') }).endsOn).toBe('2026-12-31');
  });

  it('updates with the version read, the active flag, and endsOn null to clear the end', () => {
    const values = planFormValues({ ...plan, endsOn: '2026-06-30' });
    expect(values.endsOn?.format('YYYY-MM-DD')).toBe('2026-06-30');
    expect(updatePlanInput(plan, { ...values, endsOn: null, active: false })).toEqual({
      id: 'p1',
      version: 3,
      name: '班组月度走访',
      periodKind: 'MONTH',
      targetPerTeam: 2,
      teamIds: ['u-t1', 'u-t2'],
      startsOn: '2026-01-01',
      endsOn: null,
      active: false,
    });
  });

  it('starts a new plan this month, monthly, one visit per team, active', () => {
    const v = planFormValues();
    expect(v).toMatchObject({
      periodKind: 'MONTH',
      targetPerTeam: 1,
      teamIds: [],
      active: true,
      endsOn: null,
    });
    expect(v.startsOn.date()).toBe(1);
  });
});

describe('plan periods', () => {
  it('asks for the first day of the month or quarter containing the chosen day', () => {
    expect(periodStart('MONTH', dayjs('2026-11-28'))).toBe('2026-11-01');
    expect(periodStart('QUARTER', dayjs('2026-11-28'))).toBe('2026-10-01');
    expect(periodStart('QUARTER', dayjs('2026-03-31'))).toBe('2026-01-01');
    expect(periodStart('QUARTER', dayjs('2026-04-01'))).toBe('2026-04-01');
  });

  it('labels a month as YYYY-MM and a quarter as YYYY Qn', () => {
    expect(periodLabel('MONTH', '2026-11-01')).toBe('2026-11');
    expect(periodLabel('QUARTER', '2026-07-01')).toBe('2026 Q3');
  });
});

describe('plan progress rows', () => {
  const team = (id: string, name: string, visits: number, target = 2) => ({
    visits,
    target,
    met: visits >= target,
    team: { id, name },
  });

  it('puts teams behind first, furthest behind first, then names in pinyin order', () => {
    const rows = progressRows([
      team('a', '甲班', 3),
      team('b', '乙班', 0),
      team('c', '丙班', 1),
      team('d', '丁班', 2),
      team('e', '安全班', 0),
    ]);
    // 安全班 (an) and 乙班 (yi) both have no visit; 丙班 has one; met ones last.
    expect(rows.map((r) => r.name)).toEqual(['安全班', '乙班', '丙班', '丁班', '甲班']);
    expect(rows.map((r) => r.met)).toEqual([false, false, false, true, true]);
  });

  it('names teams from the unit tree when it knows them (with the unit above), else as the server says', () => {
    const rows = progressRows([team('a', '甲班', 0), team('x', '丙班', 0)], (id) =>
      id === 'a' ? '综采一队 / 甲班' : undefined,
    );
    expect(rows.find((r) => r.teamId === 'a')?.name).toBe('综采一队 / 甲班');
    expect(progressRows([{ visits: 0, target: 1, met: false, team: { id: 'z', name: null } }])[0].name).toBe(
      'z',
    );
  });
});

describe('own activity kinds in the activity form', () => {
  const kinds = [
    { id: 'k1', name: '读书会', archived: false },
    { id: 'k2', name: '安康杯竞赛', archived: false },
    { id: 'k3', name: '旧类型', archived: true },
  ];

  it('offers the active kinds in pinyin order', () => {
    expect(customKindChoices(kinds)).toEqual([
      { value: 'k2', label: '安康杯竞赛' },
      { value: 'k1', label: '读书会' },
    ]);
  });

  it("keeps an activity's own kind when archived since, or when no longer listed at all", () => {
    expect(customKindChoices(kinds, { id: 'k3', name: '旧类型' }).map((c) => c.value)).toEqual([
      'k2',
      'k1',
      'k3',
    ]);
    expect(customKindChoices([], { id: 'k9', name: '已删除' })).toEqual([{ value: 'k9', label: '已删除' }]);
  });

  it('leaves an unchanged kind out of an update (the server would check an archived one again)', () => {
    expect(kindChanges({ kind: 'OTHER', customKindId: 'k3' }, { kind: 'OTHER', customKindId: 'k3' })).toEqual(
      {},
    );
    expect(kindChanges({ kind: 'EVENT', customKindId: null }, { kind: 'EVENT', customKindId: 'k1' })).toEqual(
      {},
    );
    expect(kindChanges({ kind: 'OTHER', customKindId: 'k3' }, { kind: 'OTHER', customKindId: 'k1' })).toEqual(
      {
        kind: 'OTHER',
        customKindId: 'k1',
      },
    );
    expect(kindChanges({ kind: 'OTHER', customKindId: 'k3' }, { kind: 'EVENT', customKindId: 'k3' })).toEqual(
      {
        kind: 'EVENT',
        customKindId: null,
      },
    );
  });
});
