import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { z } from 'zod';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Unions count days, months and quarters where they are, not in UTC. */
export const ZONE = 'Asia/Shanghai';

export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine((s) => dayjs.utc(s, 'YYYY-MM-DD').format('YYYY-MM-DD') === s, 'validation.date');

export const periodSchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'validation.periodOrder', path: ['to'] });

/** [from 00:00, day after `to` 00:00) in China time, as instants: a period of whole local days. */
export function periodBounds(from: string, to: string): { start: Date; end: Date } {
  return {
    start: dayjs.tz(from, ZONE).toDate(),
    end: dayjs.tz(to, ZONE).add(1, 'day').toDate(),
  };
}

/** Today in China as YYYY-MM-DD. */
export function today(at: Date = new Date()): string {
  return dayjs(at).tz(ZONE).format('YYYY-MM-DD');
}

export function addDays(on: string, days: number): string {
  return dayjs.utc(on).add(days, 'day').format('YYYY-MM-DD');
}

/** The month or quarter (China time) that contains `on`, as YYYY-MM-DD .. YYYY-MM-DD. */
export function periodContaining(kind: 'MONTH' | 'QUARTER', on: string): { from: string; to: string } {
  const d = dayjs.utc(on);
  const first =
    kind === 'MONTH' ? d.startOf('month') : d.month(Math.floor(d.month() / 3) * 3).startOf('month');
  const last = first.add(kind === 'MONTH' ? 1 : 3, 'month').subtract(1, 'day');
  return { from: first.format('YYYY-MM-DD'), to: last.format('YYYY-MM-DD') };
}

export { dayjs };
