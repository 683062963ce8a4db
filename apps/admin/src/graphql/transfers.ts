import { graphql } from '../gql';

export const TransfersQuery = graphql(`
  query Transfers($first: Int!, $after: String, $direction: TransferDirection, $status: [TransferStatus!]) {
    transfers(first: $first, after: $after, direction: $direction, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fromTenantName
          toTenantName
          memberId
          memberName
          memberNationalId
          status
          reason
          requestedAt
          requestedByName
          decidedAt
          decidedByName
          decisionNote
          nudgedAt
          nudgeCount
          version
          direction
        }
      }
    }
  }
`);

export const TenantDirectoryQuery = graphql(`
  query TenantDirectory($search: String) {
    tenantDirectory(first: 20, search: $search) {
      id
      name
      kind
      parentName
    }
  }
`);

export const StartTransferMutation = graphql(`
  mutation StartTransfer($input: StartTransferInput!) {
    startTransfer(input: $input) {
      id
      toTenantName
      status
    }
  }
`);

export const AcceptTransferMutation = graphql(`
  mutation AcceptTransfer($input: DecideTransferInput!) {
    acceptTransfer(input: $input) {
      id
      status
      decidedAt
      decidedByName
      decisionNote
      version
    }
  }
`);

export const RejectTransferMutation = graphql(`
  mutation RejectTransfer($input: DecideTransferInput!) {
    rejectTransfer(input: $input) {
      id
      status
      decidedAt
      decidedByName
      decisionNote
      version
    }
  }
`);

export const CancelTransferMutation = graphql(`
  mutation CancelTransfer($input: DecideTransferInput!) {
    cancelTransfer(input: $input) {
      id
      status
      decidedAt
      decidedByName
      decisionNote
      version
    }
  }
`);

export const NudgeTransferMutation = graphql(`
  mutation NudgeTransfer($id: ID!) {
    nudgeTransfer(id: $id) {
      id
      nudgedAt
      nudgeCount
      version
    }
  }
`);
