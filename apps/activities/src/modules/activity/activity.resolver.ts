import {
  ConnectionArgs,
  ConnectionType,
  paginate,
  type RequestContext,
  requireCaller,
} from '@frontline/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Activity } from './activity.entity.js';
import { CreateActivityInput, UpdateActivityInput } from './activity.inputs.js';
import { createActivity, findActivityOrFail, updateActivity } from './activity.service.js';
import { TenantRef } from './tenant-ref.js';

export const ActivityConnection = ConnectionType(Activity, 'Activity');

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => ActivityConnection, { description: 'Activities in the caller’s scope, by name' })
  activities(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    requireCaller(ctx);
    return paginate(ctx.em, Activity, {}, args, { name: 'asc', id: 'asc' });
  }

  @Query(() => Activity, { description: 'One activity in the caller’s scope; NOT_FOUND otherwise' })
  async activity(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Activity> {
    requireCaller(ctx);
    return findActivityOrFail(ctx.em, id);
  }

  @FieldResolver(() => TenantRef, {
    description: 'The tenant it belongs to (resolved by the tenants subgraph)',
  })
  tenant(@Root() row: Activity): TenantRef {
    return Object.assign(new TenantRef(), { id: row.tenantId });
  }

  @Mutation(() => Activity, { description: 'Admins: add one activity to the tenant they act on' })
  createActivity(
    @Arg('input', () => CreateActivityInput) input: CreateActivityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createActivity(ctx, input);
  }

  @Mutation(() => Activity, { description: 'Admins: change one activity (CONFLICT on a stale version)' })
  updateActivity(
    @Arg('input', () => UpdateActivityInput) input: UpdateActivityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateActivity(ctx, input);
  }
}
