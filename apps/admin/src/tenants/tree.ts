export interface TenantLike {
  id: string;
  parentId?: string | null;
}

export interface TenantNode<T extends TenantLike> {
  tenant: T;
  children: TenantNode<T>[];
}

/**
 * Builds the forest of a flat list ordered by path. Tenants whose parent is not in the list
 * (the top of the caller's scope) become roots.
 */
export function buildTenantTree<T extends TenantLike>(tenants: readonly T[]): TenantNode<T>[] {
  const nodes = new Map<string, TenantNode<T>>();
  for (const tenant of tenants) nodes.set(tenant.id, { tenant, children: [] });
  const roots: TenantNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.tenant.parentId ? nodes.get(node.tenant.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Adds tenants missing from the list (e.g. the home tenant after switching into a child). */
export function withTenants<T extends TenantLike>(tenants: readonly T[], extra: readonly T[]): T[] {
  const ids = new Set(tenants.map((t) => t.id));
  const missing = extra.filter((t, i) => !ids.has(t.id) && extra.findIndex((o) => o.id === t.id) === i);
  return [...missing, ...tenants];
}
