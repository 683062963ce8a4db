import {
  ConnectionArgs,
  ConnectionType,
  paginate,
  type RequestContext,
  requireCaller,
} from '@frontline/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { __Entity__ } from './__entityKebab__.entity.js';
import { Create__Entity__Input, Update__Entity__Input } from './__entityKebab__.inputs.js';
import { create__Entity__, find__Entity__OrFail, update__Entity__ } from './__entityKebab__.service.js';
import { TenantRef } from './tenant-ref.js';

export const __Entity__Connection = ConnectionType(__Entity__, '__Entity__');

@Resolver(() => __Entity__)
export class __Entity__Resolver {
  @Query(() => __Entity__Connection, { description: '__LabelPlural__ in the caller’s scope, by name' })
  __plural__(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    requireCaller(ctx);
    return paginate(ctx.em, __Entity__, {}, args, { name: 'asc', id: 'asc' });
  }

  @Query(() => __Entity__, { description: 'One __label__ in the caller’s scope; NOT_FOUND otherwise' })
  async __entity__(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<__Entity__> {
    requireCaller(ctx);
    return find__Entity__OrFail(ctx.em, id);
  }

  @FieldResolver(() => TenantRef, { description: 'The tenant it belongs to (resolved by the tenants subgraph)' })
  tenant(@Root() row: __Entity__): TenantRef {
    return Object.assign(new TenantRef(), { id: row.tenantId });
  }

  @Mutation(() => __Entity__, { description: 'Admins: add one __label__ to the tenant they act on' })
  create__Entity__(
    @Arg('input', () => Create__Entity__Input) input: Create__Entity__Input,
    @Ctx() ctx: RequestContext,
  ) {
    return create__Entity__(ctx, input);
  }

  @Mutation(() => __Entity__, { description: 'Admins: change one __label__ (CONFLICT on a stale version)' })
  update__Entity__(
    @Arg('input', () => Update__Entity__Input) input: Update__Entity__Input,
    @Ctx() ctx: RequestContext,
  ) {
    return update__Entity__(ctx, input);
  }
}
