// What is measured: the admin's member list query (the same selection as
// apps/admin/src/graphql/members.ts) in each caller scope, and `Tenant.memberStats` resolved through
// `_entities` the way the gateway asks for it.

export const MEMBERS_QUERY = `query Members($first: Int!, $after: String, $filter: MemberFilter,
  $orderBy: MemberOrder!, $direction: SortDirection!) {
  members(first: $first, after: $after, filter: $filter, orderBy: $orderBy, direction: $direction) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id name gender nationalId phone employeeNo jobType shiftPattern joinedOn status ageBand womanWorker
      migrantWorker modelWorker hardshipStatus tags orgUnit { id name }
    } }
  }
}`;

export const STATS_QUERY = `query Stats($r: [_Any!]!, $from: String!, $to: String!) {
  _entities(representations: $r) {
    ... on Tenant {
      memberStats(from: $from, to: $to) {
        activeCount women migrantWorkers modelWorkers hardship
        byAgeBand { value count } byJobType { value count } byShiftPattern { value count }
        joins leaves from to
      }
    }
  }
}`;

export const PAGE_SIZE = 20;
/** The deep-page scenario reads this page, reached by following `endCursor` from the first. */
export const DEEP_PAGE = 5;

const base = { first: PAGE_SIZE, orderBy: 'NAME', direction: 'ASC' };

/**
 * The list scenarios of one scope. `unit` is a workshop (a subtree of ~5 teams) inside the scope;
 * `cursor` is filled in before the run by walking to the deep page.
 */
export function listScenarios() {
  return [
    { key: 'first', label: 'first page (pinyin order)', variables: () => base },
    {
      key: 'deep',
      label: `page ${DEEP_PAGE} via cursor`,
      variables: (s) => ({ ...base, after: s.deepCursor }),
    },
    {
      key: 'unit',
      label: 'org-unit subtree (workshop)',
      variables: (s) => ({ ...base, filter: { orgUnitId: s.unit.id } }),
    },
    {
      key: 'segment',
      label: 'status ACTIVE + FEMALE + AGE_30_39',
      variables: () => ({ ...base, filter: { status: ['ACTIVE'], gender: 'FEMALE', ageBand: 'AGE_30_39' } }),
    },
    {
      key: 'searchName',
      label: 'search name "张伟"',
      variables: () => ({ ...base, filter: { search: '张伟' } }),
    },
    {
      key: 'searchNo',
      label: 'search employee no "E000123"',
      variables: () => ({ ...base, filter: { search: 'E000123' } }),
    },
    {
      key: 'joined',
      label: 'order by joinedOn desc',
      variables: () => ({ ...base, orderBy: 'JOINED_ON', direction: 'DESC' }),
    },
  ];
}

/** The last twelve months, as the dashboard asks. */
export function statsPeriod(now = new Date()) {
  const to = now.toISOString().slice(0, 10);
  const from = new Date(now.getTime() - 365 * 86400_000).toISOString().slice(0, 10);
  return { from, to };
}
