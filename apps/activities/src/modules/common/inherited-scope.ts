import {
  SCOPE_SETTING,
  type ScopeFilterArgs,
  scopeUpperBound,
  TENANT_SCOPE_FILTER,
} from '@frontline/subgraph-kit';
import { type FilterDef, type PolicyDef } from '@mikro-orm/core';

/*
 * Rows a federation hands down its subtree (campaigns): visible in the owner's scope as usual, and
 * read-only to every tenant below it. Local here; a kit version is being added alongside
 * (`inheritedScopeFilter`) and this can move to it once that lands.
 */

/** `/a/b/c/` -> [`/a/`, `/a/b/`]: the paths of the tenants above a scope. */
export function ancestorPaths(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.slice(0, -1).map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

/** ORM side: rows in scope, or owned by an ancestor of the scope (an `$in` on the indexed path). */
export const inheritedScopeFilter: FilterDef = {
  name: TENANT_SCOPE_FILTER,
  default: true,
  args: true,
  cond: (args: Record<string, unknown>) => {
    const { path } = args as unknown as ScopeFilterArgs;
    if (typeof path !== 'string' || !path.endsWith('/')) return { tenantId: { $in: [] } };
    const own = { tenantPath: { $gte: path, $lt: scopeUpperBound(path) } };
    const above = ancestorPaths(path);
    return above.length ? { $or: [own, { tenantPath: { $in: above } }] } : own;
  },
};

/**
 * RLS side, SELECT only: the row's tenant path is a prefix of the caller's scope path. Writes still
 * need the kit's tenant policy (row inside the scope), so a union can read but never change it.
 */
export function inheritedReadPolicy(tableName: string): PolicyDef {
  return {
    name: `${tableName}_inherited_read`,
    command: 'select',
    using: (columns: Record<string, string>) =>
      `starts_with(nullif(current_setting('${SCOPE_SETTING}', true), ''), ${columns.tenantPath})`,
  } as PolicyDef;
}
