import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  caseListFromParams,
  caseListToParams,
  deadlineStatus,
  deadlineTag,
  defaultPeriod,
  fillMonths,
  formatFen,
  formatHours,
  formatRate,
  toCaseFilter,
  yuanToFen,
} from '../src/cases/caseModel';
import { collapseIndices } from '../src/cases/useCaseErrors';

describe('yuan and fen', () => {
  it('turns typed yuan into whole fen without floating-point drift', () => {
    expect(yuanToFen('1')).toBe(100);
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('0.29')).toBe(29);
    expect(yuanToFen('1234.56')).toBe(123456);
    expect(yuanToFen('1,234.5')).toBe(123450);
    expect(yuanToFen(19.99)).toBe(1999);
    expect(yuanToFen(' 8 ')).toBe(800);
  });

  it('refuses what is not an amount', () => {
    expect(yuanToFen('')).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('-5')).toBeNull();
    expect(yuanToFen(null)).toBeNull();
    expect(yuanToFen(undefined)).toBeNull();
  });

  it('shows fen as yuan with two decimals and separators', () => {
    expect(formatFen(0)).toBe('0.00');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(123456)).toBe('1,234.56');
    expect(formatFen(100000000)).toBe('1,000,000.00');
    expect(formatFen(-250)).toBe('-2.50');
  });

  it('round-trips', () => {
    for (const fen of [1, 99, 100, 1999, 50000, 123456789]) expect(yuanToFen(formatFen(fen))).toBe(fen);
  });
});

describe('deadline tags', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it('takes the server state when given', () => {
    expect(deadlineTag('OVERDUE', null, now)).toEqual({ state: 'OVERDUE', color: 'red' });
    expect(deadlineTag('DUE_SOON', '2030-01-01T00:00:00Z', now)).toEqual({
      state: 'DUE_SOON',
      color: 'orange',
    });
  });
  it('works it out from the due time otherwise (48 hours make "due soon")', () => {
    expect(deadlineTag(null, '2026-05-31T23:00:00Z', now)?.state).toBe('OVERDUE');
    expect(deadlineTag(null, '2026-06-02T23:00:00Z', now)?.state).toBe('DUE_SOON');
    expect(deadlineTag(null, '2026-06-03T00:00:01Z', now)?.state).toBe('ON_TIME');
    expect(deadlineTag(null, null, now)).toBeNull();
    expect(deadlineTag(undefined, 'not a date', now)).toBeNull();
  });
  it('says whether a deadline was met, missed or still runs', () => {
    const due = '2026-06-05T00:00:00Z';
    expect(deadlineStatus(due, '2026-06-04T00:00:00Z', false, now)).toBe('MET');
    expect(deadlineStatus(due, '2026-06-06T00:00:00Z', false, now)).toBe('LATE');
    expect(deadlineStatus(due, null, false, now)).toBe('ON_TIME');
    expect(deadlineStatus('2026-05-30T00:00:00Z', null, false, now)).toBe('OVERDUE');
    expect(deadlineStatus('2026-05-30T00:00:00Z', null, true, now)).toBe('NONE');
  });
});

describe('figures', () => {
  const units = { h: 'h', d: 'd' };
  it('formats hours, days and rates', () => {
    expect(formatHours(null, units)).toBe('—');
    expect(formatHours(3.25, units)).toBe('3.3 h');
    expect(formatHours(96, units)).toBe('4.0 d');
    expect(formatRate(null)).toBe('—');
    expect(formatRate(0.8333)).toBe('83.3%');
    expect(formatRate(1)).toBe('100.0%');
  });
  it('defaults to the last 12 months', () => {
    const [from, to] = defaultPeriod(dayjs('2026-11-28'));
    expect(from.format('YYYY-MM-DD')).toBe('2025-12-01');
    expect(to.format('YYYY-MM-DD')).toBe('2026-11-28');
  });
});

describe('months of a period', () => {
  it('fills the months the API has no figures for', () => {
    const rows = [
      { month: '2026-01', received: 3 },
      { month: '2026-03', received: 5 },
    ];
    expect(fillMonths('2025-12-15', '2026-03-02', rows, (month) => ({ month, received: 0 }))).toEqual([
      { month: '2025-12', received: 0 },
      { month: '2026-01', received: 3 },
      { month: '2026-02', received: 0 },
      { month: '2026-03', received: 5 },
    ]);
  });
});

describe('inbox state in the URL', () => {
  it('reads tab, filters and size, dropping what is not valid', () => {
    const params = new URLSearchParams(
      'tab=MINE&kind=HARDSHIP&kind=BOGUS&status=RECEIVED&deadline=OVERDUE&text=%20工伤%20&receivedFrom=2026-01-01&receivedTo=junk&size=50&tenantId=t1',
    );
    const state = caseListFromParams(params);
    expect(state).toEqual({
      tab: 'MINE',
      filters: {
        kind: ['HARDSHIP'],
        status: ['RECEIVED'],
        deadline: 'OVERDUE',
        text: '工伤',
        receivedFrom: '2026-01-01',
        tenantId: 't1',
      },
      order: 'URGENCY',
      pageSize: 50,
    });
    expect(caseListFromParams(caseListToParams(state))).toEqual(state);
  });
  it('leaves defaults out of the URL', () => {
    expect(
      caseListToParams({ tab: 'HANDLED_HERE', filters: {}, order: 'URGENCY', pageSize: 20 }).toString(),
    ).toBe('');
    expect(caseListFromParams(new URLSearchParams('tab=NOPE')).tab).toBe('HANDLED_HERE');
    expect(caseListFromParams(new URLSearchParams('order=NEWEST')).order).toBe('NEWEST');
    expect(caseListFromParams(new URLSearchParams('order=SIDEWAYS')).order).toBe('URGENCY');
  });
  it('builds the API filter: the tab is the scope, ALL has none', () => {
    expect(toCaseFilter({ tab: 'ALL', filters: {} })).toEqual({});
    expect(
      toCaseFilter({ tab: 'ESCALATED_FROM_HERE', filters: { text: ' x ', deadline: 'DUE_SOON' } }),
    ).toEqual({
      scope: 'ESCALATED_FROM_HERE',
      text: 'x',
      deadline: 'DUE_SOON',
    });
  });
});

describe('server field paths', () => {
  it('puts a list item error under the list field', () => {
    expect(collapseIndices('input.memberIds.2')).toBe('input.memberIds');
    expect(collapseIndices('input.summary')).toBe('input.summary');
  });
});
