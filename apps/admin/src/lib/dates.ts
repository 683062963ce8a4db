import dayjs, { type Dayjs } from 'dayjs';

/** Every date the API takes or gives is a plain calendar date in this format. */
export const DATE_FORMAT = 'YYYY-MM-DD';

export function toDay(value: string | null | undefined): Dayjs | undefined {
  if (!value) return undefined;
  const day = dayjs(value);
  return day.isValid() ? day : undefined;
}

export function fromDay(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format(DATE_FORMAT) : undefined;
}

export function today(): Dayjs {
  return dayjs().startOf('day');
}

/** Today as YYYY-MM-DD (local time). */
export function todayText(): string {
  return dayjs().format(DATE_FORMAT);
}
