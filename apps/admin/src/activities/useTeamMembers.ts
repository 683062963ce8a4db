import type { Client, OperationResult } from '@urql/core';
import { useEffect, useMemo, useState } from 'react';
import { useClient } from 'urql';
import type { UnitMembersQuery as UnitMembersResult } from '../gql/graphql';
import { UnitMembersQuery } from '../graphql/activities';
import type { RosterMember } from './model';

/** Every active member of a unit and the units below it (pages of 100 until the end). */
export async function fetchUnitMembers(client: Client, orgUnitId: string): Promise<RosterMember[]> {
  const members: RosterMember[] = [];
  let after: string | null = null;
  for (;;) {
    const result: OperationResult<UnitMembersResult> = await client
      .query(UnitMembersQuery, { orgUnitId, first: 100, after }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw result.error;
    const page: UnitMembersResult['members'] | undefined = result.data?.members;
    if (!page) break;
    members.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return members;
}

/** Members of several teams, each team asked once; `byTeam` fills in as the answers come. */
export function useTeamMembers(teamIds: readonly string[]) {
  const client = useClient();
  const [byTeam, setByTeam] = useState<ReadonlyMap<string, RosterMember[]>>(new Map());
  const [errors, setErrors] = useState<ReadonlyMap<string, Error>>(new Map());
  const key = [...teamIds].sort().join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the team ids
  useEffect(() => {
    let live = true;
    for (const teamId of key ? key.split(',') : []) {
      if (byTeam.has(teamId)) continue;
      fetchUnitMembers(client, teamId).then(
        (members) => live && setByTeam((m) => new Map(m).set(teamId, members)),
        (error: Error) => live && setErrors((m) => new Map(m).set(teamId, error)),
      );
    }
    return () => {
      live = false;
    };
  }, [client, key]);
  const loading = teamIds.some((id) => !byTeam.has(id) && !errors.has(id));
  const members = useMemo(() => teamIds.flatMap((id) => byTeam.get(id) ?? []), [teamIds, byTeam]);
  return { byTeam, members, loading, error: [...errors.values()][0] ?? null };
}
