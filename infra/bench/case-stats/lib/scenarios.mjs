// What is measured: `Tenant.caseStats` resolved through `_entities` exactly as the gateway asks for
// it (a `{ __typename: "Tenant", id, path }` representation, the dashboard's selection), and the
// case inbox (`cases`), overdue filter and default URGENCY order, in each caller scope.

export const STATS_QUERY = `query CaseStats($r: [_Any!]!, $from: String!, $to: String!) {
  _entities(representations: $r) {
    ... on Tenant {
      caseStats(from: $from, to: $to) {
        received open overdue overdueNow medianFirstResponseHours medianResolutionHours rated satisfied
        satisfactionRate
        byKind { value count } byStatus { value count }
        byChild { tenant { id } received overdue medianFirstResponseHours satisfactionRate }
        byMonth { month received medianFirstResponseHours satisfactionRate }
        assistance { count totalFen }
        fromVisits
      }
    }
  }
}`;

export const CASES_QUERY = `query Cases($first: Int!, $filter: CaseFilter) {
  cases(first: $first, filter: $filter) {
    totalCount
    edges { node { id number status } }
  }
}`;

/** China date (YYYY-MM-DD) of an instant. */
export const chinaDate = (d) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** Periods ending today (China time): the last 1, 12 and 24 months. */
export function periods(now = new Date()) {
  const to = chinaDate(now);
  const back = (months) => {
    const d = new Date(`${to}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - months);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };
  return [
    { key: 'stats1m', months: 1, from: back(1), to },
    { key: 'stats12m', months: 12, from: back(12), to },
    { key: 'stats24m', months: 24, from: back(24), to },
  ];
}

export function scenariosFor(scope, now = new Date()) {
  const r = [{ __typename: 'Tenant', id: scope.tenant.id, path: scope.tenant.path }];
  return [
    ...periods(now).map((p) => ({
      id: `${scope.key}.${p.key}`,
      kind: 'stats',
      scope,
      label: `caseStats ${p.months} month${p.months > 1 ? 's' : ''}`,
      query: STATS_QUERY,
      variables: { r, from: p.from, to: p.to },
      matches: (d) => d._entities[0].caseStats.received,
    })),
    {
      id: `${scope.key}.overdue`,
      kind: 'list',
      scope,
      label: 'cases(first: 50, deadline: OVERDUE)',
      query: CASES_QUERY,
      variables: { first: 50, filter: { deadline: 'OVERDUE' } },
      matches: (d) => d.cases.totalCount,
    },
    {
      id: `${scope.key}.urgency`,
      kind: 'list',
      scope,
      label: 'cases(first: 50) URGENCY order',
      query: CASES_QUERY,
      variables: { first: 50 },
      matches: (d) => d.cases.totalCount,
    },
  ];
}
