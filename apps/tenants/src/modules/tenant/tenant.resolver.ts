import {
  ConnectionArgs,
  ConnectionType,
  paginate,
  parseInput,
  type RequestContext,
  requireCaller,
} from '@frontline/subgraph-kit';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { z } from 'zod';
import { Tenant, TenantKindEnum } from './tenant.entity.js';
import { CreateTenantInput } from './tenant.inputs.js';
import { tenantById, tenantChildren } from './tenant.loaders.js';
import { createChildTenant, findTenantOrFail } from './tenant.service.js';

export const TenantConnection = ConnectionType(Tenant, 'Tenant');

/** The tree a tenant switcher shows is bounded; bigger trees page through `tenants`. */
export const TENANT_TREE_LIMIT = 5000;

@ArgsType()
class TenantsArgs extends ConnectionArgs {
  @Field(() => TenantKindEnum, { nullable: true })
  kind?: TenantKindEnum;

  @Field(() => ID, { nullable: true })
  parentId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name' })
  search?: string;
}

const tenantsFilterSchema = z.object({
  parentId: z.uuid().optional().nullable(),
  search: z.string().trim().max(80).optional().nullable(),
});

@Resolver(() => Tenant)
export class TenantResolver {
  @Query(() => Tenant, { description: 'A tenant in the caller’s scope; NOT_FOUND otherwise' })
  async tenant(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Tenant> {
    requireCaller(ctx);
    return findTenantOrFail(ctx.em, id);
  }

  @Query(() => TenantConnection, { description: 'Tenants in the caller’s scope, by path (tree order)' })
  async tenants(@Args(() => TenantsArgs) args: TenantsArgs, @Ctx() ctx: RequestContext) {
    requireCaller(ctx);
    const filter = parseInput(tenantsFilterSchema, { parentId: args.parentId, search: args.search });
    const where: FilterQuery<Tenant> = {};
    if (args.kind) where.kind = args.kind;
    if (filter.parentId) where.parentId = filter.parentId;
    if (filter.search) where.name = { $ilike: `%${filter.search.replace(/[\\%_]/g, '\\$&')}%` };
    return paginate(ctx.em, Tenant, where, args, { tenantPath: 'asc', id: 'asc' });
  }

  @Query(() => [Tenant], {
    description: `Every tenant in scope in tree order (at most ${TENANT_TREE_LIMIT})`,
  })
  async tenantTree(@Ctx() ctx: RequestContext): Promise<Tenant[]> {
    requireCaller(ctx);
    return ctx.em.find(Tenant, {}, { orderBy: { tenantPath: 'asc' }, limit: TENANT_TREE_LIMIT });
  }

  @FieldResolver(() => Tenant, { nullable: true, description: 'Null at the top of the caller’s scope' })
  parent(@Root() tenant: Tenant, @Ctx() ctx: RequestContext) {
    return tenant.parentId ? tenantById(ctx).load(tenant.parentId) : null;
  }

  @FieldResolver(() => [Tenant])
  children(@Root() tenant: Tenant, @Ctx() ctx: RequestContext) {
    return tenantChildren(ctx).load(tenant.id);
  }

  @Mutation(() => Tenant, { description: 'Federation admins: create a child tenant and its first admin' })
  createTenant(@Arg('input', () => CreateTenantInput) input: CreateTenantInput, @Ctx() ctx: RequestContext) {
    return createChildTenant(ctx, input);
  }
}
