import { graphql } from '../gql';

export const MembersQuery = graphql(`
  query Members(
    $first: Int!
    $after: String
    $filter: MemberFilter
    $orderBy: MemberOrder!
    $direction: SortDirection!
  ) {
    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy, direction: $direction) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          gender
          nationalId
          phone
          employeeNo
          jobType
          shiftPattern
          joinedOn
          status
          ageBand
          womanWorker
          migrantWorker
          modelWorker
          hardshipStatus
          tags
          orgUnit {
            id
            name
            parent {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const MemberDetailQuery = graphql(`
  query MemberDetail($id: ID!) {
    member(id: $id) {
      id
      tenantId
      name
      gender
      birthDate
      nationalId
      phone
      employeeNo
      jobTitle
      jobType
      shiftPattern
      orgUnitId
      joinedOn
      status
      migrantWorker
      modelWorker
      hardshipStatus
      tags
      ageBand
      womanWorker
      version
      updatedAt
      orgUnit {
        id
        name
        parent {
          id
          name
        }
      }
      history {
        id
        unionId
        unionName
        orgUnitId
        orgUnitName
        status
        startedOn
        endedOn
        reason
        note
      }
    }
  }
`);

/** Job types and shift patterns in use, offered as filter choices. */
export const MemberSegmentsQuery = graphql(`
  query MemberSegments($tenantId: ID!, $from: String!, $to: String!) {
    tenant(id: $tenantId) {
      id
      memberStats(from: $from, to: $to) {
        byJobType {
          value
          count
        }
        byShiftPattern {
          value
          count
        }
      }
    }
  }
`);

export const CreateMemberMutation = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      id
      name
    }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      id
      name
      gender
      birthDate
      nationalId
      phone
      employeeNo
      jobTitle
      jobType
      shiftPattern
      joinedOn
      migrantWorker
      modelWorker
      hardshipStatus
      tags
      ageBand
      womanWorker
      version
      updatedAt
    }
  }
`);

export const ChangeMemberStatusMutation = graphql(`
  mutation ChangeMemberStatus($input: ChangeMemberStatusInput!) {
    changeMemberStatus(input: $input) {
      id
      status
      version
    }
  }
`);

export const MoveMemberMutation = graphql(`
  mutation MoveMember($input: MoveMemberInput!) {
    moveMember(input: $input) {
      id
      orgUnitId
      version
    }
  }
`);

export const RevealPersonalDataMutation = graphql(`
  mutation RevealPersonalData($input: RevealPersonalDataInput!) {
    revealPersonalData(input: $input)
  }
`);
