import { type RequestContext, requireCaller } from '@frontline/subgraph-kit';
import { Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Activity } from './activity.entity.js';

/**
 * `Tenant` belongs to the tenants subgraph. This subgraph knows only its key and adds fields to it:
 * the gateway asks here for `Tenant.activitiesCount` and asks tenants for the rest.
 */
@Directive('@key(fields: "id")')
@ObjectType('Tenant')
export class TenantRef {
  @Field(() => ID)
  id!: string;
}

/** A `Tenant` handed over by the gateway: the key is all this subgraph needs. */
export const tenantRefReference = {
  __resolveReference: (ref: { id: string }) => Object.assign(new TenantRef(), { id: ref.id }),
};

@Resolver(() => TenantRef)
export class TenantRefResolver {
  @FieldResolver(() => Int, { description: 'Activities of this tenant that the caller can see' })
  async activitiesCount(@Root() tenant: TenantRef, @Ctx() ctx: RequestContext): Promise<number> {
    requireCaller(ctx);
    // One GROUP BY per request for every tenant asked for; out-of-scope tenants count 0 (RLS).
    const count = await ctx.loaders
      .get<string, number>('activity.countByTenant', async (ids) => {
        const counts = await ctx.em.countBy(Activity, 'tenantId', {
          where: { tenantId: { $in: [...ids] } },
        });
        return ids.map((id) => counts[id] ?? 0);
      })
      .load(tenant.id);
    return count ?? 0;
  }
}
