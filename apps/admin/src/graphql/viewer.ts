import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      officer {
        id
        displayName
        email
        role
      }
      homeTenant {
        id
        name
        kind
      }
      scopeTenant {
        id
        name
        kind
      }
      roles
      canSwitchTenant
    }
  }
`);
