import { useMemo } from 'react';
import { useQuery } from 'urql';
import { OrgUnitsQuery, UnionNamesQuery } from '../graphql/orgUnits';

// An empty list has no OrgUnit in it to tie the query to: name the type, so creating one refetches.
const context = { additionalTypenames: ['OrgUnit'] };

/** The units in scope, and the union names when they belong to several unions (a federation). */
export function useOrgUnits(includeClosed = false) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrgUnitsQuery,
    variables: { includeClosed },
    context,
  });
  const units = useMemo(() => data?.orgUnits ?? [], [data]);
  const tenantIds = useMemo(() => [...new Set(units.map((u) => u.tenantId))].sort(), [units]);
  const [{ data: names }] = useQuery({
    query: UnionNamesQuery,
    variables: { ids: tenantIds },
    pause: tenantIds.length < 2,
  });
  const unionNames = useMemo(
    () => new Map((names?.tenantDirectory ?? []).map((t) => [t.id, t.name])),
    [names],
  );
  return { units, unionNames, fetching, error, refetch };
}

export type OrgUnitRow = ReturnType<typeof useOrgUnits>['units'][number];
