import { createRequire } from 'node:module';
import { addDays, chinaDay, endOfChinaDay } from '@frontline/subgraph-kit';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

/**
 * China's official calendar: public holidays and the weekend days that are worked in exchange
 * (调休), from the maintained `chinese-days` package (State Council notices, updated each year).
 */
const official = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

/** A tenant's correction to the official calendar, e.g. next year's notice before the package has it. */
export interface CalendarOverride {
  date: string;
  working: boolean;
}

/** Years the official data covers; outside them only weekends count (and overrides). */
export const officialYears = [...new Set(Object.keys(official.holidays).map((d) => d.slice(0, 4)))].sort();

/**
 * Working days on the Chinese calendar: Monday to Friday, except public holidays, plus the
 * make-up working days. Overrides (later ones win) correct or extend the official data.
 */
export class WorkingCalendar {
  readonly #overrides = new Map<string, boolean>();

  constructor(overrides: CalendarOverride[] = []) {
    for (const o of overrides) this.#overrides.set(o.date, o.working);
  }

  isWorkingDay(day: string): boolean {
    const override = this.#overrides.get(day);
    if (override !== undefined) return override;
    if (official.workdays[day]) return true;
    if (official.holidays[day]) return false;
    const weekday = dayjs.utc(day).day();
    return weekday !== 0 && weekday !== 6;
  }

  /** The official name of a holiday or make-up day (zh-CN), if any. */
  describe(day: string): { holiday?: string; makeUpWorkday?: string } {
    const name = (raw?: string) => raw?.split(',')[1];
    return { holiday: name(official.holidays[day]), makeUpWorkday: name(official.workdays[day]) };
  }

  /**
   * The `n`th working day after `day` (the day itself is not counted: a case received on Friday
   * with one working day to answer is due on Monday, or on the make-up Saturday if there is one).
   */
  addWorkingDays(day: string, n: number): string {
    let current = day;
    let left = n;
    // A long holiday is at most ~10 days; a year of lookahead means the data is broken.
    for (let guard = 0; left > 0; guard++) {
      if (guard > 366) throw new Error(`no working day within a year after ${day}`);
      current = addDays(current, 1);
      if (this.isWorkingDay(current)) left--;
    }
    return current;
  }

  /** Deadline instant: end of the `n`th working day (China time) after the instant `from`. */
  deadline(from: Date, workingDays: number): Date {
    return endOfChinaDay(this.addWorkingDays(chinaDay(from), workingDays));
  }

  /** Working days between two China days, counting `to` but not `from`. */
  workingDaysBetween(from: string, to: string): number {
    let count = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkingDay(d)) count++;
    return count;
  }
}
