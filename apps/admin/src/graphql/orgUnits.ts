import { graphql } from '../gql';

export const OrgUnitsQuery = graphql(`
  query OrgUnits($includeClosed: Boolean!) {
    orgUnits(includeClosed: $includeClosed) {
      id
      tenantId
      parentId
      kind
      name
      leaderName
      status
    }
  }
`);

/** Active members per unit (itself and below), asked apart so the tree never waits for or fails on them. */
export const OrgUnitCountsQuery = graphql(`
  query OrgUnitCounts($includeClosed: Boolean!) {
    orgUnits(includeClosed: $includeClosed) {
      id
      activeMemberCount
    }
  }
`);

export const OrgUnitDetailQuery = graphql(`
  query OrgUnitDetail($id: ID!) {
    orgUnit(id: $id) {
      id
      parentId
      kind
      name
      leaderName
      status
      closedAt
      createdAt
      version
      parent {
        id
        name
      }
      history {
        id
        change
        before
        after
        actorName
        at
      }
    }
  }
`);

export const CreateOrgUnitMutation = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      id
      parentId
      kind
      name
      leaderName
      status
    }
  }
`);

export const UpdateOrgUnitMutation = graphql(`
  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {
    updateOrgUnit(input: $input) {
      id
      parentId
      kind
      name
      leaderName
      status
      closedAt
      version
    }
  }
`);

/** Names of the unions whose units a federation sees (to group them). */
export const UnionNamesQuery = graphql(`
  query UnionNames($ids: [ID!]) {
    tenantDirectory(ids: $ids) {
      id
      name
    }
  }
`);
