import { graphql } from '../gql';

export const TenantTreeQuery = graphql(`
  query TenantTree {
    tenantTree {
      id
      name
      kind
      parentId
      path
      depth
    }
  }
`);

export const TenantDetailQuery = graphql(`
  query TenantDetail($id: ID!) {
    tenant(id: $id) {
      id
      name
      kind
      depth
      createdAt
      parent {
        id
        name
      }
      children {
        id
      }
    }
  }
`);

export const CreateTenantMutation = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      id
      name
      kind
      parentId
      path
      depth
    }
  }
`);
