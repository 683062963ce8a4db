import type { AgeBand, Gender, MemberFilter, MemberOrder, MemberStatus, SortDirection } from '../gql/graphql';

export const MEMBER_STATUSES: MemberStatus[] = ['ACTIVE', 'SUSPENDED', 'TRANSFERRED_OUT', 'RETIRED', 'LEFT'];
export const AGE_BANDS: AgeBand[] = ['UNDER_30', 'AGE_30_39', 'AGE_40_49', 'AGE_50_PLUS', 'UNKNOWN'];
export const GENDERS: Gender[] = ['MALE', 'FEMALE'];
export const PAGE_SIZES = [20, 50, 100] as const;

/** What the filter bar edits; mirrors `MemberFilter`. */
export interface MemberListFilters {
  orgUnitId?: string;
  status?: MemberStatus[];
  gender?: Gender;
  ageBand?: AgeBand;
  jobType?: string;
  shiftPattern?: string;
  migrantWorker?: boolean;
  modelWorker?: boolean;
  hardship?: boolean;
  tag?: string;
  search?: string;
}

export interface MemberSort {
  orderBy: Extract<MemberOrder, 'NAME' | 'JOINED_ON'>;
  direction: SortDirection;
}

export interface MemberListState {
  filters: MemberListFilters;
  sort: MemberSort;
  pageSize: number;
}

const TEXT_KEYS = ['orgUnitId', 'jobType', 'shiftPattern', 'tag', 'search'] as const;
const FLAG_KEYS = ['migrantWorker', 'modelWorker', 'hardship'] as const;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

function flag(value: string | null): boolean | undefined {
  if (value === '1') return true;
  if (value === '0') return false;
  return undefined;
}

/**
 * The list's filters, sort and page size live in the URL, so "back" from a member's page and a
 * shared link show the same list.
 */
export function listStateFromParams(params: URLSearchParams): MemberListState {
  const filters: MemberListFilters = {};
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  for (const key of FLAG_KEYS) {
    const value = flag(params.get(key));
    if (value !== undefined) filters[key] = value;
  }
  const status = params
    .getAll('status')
    .map((s) => oneOf(s, MEMBER_STATUSES))
    .filter((s): s is MemberStatus => s !== undefined);
  if (status.length > 0) filters.status = status;
  const gender = oneOf(params.get('gender'), GENDERS);
  if (gender) filters.gender = gender;
  const ageBand = oneOf(params.get('ageBand'), AGE_BANDS);
  if (ageBand) filters.ageBand = ageBand;

  const size = Number(params.get('size'));
  return {
    filters,
    sort: {
      orderBy: params.get('sort') === 'JOINED_ON' ? 'JOINED_ON' : 'NAME',
      direction: params.get('dir') === 'DESC' ? 'DESC' : 'ASC',
    },
    pageSize: PAGE_SIZES.find((s) => s === size) ?? PAGE_SIZES[0],
  };
}

export function listStateToParams({ filters, sort, pageSize }: MemberListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of TEXT_KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  for (const key of FLAG_KEYS) {
    const value = filters[key];
    if (value !== undefined) params.set(key, value ? '1' : '0');
  }
  for (const s of filters.status ?? []) params.append('status', s);
  if (filters.gender) params.set('gender', filters.gender);
  if (filters.ageBand) params.set('ageBand', filters.ageBand);
  if (sort.orderBy !== 'NAME') params.set('sort', sort.orderBy);
  if (sort.direction !== 'ASC') params.set('dir', sort.direction);
  if (pageSize !== PAGE_SIZES[0]) params.set('size', String(pageSize));
  return params;
}

/** The API's filter: empty values left out, so an empty bar sends no filter at all. */
export function toMemberFilter(filters: MemberListFilters): MemberFilter | null {
  const out: MemberFilter = {};
  for (const key of TEXT_KEYS) {
    const value = filters[key]?.trim();
    if (value) out[key] = value;
  }
  for (const key of FLAG_KEYS) {
    if (filters[key] !== undefined) out[key] = filters[key];
  }
  if (filters.status?.length) out.status = filters.status;
  if (filters.gender) out.gender = filters.gender;
  if (filters.ageBand) out.ageBand = filters.ageBand;
  return Object.keys(out).length > 0 ? out : null;
}
