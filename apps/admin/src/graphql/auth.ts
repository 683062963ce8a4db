import { graphql } from '../gql';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);

export const SwitchTenantMutation = graphql(`
  mutation SwitchTenant($tenantId: ID) {
    switchTenant(tenantId: $tenantId) {
      token
      expiresAt
      scopeTenant {
        id
        name
      }
    }
  }
`);
