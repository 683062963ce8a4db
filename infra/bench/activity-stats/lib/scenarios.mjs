// The GraphQL documents (as the gateway sends them to this subgraph) and the periods.

export const STATS_QUERY = `query($r: [_Any!]!, $from: String!, $to: String!) {
  _entities(representations: $r) { ... on Tenant { activityStats(from: $from, to: $to) {
    from to activitiesTotal activitiesDone byKind { kind total done } membersReached headcount teamsCovered
    unionsActive heardItems heardByKind { kind count turnedIntoCases resolvedOnSpot } heardTurnedIntoCases caseShare
  } } } }`;

export const COVERAGE_QUERY = `query($from: String!, $to: String!, $teams: [ID!]) {
  coverage(from: $from, to: $to, teamIds: $teams) {
    from to teamsVisited teamsTotal rate
    visited { team { id } teamName visits lastVisitedAt officers { officerId name visits } }
    notVisited { id }
  } }`;

export const LAST_VISITED_QUERY = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on OrgUnit { id lastVisitedAt } } }`;

/** The first page of the activities list as a list screen would ask for it. */
export const LIST_QUERY = `query($first: Int) {
  activities(first: $first) {
    totalCount pageInfo { endCursor hasNextPage }
    edges { node { id kind customKind title startsAt status place headcount attendeeCount
      teamVisits { teamId teamName } officers { officerId name } } }
  } }`;

const ymd = (d) => d.toISOString().slice(0, 10);
/** Today in China (UTC+8, no DST) as a UTC-midnight Date. */
function chinaToday() {
  const d = new Date(Date.now() + 8 * 3600 * 1000);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** The last full month, the last full quarter and the last 12 full months, in China days. */
export function periods() {
  const t = chinaToday();
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth();
  const monthStart = new Date(Date.UTC(y, m - 1, 1));
  const monthEnd = new Date(Date.UTC(y, m, 0));
  const q = Math.floor(m / 3) * 3;
  const quarterStart = new Date(Date.UTC(y, q - 3, 1));
  const quarterEnd = new Date(Date.UTC(y, q, 0));
  const yearStart = new Date(Date.UTC(y, m - 12, 1));
  return {
    month: { key: 'month', label: 'month', from: ymd(monthStart), to: ymd(monthEnd) },
    quarter: { key: 'quarter', label: 'quarter', from: ymd(quarterStart), to: ymd(quarterEnd) },
    year: { key: '12mo', label: '12 months', from: ymd(yearStart), to: ymd(monthEnd) },
  };
}

/** Every scenario: id, label, scope key, document, variables, and what to show as "rows". */
export function buildScenarios(scopes, data) {
  const p = periods();
  const out = [];
  const byKey = Object.fromEntries(scopes.map((s) => [s.key, s]));
  for (const s of scopes) {
    for (const per of [p.month, p.quarter, p.year]) {
      out.push({
        id: `${s.key}.stats.${per.key}`,
        scope: s,
        label: `activityStats, ${per.label}`,
        query: STATS_QUERY,
        variables: {
          r: [{ __typename: 'Tenant', id: s.tenant.id, path: s.tenant.path }],
          from: per.from,
          to: per.to,
        },
        matches: (d) => d._entities[0].activityStats.activitiesTotal,
        matchesLabel: 'activities',
      });
    }
  }
  for (const key of ['small', 'medium', 'large']) {
    const s = byKey[key];
    if (!s) continue;
    for (const per of [p.month, p.year]) {
      out.push({
        id: `${s.key}.coverage.${per.key}`,
        scope: s,
        label: `coverage, ${per.label}, all ${s.tenant.teams} teams`,
        query: COVERAGE_QUERY,
        variables: { from: per.from, to: per.to, teams: s.tenant.teamIds() },
        matches: (d) => d.coverage.teamsVisited,
        matchesLabel: 'teams visited',
      });
    }
  }
  // 100 teams of the largest union (a team list page), as that union and as the province.
  const largest = data.unions[0];
  const hundred = largest.teamIds().slice(0, 100);
  for (const key of ['large', 'top']) {
    const s = byKey[key];
    if (!s) continue;
    out.push({
      id: `${s.key}.lastVisited`,
      scope: s,
      label: 'OrgUnit.lastVisitedAt, 100 teams',
      query: LAST_VISITED_QUERY,
      variables: { r: hundred.map((id) => ({ __typename: 'OrgUnit', id })) },
      matches: (d) => d._entities.filter((e) => e.lastVisitedAt).length,
      matchesLabel: 'teams with a visit',
    });
  }
  for (const s of scopes) {
    out.push({
      id: `${s.key}.list`,
      scope: s,
      label: 'activities(first: 50)',
      query: LIST_QUERY,
      variables: { first: 50 },
      matches: (d) => d.activities.totalCount,
      matchesLabel: 'totalCount',
    });
  }
  return { scenarios: out, periods: p };
}
