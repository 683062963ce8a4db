import { ConnectionType, type RequestContext, requireCaller } from '@frontline/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ActivitiesDeps } from '../../deps.js';
import { Activity } from '../activity/activity.entity.js';
import { activityById } from '../activity/activity.resolver.js';
import { CaseRef, caseRef, MemberRef, memberRef, OrgUnitRef, orgUnitRef } from '../common/refs.js';
import { HeardItem } from './heard-item.entity.js';
import {
  AddHeardItemInput,
  HeardItemListArgs,
  OpenCaseFromHeardItemInput,
  UpdateHeardItemInput,
} from './heard-item.inputs.js';
import {
  addHeardItem,
  findHeardItemOrFail,
  listHeardItems,
  openCaseFromHeardItem,
  updateHeardItem,
} from './heard-item.service.js';

export const HeardItemConnection = ConnectionType(HeardItem, 'HeardItem');

@Resolver(() => HeardItem)
export class HeardItemResolver {
  constructor(private readonly deps: ActivitiesDeps) {}

  @Query(() => HeardItemConnection, { description: 'What was heard on visits, newest first' })
  heardItems(@Args(() => HeardItemListArgs) args: HeardItemListArgs, @Ctx() ctx: RequestContext) {
    return listHeardItems(ctx, args);
  }

  @Query(() => HeardItem)
  heardItem(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    requireCaller(ctx);
    return findHeardItemOrFail(ctx.em, id);
  }

  @FieldResolver(() => Activity)
  activity(@Root() item: HeardItem, @Ctx() ctx: RequestContext) {
    return activityById(ctx).load(item.activityId);
  }

  @FieldResolver(() => [MemberRef])
  members(@Root() item: HeardItem): MemberRef[] {
    return item.memberIds.map(memberRef);
  }

  @FieldResolver(() => OrgUnitRef, { nullable: true })
  team(@Root() item: HeardItem): OrgUnitRef | null {
    return item.teamId ? orgUnitRef(item.teamId) : null;
  }

  @FieldResolver(() => CaseRef, {
    nullable: true,
    description: 'The case it became (the cases subgraph resolves it)',
  })
  case(@Root() item: HeardItem): CaseRef | null {
    return item.caseId ? caseRef(item.caseId) : null;
  }

  @Mutation(() => HeardItem, { description: 'Record what was heard on an activity' })
  addHeardItem(@Arg('input', () => AddHeardItemInput) input: AddHeardItemInput, @Ctx() ctx: RequestContext) {
    return addHeardItem(ctx, input);
  }

  @Mutation(() => HeardItem)
  updateHeardItem(
    @Arg('input', () => UpdateHeardItemInput) input: UpdateHeardItemInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateHeardItem(ctx, input);
  }

  @Mutation(() => HeardItem, {
    description:
      'Turn a heard item into a case in the cases subgraph (one step; repeating it returns the same case). SERVICE_UNAVAILABLE when cases cannot be reached: nothing is written.',
  })
  openCaseFromHeardItem(
    @Arg('input', () => OpenCaseFromHeardItemInput) input: OpenCaseFromHeardItemInput,
    @Ctx() ctx: RequestContext,
  ) {
    return openCaseFromHeardItem(ctx, this.deps, input);
  }
}
