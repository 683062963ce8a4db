import { chinaDay, endOfChinaDay } from '@frontline/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './working-calendar.js';

const calendar = new WorkingCalendar();

describe('working calendar (Chinese official calendar)', () => {
  it('knows 2026 Spring Festival days off and the make-up Saturdays around them', () => {
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday, worked in exchange
    for (const d of ['2026-02-15', '2026-02-17', '2026-02-20', '2026-02-23'])
      expect(calendar.isWorkingDay(d)).toBe(false);
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true); // Saturday, worked in exchange
    expect(calendar.describe('2026-02-16').holiday).toBe('春节');
  });

  it('counts deadlines across Spring Festival: Friday + 2 working days lands after the holiday', () => {
    // Fri 13 Feb -> Sat 14 Feb (make-up day) -> 15..23 off -> Tue 24 Feb.
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    // Ten working days from the eve of the holiday, with the make-up Saturday 28 Feb counted.
    expect(calendar.addWorkingDays('2026-02-13', 10)).toBe('2026-03-05');
  });

  it('counts deadlines across National Day and Mid-Autumn with their make-up days', () => {
    // 2026: Sun 20 Sep and Sat 10 Oct are worked; 25–27 Sep (Mid-Autumn) and 1–7 Oct are off.
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(calendar.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(calendar.addWorkingDays('2026-09-24', 2)).toBe('2026-09-29');
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-12')).toBe(4);
  });

  it('a case received on a holiday starts counting on the next working day', () => {
    expect(calendar.addWorkingDays('2026-10-03', 1)).toBe('2026-10-08');
  });

  it('ends a deadline at midnight China time, whatever the server’s zone', () => {
    // 23:30 UTC on 1 Mar is already 2 Mar in China.
    expect(chinaDay(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(endOfChinaDay('2026-02-24').toISOString()).toBe('2026-02-24T15:59:59.999Z');
    expect(calendar.deadline(new Date('2026-02-13T02:00:00Z'), 2).toISOString()).toBe(
      '2026-02-24T15:59:59.999Z',
    );
  });

  it('lets a tenant correct or extend the official data (e.g. next year’s notice)', () => {
    const corrected = new WorkingCalendar([
      { date: '2027-01-01', working: false },
      { date: '2026-02-14', working: false },
    ]);
    expect(corrected.isWorkingDay('2027-01-01')).toBe(false);
    expect(corrected.addWorkingDays('2026-02-13', 1)).toBe('2026-02-24');
  });
});
