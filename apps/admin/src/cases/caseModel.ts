import dayjs, { type Dayjs } from 'dayjs';
import type {
  CaseAction,
  CaseFilter,
  CaseKind,
  CaseOrder,
  CasePriority,
  CaseScopeFilter,
  CaseSource,
  CaseStatus,
  DeadlineState,
  Satisfaction,
} from '../gql/graphql';

export const CASE_KINDS: CaseKind[] = [
  'NEED',
  'GRIEVANCE',
  'HARDSHIP',
  'SUGGESTION',
  'CONSULTATION',
  'LEGAL_AID',
];
export const CASE_STATUSES: CaseStatus[] = [
  'RECEIVED',
  'ACCEPTED',
  'IN_PROGRESS',
  'RESOLVED',
  'CALLBACK_DONE',
  'CLOSED',
  'REJECTED',
  'REOPENED',
];
export const CASE_PRIORITIES: CasePriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
/** FEDERATION_DISPATCH is set by the server when a federation hands a case down. */
export const CASE_SOURCES: CaseSource[] = ['WALK_IN', 'VISIT', 'HOTLINE', 'ONLINE'];
export const SATISFACTIONS: Satisfaction[] = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'];
/** The order action buttons are shown in: the next step of the workflow first. */
export const CASE_ACTIONS: CaseAction[] = [
  'ACCEPT',
  'START',
  'RESOLVE',
  'RECORD_CALLBACK',
  'CLOSE',
  'ESCALATE',
  'DISPATCH',
  'ASSIGN',
  'ADD_ASSISTANCE',
  'UPDATE',
  'COMMENT',
  'REOPEN',
  'REJECT',
];
export const PAGE_SIZES = [20, 50, 100] as const;
/** URGENCY (overdue first, then by the next deadline) is the inbox's default. */
export const CASE_ORDERS: CaseOrder[] = ['URGENCY', 'NEWEST', 'OLDEST'];

/** The inbox tabs: a scope of the filter, or everything the caller can see. */
export type CaseTab = CaseScopeFilter | 'ALL';
export const CASE_TABS: CaseTab[] = [
  'HANDLED_HERE',
  'MINE',
  'ESCALATED_FROM_HERE',
  'DISPATCHED_FROM_HERE',
  'ALL',
];
/** Deadline states one can filter on (ON_TIME is the rest). */
export const DEADLINE_FILTERS: DeadlineState[] = ['OVERDUE', 'DUE_SOON'];

// ---------------------------------------------------------------------------------------------
// Money: the API counts fen (0.01 yuan) in integers; officers type yuan.

/** Yuan as typed (number or text, up to 2 decimals) to whole fen; null when not a valid amount. */
export function yuanToFen(yuan: number | string | null | undefined): number | null {
  if (yuan === null || yuan === undefined) return null;
  const text = String(yuan).trim().replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  const [whole, fraction = ''] = text.split('.');
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}

/** Fen as yuan text with two decimals and thousands separators, e.g. 123456 → "1,234.56". */
export function formatFen(fen: number): string {
  const negative = fen < 0;
  const abs = Math.round(Math.abs(fen));
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${cents}`;
}

// ---------------------------------------------------------------------------------------------
// Deadlines

export type DeadlineTag = { state: DeadlineState; color: 'red' | 'orange' | 'green' } | null;

const DEADLINE_COLORS: Record<DeadlineState, 'red' | 'orange' | 'green'> = {
  OVERDUE: 'red',
  DUE_SOON: 'orange',
  ON_TIME: 'green',
};

/** The tag beside a deadline: the server's state when given, else worked out from the due time. */
export function deadlineTag(
  state: DeadlineState | null | undefined,
  dueAt: string | null | undefined,
  now: Date = new Date(),
  dueSoonHours = 48,
): DeadlineTag {
  let s = state ?? null;
  if (!s && dueAt) {
    const left = Date.parse(dueAt) - now.getTime();
    if (Number.isNaN(left)) return null;
    s = left < 0 ? 'OVERDUE' : left < dueSoonHours * 3_600_000 ? 'DUE_SOON' : 'ON_TIME';
  }
  return s ? { state: s, color: DEADLINE_COLORS[s] } : null;
}

/**
 * Which deadline of a case a date is and how it stands: the response deadline until the first
 * response, the resolution deadline until resolved; met ones are "done".
 */
export function deadlineStatus(
  dueAt: string,
  doneAt: string | null | undefined,
  closed: boolean,
  now: Date = new Date(),
): 'MET' | 'LATE' | DeadlineState | 'NONE' {
  const due = Date.parse(dueAt);
  if (doneAt) return Date.parse(doneAt) <= due ? 'MET' : 'LATE';
  if (closed) return 'NONE';
  return deadlineTag(null, dueAt, now)?.state ?? 'NONE';
}

// ---------------------------------------------------------------------------------------------
// Figures

/** Hours as "36.5 h" / days for long spans; null as a dash. */
export function formatHours(hours: number | null | undefined, units: { h: string; d: string }): string {
  if (hours === null || hours === undefined || Number.isNaN(hours)) return '—';
  if (hours >= 72) return `${(hours / 24).toFixed(1)} ${units.d}`;
  return `${hours.toFixed(1)} ${units.h}`;
}

/** A 0..1 rate as a percentage with one decimal; null as a dash. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${(rate * 100).toFixed(1)}%`;
}

/** The default dashboard period: the last 12 months, from the first day of the month 11 months ago. */
export function defaultPeriod(today: Dayjs = dayjs()): [Dayjs, Dayjs] {
  return [today.subtract(11, 'month').startOf('month'), today.startOf('day')];
}

/**
 * Every month of a period (YYYY-MM), each with its figures or `empty(month)` when the API has none
 * for it, so charts show quiet months as such instead of skipping them.
 */
export function fillMonths<T extends { month: string }>(
  from: string,
  to: string,
  rows: readonly T[],
  empty: (month: string) => T,
): T[] {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const out: T[] = [];
  let month = dayjs(from).startOf('month');
  const last = dayjs(to).startOf('month');
  if (!month.isValid() || !last.isValid()) return [...rows];
  for (let i = 0; !month.isAfter(last) && i < 240; i++, month = month.add(1, 'month')) {
    const key = month.format('YYYY-MM');
    out.push(byMonth.get(key) ?? empty(key));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The inbox's state lives in the URL (like the members list), so "back" shows the same list.

export interface CaseListFilters {
  kind?: CaseKind[];
  status?: CaseStatus[];
  deadline?: DeadlineState;
  orgUnitId?: string;
  memberId?: string;
  tenantId?: string;
  receivedFrom?: string;
  receivedTo?: string;
  text?: string;
}

export interface CaseListState {
  tab: CaseTab;
  filters: CaseListFilters;
  order: CaseOrder;
  pageSize: number;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

const TEXT_KEYS = ['orgUnitId', 'memberId', 'tenantId', 'receivedFrom', 'receivedTo', 'text'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function caseListFromParams(
  params: URLSearchParams,
  defaultTab: CaseTab = 'HANDLED_HERE',
): CaseListState {
  const filters: CaseListFilters = {};
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((key === 'receivedFrom' || key === 'receivedTo') && !DAY.test(value)) continue;
    filters[key] = value;
  }
  const kind = params.getAll('kind').flatMap((k) => oneOf(k, CASE_KINDS) ?? []);
  if (kind.length) filters.kind = kind;
  const status = params.getAll('status').flatMap((s) => oneOf(s, CASE_STATUSES) ?? []);
  if (status.length) filters.status = status;
  const deadline = oneOf(params.get('deadline'), DEADLINE_FILTERS);
  if (deadline) filters.deadline = deadline;
  const size = Number(params.get('size'));
  return {
    tab: oneOf(params.get('tab'), CASE_TABS) ?? defaultTab,
    filters,
    order: oneOf(params.get('order'), CASE_ORDERS) ?? 'URGENCY',
    pageSize: PAGE_SIZES.find((s) => s === size) ?? PAGE_SIZES[0],
  };
}

export function caseListToParams(
  { tab, filters, order, pageSize }: CaseListState,
  defaultTab: CaseTab = 'HANDLED_HERE',
): URLSearchParams {
  const params = new URLSearchParams();
  if (tab !== defaultTab) params.set('tab', tab);
  for (const key of TEXT_KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  for (const k of filters.kind ?? []) params.append('kind', k);
  for (const s of filters.status ?? []) params.append('status', s);
  if (filters.deadline) params.set('deadline', filters.deadline);
  if (order !== 'URGENCY') params.set('order', order);
  if (pageSize !== PAGE_SIZES[0]) params.set('size', String(pageSize));
  return params;
}

/** The API's filter: the tab's scope and the non-empty filters. */
export function toCaseFilter({ tab, filters }: Pick<CaseListState, 'tab' | 'filters'>): CaseFilter {
  const out: CaseFilter = {};
  if (tab !== 'ALL') out.scope = tab;
  for (const key of TEXT_KEYS) {
    const value = filters[key]?.trim();
    if (value) out[key] = value;
  }
  if (filters.kind?.length) out.kind = filters.kind;
  if (filters.status?.length) out.status = filters.status;
  if (filters.deadline) out.deadline = filters.deadline;
  return out;
}
