import type { PiiCipher, TenantDirectoryClient } from '@frontline/subgraph-kit';

/** What the members resolvers need besides the request: the PII keys and the tenant directory. */
export interface MembersDeps {
  pii: PiiCipher;
  directory: TenantDirectoryClient;
}
