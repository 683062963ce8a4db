import {
  ConnectionArgs,
  ConnectionType,
  paginate,
  type RequestContext,
  requireCaller,
} from '@frontline/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Case } from './case.entity.js';
import { CreateCaseInput, UpdateCaseInput } from './case.inputs.js';
import { createCase, findCaseOrFail, updateCase } from './case.service.js';
import { TenantRef } from './tenant-ref.js';

export const CaseConnection = ConnectionType(Case, 'Case');

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CaseConnection, { description: 'Cases in the caller’s scope, by name' })
  cases(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    requireCaller(ctx);
    return paginate(ctx.em, Case, {}, args, { name: 'asc', id: 'asc' });
  }

  @Query(() => Case, { description: 'One case in the caller’s scope; NOT_FOUND otherwise' })
  async case(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Case> {
    requireCaller(ctx);
    return findCaseOrFail(ctx.em, id);
  }

  @FieldResolver(() => TenantRef, {
    description: 'The tenant it belongs to (resolved by the tenants subgraph)',
  })
  tenant(@Root() row: Case): TenantRef {
    return Object.assign(new TenantRef(), { id: row.tenantId });
  }

  @Mutation(() => Case, { description: 'Admins: add one case to the tenant they act on' })
  createCase(@Arg('input', () => CreateCaseInput) input: CreateCaseInput, @Ctx() ctx: RequestContext) {
    return createCase(ctx, input);
  }

  @Mutation(() => Case, { description: 'Admins: change one case (CONFLICT on a stale version)' })
  updateCase(@Arg('input', () => UpdateCaseInput) input: UpdateCaseInput, @Ctx() ctx: RequestContext) {
    return updateCase(ctx, input);
  }
}
