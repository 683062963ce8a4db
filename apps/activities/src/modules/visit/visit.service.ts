import { randomUUID } from 'node:crypto';
import {
  audit,
  badInput,
  conflict,
  diffFields,
  type EntityManager,
  notFound,
  paginate,
  parseInput,
  type RequestContext,
  requireCaller,
} from '@frontline/subgraph-kit';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ActivityStatus } from '../activity/activity.entity.js';
import { findActivityOrFail, rethrowConflict } from '../activity/activity.service.js';
import { addDays, isoDate, periodBounds, periodContaining, today } from '../common/dates.js';
import { orgUnitRef } from '../common/refs.js';
import { actingUnion } from '../common/scope.js';
import { idField } from '../common/validation.js';
import { VisitPlan, VisitReason, VisitTask, VisitTaskStatus } from './visit.entity.js';
import {
  type CompleteVisitTaskInput,
  type CreateVisitPlanInput,
  type CreateVisitTaskInput,
  completeVisitTaskSchema,
  createVisitPlanSchema,
  createVisitTaskSchema,
  type GeneratedVisitTasks,
  type GenerateVisitTasksInput,
  generateVisitTasksSchema,
  type UpdateVisitPlanInput,
  type UpdateVisitTaskInput,
  updateVisitPlanSchema,
  updateVisitTaskSchema,
  type VisitPlanProgress,
  type VisitTaskFilter,
  visitTaskFilterSchema,
} from './visit.inputs.js';

/**
 * Done activities per team in [start, end): how often, and when last. One aggregate; ids travel as
 * one comma-joined text (they hold no commas) so the same SQL runs on PGlite and PostgreSQL.
 */
export async function visitsByTeam(
  em: EntityManager,
  start: Date,
  end: Date,
  teamIds: string[] | null,
  range?: [string, string],
): Promise<Map<string, { visits: number; lastAt: Date }>> {
  const rows: { team_id: string; visits: number; last_at: string | Date }[] = await em.execute(
    `select t.team_id, count(distinct a.id)::int as visits, max(a.starts_at) as last_at
       from activities.activity_team t
       join activities.activity a on a.tenant_id = t.tenant_id and a.id = t.activity_id
      where a.status = 'DONE' and a.starts_at >= ? and a.starts_at < ?
        ${teamIds ? `and t.team_id = any(string_to_array(?, ',')::uuid[])` : ''}
        ${range ? 'and a.tenant_path >= ? and a.tenant_path < ?' : ''}
      group by t.team_id`,
    [start, end, ...(teamIds ? [teamIds.join(',')] : []), ...(range ?? [])],
  );
  return new Map(rows.map((r) => [r.team_id, { visits: r.visits, lastAt: new Date(r.last_at) }]));
}

export async function findPlanOrFail(em: EntityManager, id: string, field = 'id') {
  parseInput(idField, id, field);
  const plan = await em.findOne(VisitPlan, { id });
  if (!plan) throw notFound('entity.visitPlan');
  return plan;
}

export async function createVisitPlan(ctx: RequestContext, input: CreateVisitPlanInput) {
  const caller = actingUnion(ctx);
  const data = parseInput(createVisitPlanSchema, input, 'input');
  const now = new Date();
  const plan = Object.assign(new VisitPlan(), {
    id: randomUUID(),
    tenantId: caller.scope.id,
    tenantPath: caller.scope.path,
    ...data,
    endsOn: data.endsOn ?? null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  await ctx.em.transactional(async (tx) => {
    tx.persist(plan);
    audit(tx, caller, ctx.requestId, {
      tenantId: plan.tenantId,
      tenantPath: plan.tenantPath,
      action: 'visitPlan.create',
      entity: 'VisitPlan',
      entityId: plan.id,
      changes: {
        name: [null, plan.name],
        periodKind: [null, plan.periodKind],
        targetPerTeam: [null, plan.targetPerTeam],
        teams: [null, plan.teamIds.length],
      },
    });
  });
  return plan;
}

export async function updateVisitPlan(ctx: RequestContext, input: UpdateVisitPlanInput) {
  const caller = actingUnion(ctx);
  const data = parseInput(updateVisitPlanSchema, input, 'input');
  const plan = await findPlanOrFail(ctx.em, data.id, 'input.id');
  if (plan.version !== data.version) throw conflict();
  const before = { ...plan };
  for (const key of ['name', 'periodKind', 'targetPerTeam', 'teamIds', 'startsOn', 'active'] as const) {
    if (data[key] !== undefined && data[key] !== null) Object.assign(plan, { [key]: data[key] });
  }
  if (data.endsOn !== undefined) plan.endsOn = data.endsOn ?? null;
  if (plan.endsOn && plan.endsOn < plan.startsOn)
    throw badInput([{ field: 'input.endsOn', key: 'validation.periodOrder' }]);
  const changes = diffFields(before, plan, [
    'name',
    'periodKind',
    'targetPerTeam',
    'startsOn',
    'endsOn',
    'active',
  ]);
  if (before.teamIds !== plan.teamIds) changes.teams = [before.teamIds.length, plan.teamIds.length];
  try {
    await ctx.em.transactional(async (tx) => {
      audit(tx, caller, ctx.requestId, {
        tenantId: plan.tenantId,
        tenantPath: plan.tenantPath,
        action: 'visitPlan.update',
        entity: 'VisitPlan',
        entityId: plan.id,
        changes,
      });
      await tx.flush();
    });
  } catch (err) {
    rethrowConflict(err);
  }
  return plan;
}

/** The plan's month or quarter containing `on` (today by default): visits per team vs target. */
export async function visitPlanProgress(ctx: RequestContext, planId: string, on?: string | null) {
  requireCaller(ctx);
  const plan = await findPlanOrFail(ctx.em, planId, 'planId');
  const day = on ? parseInput(isoDate, on, 'on') : today();
  const period = periodContaining(plan.periodKind, day);
  const { start, end } = periodBounds(period.from, period.to);
  const counts = await visitsByTeam(ctx.em, start, end, plan.teamIds);
  const teams = plan.teamIds
    .map((id) => {
      const visits = counts.get(id)?.visits ?? 0;
      return { team: orgUnitRef(id), visits, target: plan.targetPerTeam, met: visits >= plan.targetPerTeam };
    })
    .sort((a, b) => a.visits - b.visits || a.team.id.localeCompare(b.team.id));
  return {
    ...period,
    teamsMet: teams.filter((t) => t.met).length,
    teamsTotal: teams.length,
    teams,
  } satisfies VisitPlanProgress;
}

export async function findTaskOrFail(em: EntityManager, id: string, field = 'id') {
  parseInput(idField, id, field);
  const task = await em.findOne(VisitTask, { id });
  if (!task) throw notFound('entity.visitTask');
  return task;
}

function newTask(
  scope: { id: string; path: string },
  by: string,
  fields: Pick<
    VisitTask,
    'memberId' | 'teamId' | 'reason' | 'note' | 'assigneeId' | 'assigneeName' | 'dueOn'
  >,
): VisitTask {
  const now = new Date();
  return Object.assign(new VisitTask(), {
    id: randomUUID(),
    tenantId: scope.id,
    tenantPath: scope.path,
    ...fields,
    status: VisitTaskStatus.OPEN,
    doneActivityId: null,
    doneAt: null,
    createdByName: by,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
}

export async function createVisitTask(ctx: RequestContext, input: CreateVisitTaskInput) {
  const caller = actingUnion(ctx);
  const data = parseInput(createVisitTaskSchema, input, 'input');
  const task = newTask(caller.scope, caller.name, {
    memberId: data.memberId ?? null,
    teamId: data.teamId ?? null,
    reason: data.reason,
    note: data.note,
    assigneeId: data.assigneeId ?? null,
    assigneeName: data.assigneeName,
    dueOn: data.dueOn,
  });
  try {
    await ctx.em.transactional(async (tx) => {
      tx.persist(task);
      audit(tx, caller, ctx.requestId, {
        tenantId: task.tenantId,
        tenantPath: task.tenantPath,
        action: 'visitTask.create',
        entity: 'VisitTask',
        entityId: task.id,
        changes: {
          reason: [null, task.reason],
          memberId: [null, task.memberId],
          teamId: [null, task.teamId],
        },
      });
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException)
      throw badInput([{ field: 'input.memberId', key: 'visitTask.alreadyOpen' }]);
    throw err;
  }
  return task;
}

/** One open task per (member, reason): members who have one are skipped, so the call can repeat. */
export async function generateVisitTasks(
  ctx: RequestContext,
  input: GenerateVisitTasksInput,
): Promise<GeneratedVisitTasks> {
  const caller = actingUnion(ctx);
  const data = parseInput(generateVisitTasksSchema, input, 'input');
  const memberIds = [...new Set(data.memberIds)];
  const dueOn = addDays(today(), data.dueInDays);
  let created: VisitTask[] = [];
  try {
    await ctx.em.transactional(async (tx) => {
      const open = await tx.find(
        VisitTask,
        { reason: data.reason, status: VisitTaskStatus.OPEN, memberId: { $in: memberIds } },
        { fields: ['memberId'] },
      );
      const has = new Set(open.map((t) => t.memberId));
      created = memberIds
        .filter((id) => !has.has(id))
        .map((memberId) =>
          newTask(caller.scope, caller.name, {
            memberId,
            teamId: null,
            reason: data.reason,
            note: data.note,
            assigneeId: data.assigneeId ?? null,
            assigneeName: data.assigneeName,
            dueOn,
          }),
        );
      for (const task of created) {
        tx.persist(task);
        audit(tx, caller, ctx.requestId, {
          tenantId: task.tenantId,
          tenantPath: task.tenantPath,
          action: 'visitTask.generate',
          entity: 'VisitTask',
          entityId: task.id,
          changes: { reason: [null, task.reason], memberId: [null, task.memberId] },
        });
      }
    });
  } catch (err) {
    // A concurrent run created some of them first: nothing of this one was kept; running it again is safe.
    if (err instanceof UniqueConstraintViolationException) throw conflict();
    throw err;
  }
  return { created, skipped: memberIds.length - created.length };
}

export async function updateVisitTask(ctx: RequestContext, input: UpdateVisitTaskInput) {
  const caller = actingUnion(ctx);
  const data = parseInput(updateVisitTaskSchema, input, 'input');
  const task = await findTaskOrFail(ctx.em, data.id, 'input.id');
  if (task.version !== data.version) throw conflict();
  const before = { ...task };
  if (data.assigneeId !== undefined) {
    task.assigneeId = data.assigneeId ?? null;
    task.assigneeName = data.assigneeName ?? null;
  }
  if (data.dueOn) task.dueOn = data.dueOn;
  if (data.note !== undefined) task.note = data.note;
  if (data.cancel) {
    if (task.status !== VisitTaskStatus.OPEN)
      throw badInput([{ field: 'input.cancel', key: 'visitTask.notOpen' }]);
    task.status = VisitTaskStatus.CANCELLED;
  }
  try {
    await ctx.em.transactional(async (tx) => {
      audit(tx, caller, ctx.requestId, {
        tenantId: task.tenantId,
        tenantPath: task.tenantPath,
        action: 'visitTask.update',
        entity: 'VisitTask',
        entityId: task.id,
        changes: diffFields(before, task, ['assigneeId', 'assigneeName', 'dueOn', 'note', 'status']),
      });
      await tx.flush();
    });
  } catch (err) {
    rethrowConflict(err);
  }
  return task;
}

/** Done by a visit that was made (DONE) and included the member (present or heard) or the team. */
export async function completeVisitTask(ctx: RequestContext, input: CompleteVisitTaskInput) {
  const caller = actingUnion(ctx);
  const data = parseInput(completeVisitTaskSchema, input, 'input');
  const task = await findTaskOrFail(ctx.em, data.id, 'input.id');
  if (task.version !== data.version) throw conflict();
  if (task.status !== VisitTaskStatus.OPEN) throw badInput([{ field: 'input.id', key: 'visitTask.notOpen' }]);
  const activity = await findActivityOrFail(ctx.em, data.activityId, 'input.activityId');
  if (activity.status !== ActivityStatus.DONE)
    throw badInput([{ field: 'input.activityId', key: 'visitTask.activityNotDone' }]);
  const [{ included }] = await ctx.em.execute(
    `select (
        exists (select 1 from activities.attendance where tenant_id = ? and activity_id = ? and member_id = ?)
     or exists (select 1 from activities.heard_item where tenant_id = ? and activity_id = ? and ?::text = any(member_ids))
     or exists (select 1 from activities.activity_team where tenant_id = ? and activity_id = ? and team_id = ?)
     ) as included`,
    [
      ...[activity.tenantId, activity.id, task.memberId],
      ...[activity.tenantId, activity.id, task.memberId],
      ...[activity.tenantId, activity.id, task.teamId],
    ],
  );
  if (!included) throw badInput([{ field: 'input.activityId', key: 'visitTask.activityMismatch' }]);
  task.status = VisitTaskStatus.DONE;
  task.doneActivityId = activity.id;
  task.doneAt = new Date();
  try {
    await ctx.em.transactional(async (tx) => {
      audit(tx, caller, ctx.requestId, {
        tenantId: task.tenantId,
        tenantPath: task.tenantPath,
        action: 'visitTask.complete',
        entity: 'VisitTask',
        entityId: task.id,
        changes: {
          status: [VisitTaskStatus.OPEN, VisitTaskStatus.DONE],
          doneActivityId: [null, activity.id],
        },
      });
      await tx.flush();
    });
  } catch (err) {
    rethrowConflict(err);
  }
  return task;
}

/** The task inbox: open ones by due date, so overdue come first; `mine` for the caller's own. */
export async function listVisitTasks(
  ctx: RequestContext,
  args: { first?: number | null; after?: string | null; filter?: VisitTaskFilter | null },
) {
  const caller = requireCaller(ctx);
  const f = parseInput(visitTaskFilterSchema, args.filter ?? {}, 'filter');
  const where: Record<string, unknown>[] = [];
  if (f.overdue) where.push({ status: VisitTaskStatus.OPEN, dueOn: { $lt: today() } });
  else where.push({ status: { $in: f.statuses?.length ? f.statuses : [VisitTaskStatus.OPEN] } });
  if (f.mine) where.push({ assigneeId: caller.officerId });
  else if (f.assigneeId) where.push({ assigneeId: f.assigneeId });
  if (f.reasons?.length) where.push({ reason: { $in: f.reasons } });
  if (f.memberId) where.push({ memberId: f.memberId });
  if (f.teamId) where.push({ teamId: f.teamId });
  return paginate<VisitTask>(ctx.em, VisitTask, { $and: where } as never, args, { dueOn: 'asc', id: 'asc' });
}

export { VisitReason };
