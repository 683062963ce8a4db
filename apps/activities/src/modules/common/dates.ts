import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Unions count days, months and quarters where they are, not in UTC. */
export const ZONE = 'Asia/Shanghai';

// Whole China days, shared by every subgraph (the kit's china-time); named as this service uses them.
export {
  addDays,
  chinaDay as today,
  chinaDayRange as periodBounds,
  isoDate,
  periodSchema,
} from '@frontline/subgraph-kit';

/** The month or quarter (China time) that contains `on`, as YYYY-MM-DD .. YYYY-MM-DD. */
export function periodContaining(kind: 'MONTH' | 'QUARTER', on: string): { from: string; to: string } {
  const d = dayjs.utc(on);
  const first =
    kind === 'MONTH' ? d.startOf('month') : d.month(Math.floor(d.month() / 3) * 3).startOf('month');
  const last = first.add(kind === 'MONTH' ? 1 : 3, 'month').subtract(1, 'day');
  return { from: first.format('YYYY-MM-DD'), to: last.format('YYYY-MM-DD') };
}

export { dayjs };
