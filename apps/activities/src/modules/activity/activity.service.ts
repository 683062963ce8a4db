import { randomUUID } from 'node:crypto';
import {
  audit,
  badInput,
  type Caller,
  conflict,
  diffFields,
  type EntityManager,
  notFound,
  paginate,
  parseInput,
  type RequestContext,
  requireCaller,
} from '@frontline/subgraph-kit';
import { OptimisticLockError, raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Campaign } from '../campaign/campaign.entity.js';
import { periodBounds } from '../common/dates.js';
import { actingUnion } from '../common/scope.js';
import { idField } from '../common/validation.js';
import {
  Activity,
  ActivityKind,
  ActivityKindDef,
  ActivityOfficer,
  type ActivityPhoto,
  ActivityStatus,
  ActivityTeam,
} from './activity.entity.js';
import {
  type ActivityFilter,
  type ActivityKindInput,
  activityFilterSchema,
  activityKindNameSchema,
  type CreateActivityInput,
  createActivitySchema,
  type UpdateActivityInput,
  type UpdateActivityKindInput,
  updateActivityKindSchema,
  updateActivitySchema,
} from './activity.inputs.js';

/** Finds one activity within the EntityManager's scope; unknown and out-of-scope look the same. */
export async function findActivityOrFail(em: EntityManager, id: string, field = 'id'): Promise<Activity> {
  parseInput(idField, id, field);
  const found = await em.findOne(Activity, { id });
  if (!found) throw notFound('entity.activity');
  return found;
}

/** Turns a repository conflict into CONFLICT; other errors go on. */
export function rethrowConflict(err: unknown): never {
  if (err instanceof OptimisticLockError) throw conflict();
  throw err;
}

function searchTextOf(
  a: Pick<Activity, 'title' | 'place' | 'customKind'>,
  teams: { name: string }[],
  officers: { name: string }[],
): string {
  return [a.title, a.place, a.customKind, ...teams.map((t) => t.name), ...officers.map((o) => o.name)]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/** The union's own kind, when kind is OTHER; refused otherwise or when unknown / archived. */
async function customKindFor(
  em: EntityManager,
  kind: ActivityKind,
  customKindId: string | null | undefined,
  prefix: string,
): Promise<{ id: string; name: string } | null> {
  if (kind !== ActivityKind.OTHER) {
    if (customKindId)
      throw badInput([{ field: `${prefix}.customKindId`, key: 'activity.customKindOnlyOther' }]);
    return null;
  }
  if (!customKindId)
    throw badInput([{ field: `${prefix}.customKindId`, key: 'activity.customKindRequired' }]);
  const def = await em.findOne(ActivityKindDef, { id: customKindId, archived: false });
  if (!def) throw badInput([{ field: `${prefix}.customKindId`, key: 'activity.customKindUnknown' }]);
  return { id: def.id, name: def.name };
}

/** A campaign the union can see (its federation's, through the inherited read policy). */
async function checkCampaign(em: EntityManager, campaignId: string | null | undefined, prefix: string) {
  if (!campaignId) return;
  if (!(await em.findOne(Campaign, { id: campaignId })))
    throw badInput([{ field: `${prefix}.campaignId`, key: 'activity.campaignUnknown' }]);
}

function teamRows(caller: Caller, activityId: string, teams: { id: string; name: string }[]) {
  return teams.map((t) =>
    Object.assign(new ActivityTeam(), {
      id: randomUUID(),
      tenantId: caller.scope.id,
      tenantPath: caller.scope.path,
      activityId,
      teamId: t.id,
      teamName: t.name,
    }),
  );
}

function officerRows(caller: Caller, activityId: string, officers: { id: string; name: string }[]) {
  return officers.map((o) =>
    Object.assign(new ActivityOfficer(), {
      id: randomUUID(),
      tenantId: caller.scope.id,
      tenantPath: caller.scope.path,
      activityId,
      officerId: o.id,
      name: o.name,
    }),
  );
}

export async function createActivity(ctx: RequestContext, input: CreateActivityInput): Promise<Activity> {
  const caller = actingUnion(ctx);
  const data = parseInput(createActivitySchema, input, 'input');
  const custom = await customKindFor(ctx.em, data.kind, data.customKindId, 'input');
  await checkCampaign(ctx.em, data.campaignId, 'input');
  const officers = data.officers ?? [{ id: caller.officerId, name: caller.name }];
  const now = new Date();
  const activity = Object.assign(new Activity(), {
    id: randomUUID(),
    tenantId: caller.scope.id,
    tenantPath: caller.scope.path,
    kind: data.kind,
    customKindId: custom?.id ?? null,
    customKind: custom?.name ?? null,
    title: data.title,
    startsAt: data.startsAt,
    endsAt: data.endsAt ?? null,
    place: data.place,
    status: data.status,
    notes: data.notes,
    photos: data.photos as ActivityPhoto[],
    headcount: data.headcount ?? null,
    campaignId: data.campaignId ?? null,
    searchText: '',
    checkinNonce: null,
    checkinExpiresAt: null,
    createdById: caller.officerId,
    createdByName: caller.name,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  activity.searchText = searchTextOf(activity, data.teams, officers);
  await ctx.em.transactional(async (tx) => {
    tx.persist(activity);
    for (const row of teamRows(caller, activity.id, data.teams)) tx.persist(row);
    for (const row of officerRows(caller, activity.id, officers)) tx.persist(row);
    audit(tx, caller, ctx.requestId, {
      tenantId: activity.tenantId,
      tenantPath: activity.tenantPath,
      action: 'activity.create',
      entity: 'Activity',
      entityId: activity.id,
      changes: {
        kind: [null, activity.kind],
        title: [null, activity.title],
        status: [null, activity.status],
        teams: [null, data.teams.map((t) => t.id)],
        officers: [null, officers.map((o) => o.id)],
      },
    });
  });
  return activity;
}

const AUDITED = [
  'kind',
  'customKind',
  'title',
  'startsAt',
  'endsAt',
  'place',
  'status',
  'notes',
  'headcount',
  'campaignId',
] as const;

export async function updateActivity(ctx: RequestContext, input: UpdateActivityInput): Promise<Activity> {
  const caller = actingUnion(ctx);
  const data = parseInput(updateActivitySchema, input, 'input');
  const activity = await findActivityOrFail(ctx.em, data.id, 'input.id');
  if (activity.version !== data.version) throw conflict();
  const before = { ...activity };
  const kind = data.kind ?? activity.kind;
  if (data.kind !== undefined || data.customKindId !== undefined) {
    const custom = await customKindFor(
      ctx.em,
      kind,
      data.customKindId === undefined ? activity.customKindId : data.customKindId,
      'input',
    );
    activity.kind = kind;
    activity.customKindId = custom?.id ?? null;
    activity.customKind = custom?.name ?? null;
  }
  if (data.campaignId !== undefined) {
    await checkCampaign(ctx.em, data.campaignId, 'input');
    activity.campaignId = data.campaignId ?? null;
  }
  if (data.title !== undefined) activity.title = data.title;
  if (data.startsAt !== undefined) activity.startsAt = data.startsAt;
  if (data.endsAt !== undefined) activity.endsAt = data.endsAt ?? null;
  if (activity.endsAt && activity.endsAt < activity.startsAt)
    throw badInput([{ field: 'input.endsAt', key: 'validation.periodOrder' }]);
  if (data.place !== undefined) activity.place = data.place;
  if (data.notes !== undefined) activity.notes = data.notes;
  if (data.headcount !== undefined) activity.headcount = data.headcount ?? null;
  if (data.photos !== undefined) activity.photos = data.photos as ActivityPhoto[];
  if (data.status !== undefined) {
    activity.status = data.status;
    // A cancelled activity takes no more check-ins.
    if (data.status === ActivityStatus.CANCELLED) {
      activity.checkinNonce = null;
      activity.checkinExpiresAt = null;
    }
  }
  const changes = diffFields(before, activity, [...AUDITED]);
  if (before.photos !== activity.photos) changes.photos = [before.photos.length, activity.photos.length];
  try {
    await ctx.em.transactional(async (tx) => {
      let teams = await tx.find(ActivityTeam, { activityId: activity.id });
      let officers = await tx.find(ActivityOfficer, { activityId: activity.id });
      if (data.teams !== undefined) {
        changes.teams = [teams.map((t) => t.teamId), data.teams.map((t) => t.id)];
        await tx.nativeDelete(ActivityTeam, { activityId: activity.id });
        teams = teamRows(caller, activity.id, data.teams);
        for (const row of teams) tx.persist(row);
      }
      if (data.officers !== undefined) {
        changes.officers = [officers.map((o) => o.officerId), data.officers.map((o) => o.id)];
        await tx.nativeDelete(ActivityOfficer, { activityId: activity.id });
        officers = officerRows(caller, activity.id, data.officers);
        for (const row of officers) tx.persist(row);
      }
      activity.searchText = searchTextOf(
        activity,
        teams.map((t) => ({ name: t.teamName })),
        officers,
      );
      // Child rows alone do not touch the activity row: bump it so the version still guards them.
      activity.updatedAt = new Date();
      audit(tx, caller, ctx.requestId, {
        tenantId: activity.tenantId,
        tenantPath: activity.tenantPath,
        action: 'activity.update',
        entity: 'Activity',
        entityId: activity.id,
        changes,
      });
      await tx.flush();
    });
  } catch (err) {
    rethrowConflict(err);
  }
  return activity;
}

/** Activities in scope, newest first, filtered. Sub-selects run under the same scope and RLS. */
export async function listActivities(
  ctx: RequestContext,
  args: { first?: number | null; after?: string | null; filter?: ActivityFilter | null },
) {
  requireCaller(ctx);
  const f = parseInput(activityFilterSchema, args.filter ?? {}, 'filter');
  const where: Record<string, unknown>[] = [];
  if (f.kinds?.length) where.push({ kind: { $in: f.kinds } });
  if (f.statuses?.length) where.push({ status: { $in: f.statuses } });
  if (f.from) where.push({ startsAt: { $gte: periodBounds(f.from, f.from).start } });
  if (f.to) where.push({ startsAt: { $lt: periodBounds(f.to, f.to).end } });
  if (f.campaignId) where.push({ campaignId: f.campaignId });
  if (f.search) where.push({ searchText: { $like: `%${escapeLike(f.search.toLowerCase())}%` } });
  if (f.teamId) where.push(childFilter('activity_team', 'team_id', f.teamId));
  if (f.officerId) where.push(childFilter('activity_officer', 'officer_id', f.officerId));
  if (f.memberId) where.push(childFilter('attendance', 'member_id', f.memberId));
  return paginate<Activity>(ctx.em, Activity, (where.length ? { $and: where } : {}) as never, args, {
    startsAt: 'desc',
    id: 'desc',
  });
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `id in (select activity_id from <table> where <column> = ?)`: one indexed sub-select. */
export function childFilter(table: string, column: string, value: string) {
  return {
    [raw(
      (alias: string) =>
        `${alias}.id in (select c.activity_id from activities.${table} c where c.${column} = ?)`,
      [value],
    )]: [],
  };
}

export async function createActivityKind(ctx: RequestContext, input: ActivityKindInput) {
  const caller = actingUnion(ctx);
  const name = parseInput(activityKindNameSchema, input.name, 'input.name');
  const def = Object.assign(new ActivityKindDef(), {
    id: randomUUID(),
    tenantId: caller.scope.id,
    tenantPath: caller.scope.path,
    name,
    archived: false,
    createdAt: new Date(),
    version: 1,
  });
  try {
    await ctx.em.transactional(async (tx) => {
      tx.persist(def);
      audit(tx, caller, ctx.requestId, {
        tenantId: def.tenantId,
        tenantPath: def.tenantPath,
        action: 'activityKind.create',
        entity: 'ActivityKind',
        entityId: def.id,
        changes: { name: [null, name] },
      });
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException)
      throw badInput([{ field: 'input.name', key: 'activity.customKindExists' }]);
    throw err;
  }
  return def;
}

export async function updateActivityKind(ctx: RequestContext, input: UpdateActivityKindInput) {
  const caller = actingUnion(ctx);
  const data = parseInput(updateActivityKindSchema, input, 'input');
  const def = await ctx.em.findOne(ActivityKindDef, { id: data.id });
  if (!def) throw notFound('entity.activityKind');
  if (def.version !== data.version) throw conflict();
  const before = { ...def };
  if (data.name) def.name = data.name;
  if (data.archived !== undefined && data.archived !== null) def.archived = data.archived;
  try {
    await ctx.em.transactional(async (tx) => {
      audit(tx, caller, ctx.requestId, {
        tenantId: def.tenantId,
        tenantPath: def.tenantPath,
        action: 'activityKind.update',
        entity: 'ActivityKind',
        entityId: def.id,
        changes: diffFields(before, def, ['name', 'archived']),
      });
      await tx.flush();
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException)
      throw badInput([{ field: 'input.name', key: 'activity.customKindExists' }]);
    rethrowConflict(err);
  }
  return def;
}
