import { useMemo } from 'react';
import { useQuery } from 'urql';
import { OrgUnitCountsQuery } from '../graphql/orgUnits';

const context = { additionalTypenames: ['OrgUnit', 'Member'] };

/** Active members per unit id; empty while loading or if the figures cannot be had. */
export function useUnitCounts(includeClosed: boolean): ReadonlyMap<string, number> {
  const [{ data }] = useQuery({ query: OrgUnitCountsQuery, variables: { includeClosed }, context });
  return useMemo(() => new Map((data?.orgUnits ?? []).map((u) => [u.id, u.activeMemberCount])), [data]);
}
