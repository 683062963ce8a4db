export interface DirectoryTenant {
  id: string;
  name: string;
  kind: 'FEDERATION' | 'ENTERPRISE_UNION';
  path: string;
  parentName: string | null;
}

const QUERY = `query Directory($ids: [ID!]) { tenantDirectory(ids: $ids) { id name kind path parentName } }`;

/**
 * Reads the tenants service's installation-wide directory (names and paths of tenants) with the
 * caller's own token. Other subgraphs use it to name another union or place a row for a tenant
 * outside the caller's scope (a transfer's receiving union); entries are cached for a few minutes.
 */
export class TenantDirectoryClient {
  readonly #cache = new Map<string, { entry: DirectoryTenant; until: number }>();

  constructor(
    private readonly graphqlUrl: string,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  async lookup(ids: string[], token: string): Promise<Map<string, DirectoryTenant>> {
    const now = Date.now();
    const found = new Map<string, DirectoryTenant>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const hit = this.#cache.get(id);
      if (hit && hit.until > now) found.set(id, hit.entry);
      else missing.push(id);
    }
    if (missing.length) {
      const res = await fetch(this.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, variables: { ids: missing } }),
        signal: AbortSignal.timeout(5000),
      });
      const body = (await res.json()) as {
        data?: { tenantDirectory: DirectoryTenant[] };
        errors?: unknown[];
      };
      if (!body.data)
        throw new Error(`tenant directory unavailable: ${JSON.stringify(body.errors ?? res.status)}`);
      for (const entry of body.data.tenantDirectory) {
        this.#cache.set(entry.id, { entry, until: now + this.ttlMs });
        found.set(entry.id, entry);
      }
    }
    return found;
  }

  async get(id: string, token: string): Promise<DirectoryTenant | null> {
    return (await this.lookup([id], token)).get(id) ?? null;
  }
}
