import dayjs from 'dayjs';
import type { ActivityFilter, ActivityKind, ActivityStatus, HeardItemKind } from '../gql/graphql';

export const ACTIVITY_KINDS: ActivityKind[] = [
  'FRONTLINE_VISIT',
  'HOME_VISIT',
  'SYMPOSIUM',
  'EVENT',
  'TRAINING',
  'SEND_WARMTH',
  'SUMMER_COOLING',
  'WORKERS_CONGRESS',
  'OTHER',
];
export const ACTIVITY_STATUSES: ActivityStatus[] = ['PLANNED', 'DONE', 'CANCELLED'];
export const HEARD_KINDS: HeardItemKind[] = ['NEED', 'GRIEVANCE', 'HARDSHIP', 'SUGGESTION', 'QUESTION'];

export const STATUS_COLORS: Record<ActivityStatus, string> = {
  PLANNED: 'blue',
  DONE: 'green',
  CANCELLED: 'default',
};

export const HEARD_COLORS: Record<HeardItemKind, string> = {
  NEED: 'blue',
  GRIEVANCE: 'red',
  HARDSHIP: 'orange',
  SUGGESTION: 'cyan',
  QUESTION: 'purple',
};

// ---------------------------------------------------------------------------------------------
// Coverage: how recently a team was visited.

export type Recency = 'RECENT' | 'AMBER' | 'OLD' | 'NEVER';

export const RECENCY_COLORS: Record<Recency, string> = {
  RECENT: '#52c41a',
  AMBER: '#faad14',
  OLD: '#f5222d',
  NEVER: '#bfbfbf',
};

/** Whole days from the last visit to `now` (calendar days, local time); null when never visited. */
export function daysSince(lastVisitedAt: string | null | undefined, now: Date = new Date()): number | null {
  if (!lastVisitedAt) return null;
  const at = dayjs(lastVisitedAt);
  if (!at.isValid()) return null;
  return Math.max(0, dayjs(now).startOf('day').diff(at.startOf('day'), 'day'));
}

/** ≤ 30 days green, ≤ 90 amber, older red, never grey. */
export function recencyOf(lastVisitedAt: string | null | undefined, now: Date = new Date()): Recency {
  const days = daysSince(lastVisitedAt, now);
  if (days === null) return 'NEVER';
  if (days <= 30) return 'RECENT';
  if (days <= 90) return 'AMBER';
  return 'OLD';
}

export interface CoverageCounts {
  total: number;
  visited: number;
  rate: number | null;
}

/** Teams visited in a period out of all teams (the rate null without teams). */
export function coverageCounts(teamIds: readonly string[], visitedIds: ReadonlySet<string>): CoverageCounts {
  const visited = teamIds.filter((id) => visitedIds.has(id)).length;
  return { total: teamIds.length, visited, rate: teamIds.length ? visited / teamIds.length : null };
}

export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${Math.round(rate * 1000) / 10}%`;
}

// ---------------------------------------------------------------------------------------------
// Check-in roster and attendees from the members subgraph.

export interface RosterMember {
  id: string;
  name: string;
  employeeNo?: string | null;
  orgUnitId?: string | null;
}

export interface RosterEntry {
  memberId: string;
  employeeNo: string;
  name: string;
  teamId?: string;
}

/**
 * The expected attendees of a QR check-in: members with an employee number (they sign in with it),
 * each once even if listed under two teams, employee numbers trimmed; the first employee number
 * wins when two members share one (the check-in would not know whom it names).
 */
export function buildRoster(members: readonly RosterMember[]): RosterEntry[] {
  const seenMembers = new Set<string>();
  const seenNumbers = new Set<string>();
  const roster: RosterEntry[] = [];
  for (const m of members) {
    const employeeNo = m.employeeNo?.trim();
    if (!employeeNo || seenMembers.has(m.id)) continue;
    const key = employeeNo.toUpperCase();
    if (seenNumbers.has(key)) continue;
    seenMembers.add(m.id);
    seenNumbers.add(key);
    roster.push({
      memberId: m.id,
      employeeNo,
      name: m.name.trim(),
      ...(m.orgUnitId ? { teamId: m.orgUnitId } : {}),
    });
  }
  return roster;
}

/** Members present for addAttendees, each once. */
export function attendeesOf(members: readonly RosterMember[], teamId?: string) {
  const seen = new Set<string>();
  return members
    .filter((m) => !seen.has(m.id) && seen.add(m.id))
    .map((m) => ({ memberId: m.id, name: m.name, teamId: teamId ?? m.orgUnitId ?? undefined }));
}

// ---------------------------------------------------------------------------------------------
// List state in the URL.

export interface ActivityListState {
  view: 'table' | 'calendar';
  kind?: ActivityKind;
  status?: ActivityStatus;
  from?: string;
  to?: string;
  teamId?: string;
  officerId?: string;
  campaignId?: string;
  memberId?: string;
  search?: string;
  month?: string;
}

const KEYS = [
  'kind',
  'status',
  'from',
  'to',
  'teamId',
  'officerId',
  'campaignId',
  'search',
  'month',
] as const;

export function listFromParams(params: URLSearchParams): ActivityListState {
  const state: ActivityListState = { view: params.get('view') === 'calendar' ? 'calendar' : 'table' };
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) (state as unknown as Record<string, string>)[key] = value;
  }
  if (state.kind && !ACTIVITY_KINDS.includes(state.kind)) delete state.kind;
  if (state.status && !ACTIVITY_STATUSES.includes(state.status)) delete state.status;
  return state;
}

export function listToParams(state: ActivityListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view === 'calendar') params.set('view', 'calendar');
  for (const key of KEYS) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The API filter; the calendar asks for its month (within the chosen dates, if any). */
export function toActivityFilter(state: ActivityListState): ActivityFilter {
  const filter: ActivityFilter = {};
  if (state.kind) filter.kinds = [state.kind];
  if (state.status) filter.statuses = [state.status];
  if (state.teamId) filter.teamId = state.teamId;
  if (state.officerId) filter.officerId = state.officerId;
  if (state.campaignId) filter.campaignId = state.campaignId;
  if (state.memberId) filter.memberId = state.memberId;
  if (state.search?.trim()) filter.search = state.search.trim();
  let from = state.from;
  let to = state.to;
  if (state.view === 'calendar') {
    const month = dayjs(state.month ? `${state.month}-01` : undefined);
    // The calendar grid shows the days around the month too.
    const gridFrom = month.startOf('month').subtract(7, 'day').format('YYYY-MM-DD');
    const gridTo = month.endOf('month').add(14, 'day').format('YYYY-MM-DD');
    from = from && from > gridFrom ? from : gridFrom;
    to = to && to < gridTo ? to : gridTo;
  }
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

/** Activities grouped by their local start day (YYYY-MM-DD), in start order. */
export function byDay<T extends { startsAt: string }>(activities: readonly T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  const sorted = [...activities].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const a of sorted) {
    const day = dayjs(a.startsAt).format('YYYY-MM-DD');
    days.set(day, [...(days.get(day) ?? []), a]);
  }
  return days;
}

/** "走访 采煤一队甲班、机电班" from the chosen team names (kept short). */
export function visitTitle(teamNames: readonly string[], template: (teams: string) => string): string {
  const shown = teamNames.slice(0, 3).join('、');
  return template(teamNames.length > 3 ? `${shown}…` : shown);
}

// ---------------------------------------------------------------------------------------------
// Public check-in answers.

export type CheckinOutcome =
  | 'SUCCESS'
  | 'DUPLICATE'
  | 'NAME_MISMATCH'
  | 'UNKNOWN_EMPLOYEE_NO'
  | 'EXPIRED'
  | 'CLOSED'
  | 'INVALID_CODE'
  | 'RATE_LIMITED'
  | 'BAD_INPUT'
  | 'ERROR';

/** What a check-in answer means, from its status (and the server's code when there is one). */
export function checkinOutcome(status: number, code?: string): CheckinOutcome {
  if (status >= 200 && status < 300) return 'SUCCESS';
  const known: Record<string, CheckinOutcome> = {
    DUPLICATE: 'DUPLICATE',
    NAMEMISMATCH: 'NAME_MISMATCH',
    UNKNOWNEMPLOYEENO: 'UNKNOWN_EMPLOYEE_NO',
    EXPIRED: 'EXPIRED',
    CLOSED: 'CLOSED',
    INVALIDCODE: 'INVALID_CODE',
    RATELIMITED: 'RATE_LIMITED',
    BADINPUT: 'BAD_INPUT',
  };
  const fromCode = code ? known[code.replace(/_/g, '').toUpperCase()] : undefined;
  if (fromCode) return fromCode;
  switch (status) {
    case 409:
      return 'DUPLICATE';
    case 422:
      return 'NAME_MISMATCH';
    case 404:
      return 'UNKNOWN_EMPLOYEE_NO';
    case 410:
      return 'EXPIRED';
    case 400:
      return 'INVALID_CODE';
    case 429:
      return 'RATE_LIMITED';
    default:
      return 'ERROR';
  }
}

/** The gateway's check-in route for a code, beside its GraphQL endpoint. */
export function checkinApiUrl(graphqlUrl: string, code: string): string {
  return new URL(`/checkin/${encodeURIComponent(code)}`, graphqlUrl).toString();
}
