import { ConnectionType, type RequestContext, requireCaller } from '@frontline/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Activity } from '../activity/activity.entity.js';
import { activityById } from '../activity/activity.resolver.js';
import { today } from '../common/dates.js';
import { MemberRef, memberRef, OrgUnitRef, orgUnitRef } from '../common/refs.js';
import { VisitPlan, VisitTask, VisitTaskStatus } from './visit.entity.js';
import {
  CompleteVisitTaskInput,
  CreateVisitPlanInput,
  CreateVisitTaskInput,
  GeneratedVisitTasks,
  GenerateVisitTasksInput,
  UpdateVisitPlanInput,
  UpdateVisitTaskInput,
  VisitPlanProgress,
  VisitTaskListArgs,
} from './visit.inputs.js';
import {
  completeVisitTask,
  createVisitPlan,
  createVisitTask,
  findPlanOrFail,
  findTaskOrFail,
  generateVisitTasks,
  listVisitTasks,
  updateVisitPlan,
  updateVisitTask,
  visitPlanProgress,
} from './visit.service.js';

export const VisitTaskConnection = ConnectionType(VisitTask, 'VisitTask');

@Resolver(() => VisitPlan)
export class VisitPlanResolver {
  @Query(() => [VisitPlan])
  visitPlans(
    @Ctx() ctx: RequestContext,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
  ) {
    requireCaller(ctx);
    return ctx.em.find(VisitPlan, includeInactive ? {} : { active: true }, {
      orderBy: { startsOn: 'desc', id: 'asc' },
      limit: 200,
    });
  }

  @Query(() => VisitPlan)
  visitPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    requireCaller(ctx);
    return findPlanOrFail(ctx.em, id);
  }

  @Query(() => VisitPlanProgress, {
    description: 'Visits per team of a plan in the month or quarter containing `on` (today by default)',
  })
  visitPlanProgress(
    @Arg('planId', () => ID) planId: string,
    @Arg('on', () => String, { nullable: true, description: 'YYYY-MM-DD' }) on: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return visitPlanProgress(ctx, planId, on);
  }

  @FieldResolver(() => [OrgUnitRef])
  teams(@Root() plan: VisitPlan): OrgUnitRef[] {
    return plan.teamIds.map(orgUnitRef);
  }

  @Mutation(() => VisitPlan)
  createVisitPlan(
    @Arg('input', () => CreateVisitPlanInput) input: CreateVisitPlanInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createVisitPlan(ctx, input);
  }

  @Mutation(() => VisitPlan)
  updateVisitPlan(
    @Arg('input', () => UpdateVisitPlanInput) input: UpdateVisitPlanInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateVisitPlan(ctx, input);
  }
}

@Resolver(() => VisitTask)
export class VisitTaskResolver {
  @Query(() => VisitTaskConnection, {
    description: 'Visit tasks by due date (overdue first); `filter.mine` for the caller’s own',
  })
  visitTasks(@Args(() => VisitTaskListArgs) args: VisitTaskListArgs, @Ctx() ctx: RequestContext) {
    return listVisitTasks(ctx, args);
  }

  @Query(() => VisitTask)
  visitTask(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    requireCaller(ctx);
    return findTaskOrFail(ctx.em, id);
  }

  @FieldResolver(() => MemberRef, { nullable: true })
  member(@Root() task: VisitTask): MemberRef | null {
    return task.memberId ? memberRef(task.memberId) : null;
  }

  @FieldResolver(() => OrgUnitRef, { nullable: true })
  team(@Root() task: VisitTask): OrgUnitRef | null {
    return task.teamId ? orgUnitRef(task.teamId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date (China time)' })
  overdue(@Root() task: VisitTask): boolean {
    return task.status === VisitTaskStatus.OPEN && task.dueOn < today();
  }

  @FieldResolver(() => Activity, { nullable: true })
  doneActivity(@Root() task: VisitTask, @Ctx() ctx: RequestContext) {
    return task.doneActivityId ? activityById(ctx).load(task.doneActivityId) : null;
  }

  @Mutation(() => VisitTask)
  createVisitTask(
    @Arg('input', () => CreateVisitTaskInput) input: CreateVisitTaskInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createVisitTask(ctx, input);
  }

  @Mutation(() => GeneratedVisitTasks, {
    description: 'Tasks for members the admin found (e.g. in hardship); one open task per member and reason',
  })
  generateVisitTasks(
    @Arg('input', () => GenerateVisitTasksInput) input: GenerateVisitTasksInput,
    @Ctx() ctx: RequestContext,
  ) {
    return generateVisitTasks(ctx, input);
  }

  @Mutation(() => VisitTask, { description: 'Reassign, reschedule, annotate or cancel a task' })
  updateVisitTask(
    @Arg('input', () => UpdateVisitTaskInput) input: UpdateVisitTaskInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateVisitTask(ctx, input);
  }

  @Mutation(() => VisitTask, {
    description: 'Done by a visit (DONE) that included the task’s member or team',
  })
  completeVisitTask(
    @Arg('input', () => CompleteVisitTaskInput) input: CompleteVisitTaskInput,
    @Ctx() ctx: RequestContext,
  ) {
    return completeVisitTask(ctx, input);
  }
}
