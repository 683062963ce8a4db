import type { PiiCipher, TenantDirectoryClient } from '@frontline/subgraph-kit';
import type { MembersClient } from './modules/case/members-client.js';

/** What the cases resolvers need besides the request context. */
export interface CasesDeps {
  /** Seals case details that are confidential or describe a hardship. */
  pii: PiiCipher;
  /** Names and paths of tenants (escalation targets, who handles a case). */
  directory: TenantDirectoryClient;
  /** The members subgraph: checks the members and team named on a case. */
  members: MembersClient;
  /** The clock, so deadline tests can stand on a given day. */
  now: () => Date;
}
