import { describe, expect, it } from 'vitest';
import {
  attendeesOf,
  buildRoster,
  byDay,
  checkinApiUrl,
  checkinOutcome,
  coverageCounts,
  daysSince,
  formatRate,
  listFromParams,
  listToParams,
  recencyOf,
  toActivityFilter,
  visitTitle,
} from '../src/activities/model';

describe('recency of the last visit', () => {
  const now = new Date(2026, 10, 28, 9, 0); // 2026-11-28 local

  it('is grey when never visited (or unreadable)', () => {
    expect(recencyOf(null, now)).toBe('NEVER');
    expect(recencyOf(undefined, now)).toBe('NEVER');
    expect(recencyOf('not a date', now)).toBe('NEVER');
  });

  it('is green up to 30 days, amber to 90, red beyond (calendar days)', () => {
    expect(recencyOf(new Date(2026, 10, 28, 8, 0).toISOString(), now)).toBe('RECENT');
    expect(recencyOf(new Date(2026, 9, 29, 23, 59).toISOString(), now)).toBe('RECENT'); // 30 days
    expect(recencyOf(new Date(2026, 9, 28, 0, 1).toISOString(), now)).toBe('AMBER'); // 31 days
    expect(recencyOf(new Date(2026, 7, 30, 12, 0).toISOString(), now)).toBe('AMBER'); // 90 days
    expect(recencyOf(new Date(2026, 7, 29, 12, 0).toISOString(), now)).toBe('OLD'); // 91 days
  });

  it('counts whole days and never negative (a visit later today)', () => {
    expect(daysSince(new Date(2026, 10, 27, 23, 0).toISOString(), now)).toBe(1);
    expect(daysSince(new Date(2026, 10, 28, 20, 0).toISOString(), now)).toBe(0);
  });
});

describe('coverage counts', () => {
  it('counts visited teams among the given teams only', () => {
    expect(coverageCounts(['a', 'b', 'c', 'd'], new Set(['a', 'c', 'x']))).toEqual({
      total: 4,
      visited: 2,
      rate: 0.5,
    });
    expect(coverageCounts([], new Set(['a']))).toEqual({ total: 0, visited: 0, rate: null });
  });

  it('formats rates with one decimal', () => {
    expect(formatRate(4 / 7)).toBe('57.1%');
    expect(formatRate(null)).toBe('—');
    expect(formatRate(1)).toBe('100%');
  });
});

describe('check-in roster', () => {
  it('keeps members with an employee number, each member and number once, trimmed, with the team', () => {
    const roster = buildRoster([
      { id: 'm1', name: ' 张三 ', employeeNo: ' KY001 ', orgUnitId: 't1' },
      { id: 'm2', name: '李四', employeeNo: null, orgUnitId: 't1' },
      { id: 'm3', name: '王五', employeeNo: '', orgUnitId: 't1' },
      { id: 'm1', name: '张三', employeeNo: 'KY001', orgUnitId: 't2' },
      { id: 'm4', name: '赵六', employeeNo: 'ky001', orgUnitId: 't2' },
      { id: 'm5', name: '钱七', employeeNo: 'KY005' },
    ]);
    expect(roster).toEqual([
      { memberId: 'm1', employeeNo: 'KY001', name: '张三', teamId: 't1' },
      { memberId: 'm5', employeeNo: 'KY005', name: '钱七' },
    ]);
  });

  it('lists attendees once each, under the team they were added with', () => {
    expect(
      attendeesOf(
        [
          { id: 'm1', name: '张三', orgUnitId: 'w1' },
          { id: 'm1', name: '张三', orgUnitId: 'w1' },
          { id: 'm2', name: '李四' },
        ],
        't1',
      ),
    ).toEqual([
      { memberId: 'm1', name: '张三', teamId: 't1' },
      { memberId: 'm2', name: '李四', teamId: 't1' },
    ]);
  });
});

describe('check-in answers', () => {
  it('reads the server code first, then the status', () => {
    expect(checkinOutcome(200)).toBe('SUCCESS');
    expect(checkinOutcome(409, 'DUPLICATE')).toBe('DUPLICATE');
    expect(checkinOutcome(422, 'NAMEMISMATCH')).toBe('NAME_MISMATCH');
    expect(checkinOutcome(404, 'UNKNOWNEMPLOYEENO')).toBe('UNKNOWN_EMPLOYEE_NO');
    expect(checkinOutcome(410, 'CLOSED')).toBe('CLOSED');
    expect(checkinOutcome(410)).toBe('EXPIRED');
    expect(checkinOutcome(400, 'INVALIDCODE')).toBe('INVALID_CODE');
    expect(checkinOutcome(429)).toBe('RATE_LIMITED');
    expect(checkinOutcome(502)).toBe('ERROR');
  });

  it('puts the check-in route beside the gateway GraphQL endpoint', () => {
    expect(checkinApiUrl('http://127.0.0.1:4000/graphql', 'a.b-c_d')).toBe(
      'http://127.0.0.1:4000/checkin/a.b-c_d',
    );
  });
});

describe('activity list state', () => {
  it('round-trips through the URL and drops unknown enum values', () => {
    const params = new URLSearchParams(
      'view=calendar&kind=EVENT&status=BOGUS&teamId=t1&search=食堂&month=2026-11',
    );
    const state = listFromParams(params);
    expect(state).toEqual({
      view: 'calendar',
      kind: 'EVENT',
      teamId: 't1',
      search: '食堂',
      month: '2026-11',
    });
    expect(listFromParams(listToParams(state))).toEqual(state);
  });

  it('asks the calendar for its month and the days around it, within the chosen dates', () => {
    expect(toActivityFilter({ view: 'calendar', month: '2026-11' })).toEqual({
      from: '2026-10-25',
      to: '2026-12-14',
    });
    expect(toActivityFilter({ view: 'calendar', month: '2026-11', from: '2026-11-10' })).toMatchObject({
      from: '2026-11-10',
    });
    expect(
      toActivityFilter({ view: 'table', kind: 'EVENT', status: 'DONE', memberId: 'm', search: '  ' }),
    ).toEqual({ kinds: ['EVENT'], statuses: ['DONE'], memberId: 'm' });
  });

  it('groups activities by local day in start order', () => {
    const a = { id: 'a', startsAt: new Date(2026, 10, 3, 15).toISOString() };
    const b = { id: 'b', startsAt: new Date(2026, 10, 3, 9).toISOString() };
    const c = { id: 'c', startsAt: new Date(2026, 10, 4, 9).toISOString() };
    const days = byDay([a, c, b]);
    expect([...days.keys()]).toEqual(['2026-11-03', '2026-11-04']);
    expect(days.get('2026-11-03')?.map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('titles a quick visit by its teams, shortened beyond three', () => {
    const title = (teams: string) => `走访 ${teams}`;
    expect(visitTitle(['甲班', '乙班'], title)).toBe('走访 甲班、乙班');
    expect(visitTitle(['甲班', '乙班', '丙班', '丁班'], title)).toBe('走访 甲班、乙班、丙班…');
  });
});
