import {
  ConnectionArgs,
  ConnectionType,
  paginate,
  type RequestContext,
  requireCaller,
  scopeUpperBound,
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
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { MembersDeps } from '../../deps.js';
import { Transfer, TransferDirection, TransferStatus } from './transfer.entity.js';
import {
  acceptTransfer,
  cancelTransfer,
  directionOf,
  nudgeTransfer,
  rejectTransfer,
  startTransfer,
} from './transfer.service.js';

export const TransferConnection = ConnectionType(Transfer, 'Transfer');

@ArgsType()
class TransfersArgs extends ConnectionArgs {
  @Field(() => TransferDirection, {
    nullable: true,
    description: 'Inbox (INCOMING) or outbox (OUTGOING); both if omitted',
  })
  direction?: TransferDirection;

  @Field(() => [TransferStatus], { nullable: true })
  status?: TransferStatus[];
}

@InputType()
export class StartTransferInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => ID, { description: 'The receiving enterprise union (from tenantDirectory)' })
  toTenantId!: string;

  @Field(() => String, { nullable: true })
  reason?: string;
}

@InputType()
export class DecideTransferInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Accepting: the team the member joins' })
  orgUnitId?: string;

  @Field(() => String, { nullable: true })
  note?: string;
}

@Resolver(() => Transfer)
export class TransferResolver {
  constructor(private readonly deps: MembersDeps) {}

  @Query(() => TransferConnection, { description: 'Transfers in or out of the caller’s scope, newest first' })
  transfers(@Args(() => TransfersArgs) args: TransfersArgs, @Ctx() ctx: RequestContext) {
    const caller = requireCaller(ctx);
    const range = { $gte: caller.scope.path, $lt: scopeUpperBound(caller.scope.path) };
    const where: FilterQuery<Transfer> = {};
    if (args.direction === TransferDirection.INCOMING) where.toTenantPath = range;
    if (args.direction === TransferDirection.OUTGOING) where.tenantPath = range;
    if (args.status?.length) where.status = { $in: args.status };
    return paginate(ctx.em, Transfer, where, args, { requestedAt: 'desc', id: 'desc' });
  }

  @FieldResolver(() => TransferDirection, { nullable: true, description: 'As seen from the caller’s scope' })
  direction(@Root() transfer: Transfer, @Ctx() ctx: RequestContext) {
    return directionOf(transfer, requireCaller(ctx).scope.path);
  }

  @Mutation(() => Transfer, { description: 'Sending union: start a transfer (接转) of a member' })
  startTransfer(
    @Arg('input', () => StartTransferInput) input: StartTransferInput,
    @Ctx() ctx: RequestContext,
  ) {
    return startTransfer(ctx, this.deps, input);
  }

  @Mutation(() => Transfer, {
    description: 'Receiving union: accept into a team; the member keeps the whole history',
  })
  acceptTransfer(
    @Arg('input', () => DecideTransferInput) input: DecideTransferInput,
    @Ctx() ctx: RequestContext,
  ) {
    return acceptTransfer(ctx, this.deps, input);
  }

  @Mutation(() => Transfer, { description: 'Receiving union: reject, with a reason' })
  rejectTransfer(
    @Arg('input', () => DecideTransferInput) input: DecideTransferInput,
    @Ctx() ctx: RequestContext,
  ) {
    return rejectTransfer(ctx, this.deps, input);
  }

  @Mutation(() => Transfer, { description: 'Sending union: withdraw a pending transfer' })
  cancelTransfer(
    @Arg('input', () => DecideTransferInput) input: DecideTransferInput,
    @Ctx() ctx: RequestContext,
  ) {
    return cancelTransfer(ctx, this.deps, input);
  }

  @Mutation(() => Transfer, { description: 'Federation officers: remind both sides of a stuck transfer' })
  nudgeTransfer(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return nudgeTransfer(ctx, id);
  }
}
