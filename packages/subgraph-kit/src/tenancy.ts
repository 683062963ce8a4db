import type { TenantRef } from '@frontline/auth-tokens';
import type { FilterDef, PolicyDef } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** The non-owner role every request runs as; it cannot bypass row-level security. */
export const APP_ROLE = 'frontline_app';
/** Session setting carrying the scope root's materialized path for the RLS policies. */
export const SCOPE_SETTING = 'app.scope_path';
/** The ORM filter that limits every query of a tenant-owned entity to the caller's scope. */
export const TENANT_SCOPE_FILTER = 'tenantScope';

/** Every tenant-owned row carries its tenant and that tenant's materialized path. */
export interface TenantOwned {
  tenantId: string;
  tenantPath: string;
}

export interface ScopeFilterArgs {
  /** Scope root path, e.g. `/prov/city/`. */
  path: string;
  /** Set when the scope is a single enterprise union (a leaf): then `tenant_id =` is exact and index-led. */
  tenantId?: string;
}

/**
 * Paths are `/id/id/.../` with a trailing slash, so every descendant of `p` sorts in
 * [p, p-without-slash + '0') under the "C" collation ('0' is the byte after '/'). A range, unlike
 * LIKE with a run-time pattern, can use a btree index.
 */
export function scopeUpperBound(path: string): string {
  return `${path.slice(0, -1)}0`;
}

export function scopeFilterArgs(scope: TenantRef): ScopeFilterArgs {
  return scope.kind === 'ENTERPRISE_UNION' ? { path: scope.path, tenantId: scope.id } : { path: scope.path };
}

export const tenantScopeFilter: FilterDef = {
  name: TENANT_SCOPE_FILTER,
  default: true,
  args: true,
  cond: (args: Record<string, unknown>) => {
    const { path, tenantId } = args as unknown as ScopeFilterArgs;
    if (typeof path !== 'string' || !path.endsWith('/')) {
      // Fail closed: a scope without a valid path matches nothing.
      return { tenantId: { $in: [] } };
    }
    // A union's rows by id alone: a second, correlated condition on the path makes the planner
    // misjudge row counts (and skip the sort index); RLS checks the path anyway.
    if (tenantId) return { tenantId };
    return { tenantPath: { $gte: path, $lt: scopeUpperBound(path) } };
  },
};

/**
 * The scope filter for a row that two tenants share (e.g. a transfer between unions): visible when
 * any of the given path properties lies in the caller's scope. Pair it with an RLS policy per path.
 */
export function sharedScopeFilter(pathProperties: string[]): FilterDef {
  return {
    name: TENANT_SCOPE_FILTER,
    default: true,
    args: true,
    cond: (args: Record<string, unknown>) => {
      const { path } = args as unknown as ScopeFilterArgs;
      if (typeof path !== 'string' || !path.endsWith('/')) return { tenantId: { $in: [] } };
      const range = { $gte: path, $lt: scopeUpperBound(path) };
      return { $or: pathProperties.map((p) => ({ [p]: range })) };
    },
  };
}

/** SQL for the current scope; null (so nothing matches) when the setting is missing or empty. */
const SCOPE_SQL = `nullif(current_setting('${SCOPE_SETTING}', true), '')`;

export function scopeCondition(pathColumn: string): string {
  return `(${pathColumn} >= ${SCOPE_SQL} and ${pathColumn} < left(${SCOPE_SQL}, -1) || '0')`;
}

/** The row-level security policy every tenant-owned table gets: reads and writes stay in scope. */
export function tenantScopePolicy(tableName: string): PolicyDef {
  return {
    name: `${tableName}_tenant_scope`,
    command: 'all',
    using: (columns: Record<string, string>) => scopeCondition(columns.tenantPath),
    check: (columns: Record<string, string>) => scopeCondition(columns.tenantPath),
  } as PolicyDef;
}

/** Column definitions shared by every tenant-owned entity (EntitySchema property options). */
export const tenantOwnedProperties = {
  tenantId: { type: 'uuid', fieldName: 'tenant_id' },
  tenantPath: { type: 'text', fieldName: 'tenant_path', collation: 'C' },
} as const;

/** Returns the scope a request EntityManager was opened with; throws if it has none (fail closed). */
export function scopeOf(em: EntityManager): ScopeFilterArgs {
  const args = em.getFilterParams<ScopeFilterArgs>(TENANT_SCOPE_FILTER);
  if (!args?.path) throw new Error('EntityManager has no tenant scope');
  return args;
}

/** The ancestors of a scope path, itself excluded: `/a/b/c/` -> [`/a/`, `/a/b/`]. */
export function ancestorPaths(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.slice(0, -1).map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

/**
 * The scope filter for rows a tenant hands down its subtree (a federation's policies, calendar
 * corrections, campaigns): visible in the owner's scope, and to every descendant. Pair it with
 * `inheritedReadPolicy`; descendants read, only the owner's scope writes.
 */
export const inheritedScopeFilter: FilterDef = {
  name: TENANT_SCOPE_FILTER,
  default: true,
  args: true,
  cond: (args: Record<string, unknown>) => {
    const { path } = args as unknown as ScopeFilterArgs;
    if (typeof path !== 'string' || !path.endsWith('/')) return { tenantId: { $in: [] } };
    const own = { tenantPath: { $gte: path, $lt: scopeUpperBound(path) } };
    const ancestors = ancestorPaths(path);
    return ancestors.length ? { $or: [own, { tenantPath: { $in: ancestors } }] } : own;
  },
};

/** Read-only RLS policy: a row is visible to callers whose scope lies under the row's tenant. */
export function inheritedReadPolicy(tableName: string): PolicyDef {
  return {
    name: `${tableName}_inherited_read`,
    command: 'select',
    using: (columns: Record<string, string>) => `starts_with(${SCOPE_SQL}, ${columns.tenantPath})`,
  } as PolicyDef;
}
