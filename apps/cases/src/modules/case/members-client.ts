import { callSubgraph, serviceUnavailable } from '@frontline/subgraph-kit';

export interface MemberFacts {
  id: string;
  name: string;
  tenantId: string;
}

export interface UnitFacts {
  id: string;
  name: string;
  unitPath: string;
  tenantId: string;
}

const QUERY = `query CaseParties($refs: [_Any!]!) {
  _entities(representations: $refs) {
    ... on Member { id name tenantId }
    ... on OrgUnit { id name unitPath tenantId }
  }
}`;

/**
 * Asks the members subgraph (the owner of members and teams) about the people and team named on a
 * case, with the caller's own token: it answers only for what the caller may see, so a member of
 * another union is simply not found.
 */
export class MembersClient {
  constructor(private readonly graphqlUrl: string) {}

  async lookup(
    memberIds: string[],
    orgUnitId: string | null,
    token: string,
  ): Promise<{ members: Map<string, MemberFacts>; unit: UnitFacts | null }> {
    const refs = [
      ...memberIds.map((id) => ({ __typename: 'Member', id })),
      ...(orgUnitId ? [{ __typename: 'OrgUnit', id: orgUnitId }] : []),
    ];
    const members = new Map<string, MemberFacts>();
    if (!refs.length) return { members, unit: null };
    const body = await callSubgraph<{ _entities: (Record<string, string> | null)[] }>(
      this.graphqlUrl,
      QUERY,
      { refs },
      { token, serviceKey: 'service.members' },
    );
    if (!body.data) throw serviceUnavailable('service.members');
    let unit: UnitFacts | null = null;
    for (const entity of body.data._entities) {
      if (!entity) continue;
      if ('unitPath' in entity) unit = entity as unknown as UnitFacts;
      else members.set(entity.id, entity as unknown as MemberFacts);
    }
    return { members, unit };
  }
}
