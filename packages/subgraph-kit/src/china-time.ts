import { z } from 'zod';

/**
 * Unions count days, months and periods where they are: China time, UTC+8 all year (no daylight
 * saving), so a fixed offset is exact. Days are `YYYY-MM-DD` strings.
 */
const UTC8_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The calendar day in China at an instant (today by default). */
export function chinaDay(at: Date = new Date()): string {
  return new Date(at.getTime() + UTC8_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight at the start of a China calendar day, as an instant. */
export function startOfChinaDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - UTC8_OFFSET_MS);
}

/** The last millisecond of a China calendar day, as an instant. */
export function endOfChinaDay(day: string): Date {
  return new Date(startOfChinaDay(day).getTime() + DAY_MS - 1);
}

/** [from 00:00, the day after `to` 00:00) in China time: a period of whole local days. */
export function chinaDayRange(from: string, to: string): { start: Date; end: Date } {
  return { start: startOfChinaDay(from), end: new Date(startOfChinaDay(to).getTime() + DAY_MS) };
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` input that is a real calendar day (field error `validation.date`). */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine((s) => {
    const t = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
  }, 'validation.date');

/** A period of days, `to` not before `from` (field error on `to`). */
export const periodSchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'validation.periodOrder', path: ['to'] });
