export const ROLES = ['FEDERATION_ADMIN', 'FEDERATION_OFFICER', 'UNION_ADMIN', 'UNION_OFFICER'] as const;
export type Role = (typeof ROLES)[number];

export const TENANT_KINDS = ['FEDERATION', 'ENTERPRISE_UNION'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

/** A tenant as a token names it: its id, its materialized path (`/rootId/.../id/`) and kind. */
export interface TenantRef {
  id: string;
  path: string;
  kind: TenantKind;
}

/** What a verified access token says about its caller. */
export interface AccessClaims {
  /** Officer account id. */
  sub: string;
  name: string;
  roles: Role[];
  /** The tenant the officer belongs to. */
  home: TenantRef;
  /**
   * The subtree the caller acts on: the home tenant, or a descendant a federation officer
   * narrowed to with `switchTenant`. Always inside the home subtree (checked when signed).
   */
  scope: TenantRef;
}

export const FEDERATION_ROLES: readonly Role[] = ['FEDERATION_ADMIN', 'FEDERATION_OFFICER'];
export const ADMIN_ROLES: readonly Role[] = ['FEDERATION_ADMIN', 'UNION_ADMIN'];

export function isWithinPath(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath);
}
