import { graphql } from '../gql';

export const OfficersQuery = graphql(`
  query Officers($first: Int!, $after: String) {
    officers(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          displayName
          role
          active
          createdAt
        }
      }
    }
  }
`);

export const CreateOfficerMutation = graphql(`
  mutation CreateOfficer($input: CreateOfficerInput!) {
    createOfficer(input: $input) {
      id
      email
      displayName
      role
    }
  }
`);
