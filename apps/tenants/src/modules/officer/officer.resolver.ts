import {
  ConnectionArgs,
  ConnectionType,
  paginate,
  type RequestContext,
  requireCaller,
} from '@frontline/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Tenant } from '../tenant/tenant.entity.js';
import { tenantByIdInHomeScope } from '../tenant/tenant.loaders.js';
import { Officer } from './officer.entity.js';
import { CreateOfficerInput, UpdateOfficerInput } from './officer.inputs.js';
import { createOfficer, updateOfficer } from './officer.service.js';

export const OfficerConnection = ConnectionType(Officer, 'Officer');

@Resolver(() => Officer)
export class OfficerResolver {
  @Query(() => OfficerConnection, { description: 'Officers of the tenant the caller acts on' })
  officers(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    const caller = requireCaller(ctx);
    return paginate(ctx.em, Officer, { tenantId: caller.scope.id }, args, { displayName: 'asc', id: 'asc' });
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() officer: Officer, @Ctx() ctx: RequestContext) {
    return tenantByIdInHomeScope(ctx).load(officer.tenantId);
  }

  @Mutation(() => Officer, { description: 'Admins: add an officer to the tenant they act on' })
  createOfficer(
    @Arg('input', () => CreateOfficerInput) input: CreateOfficerInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createOfficer(ctx, input);
  }

  @Mutation(() => Officer, {
    description: 'Admins: rename, change role, disable or reset the password of an officer',
  })
  updateOfficer(
    @Arg('input', () => UpdateOfficerInput) input: UpdateOfficerInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateOfficer(ctx, input);
  }
}
