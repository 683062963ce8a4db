import {
  byKeys,
  type DataLoader,
  groupByKeys,
  type RequestContext,
  requireCaller,
} from '@frontline/subgraph-kit';
import { Tenant } from './tenant.entity.js';

export function tenantById(ctx: RequestContext): DataLoader<string, Tenant | null> {
  return ctx.loaders.get<string, Tenant>('tenant.byId', async (ids) =>
    byKeys(ids, await ctx.em.find(Tenant, { id: { $in: [...ids] } }), (t) => t.id),
  );
}

export function tenantChildren(ctx: RequestContext): DataLoader<string, Tenant[] | null> {
  return ctx.loaders.get<string, Tenant[]>('tenant.children', async (ids) =>
    groupByKeys(
      ids,
      await ctx.em.find(Tenant, { parentId: { $in: [...ids] } }, { orderBy: { name: 'asc' } }),
      (t) => t.parentId as string,
    ),
  );
}

/**
 * Tenants seen from the caller's home scope, which contains any narrowed scope: an officer's own
 * tenant stays readable after a federation officer switched down to a child union.
 */
export function tenantByIdInHomeScope(ctx: RequestContext): DataLoader<string, Tenant | null> {
  return ctx.loaders.get<string, Tenant>('tenant.byIdHome', async (ids) => {
    const em = ctx.db.forScope(requireCaller(ctx).home);
    return byKeys(ids, await em.find(Tenant, { id: { $in: [...ids] } }), (t) => t.id);
  });
}
