import {
  byKeys,
  ConnectionArgs,
  ConnectionType,
  groupByKeys,
  paginate,
  type RequestContext,
  requireCaller,
} from '@frontline/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ActivitiesDeps } from '../../deps.js';
import { Attendance, CheckinRosterEntry } from '../attendance/attendance.entity.js';
import {
  AddAttendeesInput,
  AttendanceChange,
  CheckInState,
  CheckInTicket,
  OpenCheckInInput,
  RemoveAttendeesInput,
} from '../attendance/attendance.inputs.js';
import {
  addAttendees,
  closeCheckIn,
  openCheckIn,
  removeAttendees,
} from '../attendance/attendance.service.js';
import { Campaign } from '../campaign/campaign.entity.js';
import {
  type OrgUnitRef,
  OrgUnitRef as OrgUnitType,
  orgUnitRef,
  TenantRef,
  tenantRef,
} from '../common/refs.js';
import { HeardItem } from '../heard/heard-item.entity.js';
import { Activity, ActivityKindDef, ActivityOfficer, ActivityTeam } from './activity.entity.js';
import {
  ActivityKindInput,
  ActivityListArgs,
  CreateActivityInput,
  UpdateActivityInput,
  UpdateActivityKindInput,
} from './activity.inputs.js';
import {
  createActivity,
  createActivityKind,
  findActivityOrFail,
  listActivities,
  updateActivity,
  updateActivityKind,
} from './activity.service.js';
import { ActivityConnection } from './connections.js';

export const AttendanceConnection = ConnectionType(Attendance, 'Attendance');

/**
 * Loader key of an activity's child rows: the activity with its tenant, so the batch query can
 * filter `(tenant_id, activity_id)` and use the tenant-led indexes (a federation's page spans
 * many unions; by activity id alone PostgreSQL scanned whole tables — infra/bench/activity-stats).
 */
const childKey = (a: { id: string; tenantId: string }) => `${a.tenantId}|${a.id}`;
const rowKey = (r: { tenantId: string; activityId: string }) => `${r.tenantId}|${r.activityId}`;

function childWhere(keys: readonly string[]) {
  const pairs = keys.map((k) => k.split('|'));
  return {
    tenantId: { $in: [...new Set(pairs.map(([tenantId]) => tenantId))] },
    activityId: { $in: pairs.map(([, id]) => id) },
  };
}

/** Child rows of many activities in one query per request (no N+1 in lists). */
function childrenOf<T extends { tenantId: string; activityId: string }>(
  ctx: RequestContext,
  key: string,
  entity: new () => T,
  orderBy: Record<string, 'asc' | 'desc'>,
) {
  return ctx.loaders.get<string, T[]>(key, async (keys) =>
    groupByKeys(
      keys,
      (await ctx.em.find(entity, childWhere(keys) as never, { orderBy } as never)) as T[],
      rowKey,
    ),
  );
}

export function activityById(ctx: RequestContext) {
  return ctx.loaders.get<string, Activity>('activity.byId', async (ids) =>
    byKeys(ids, await ctx.em.find(Activity, { id: { $in: [...ids] } }), (a) => a.id),
  );
}

function countBy(
  ctx: RequestContext,
  key: string,
  entity: new () => { tenantId: string; activityId: string },
) {
  return ctx.loaders.get<string, number>(key, async (keys) => {
    const { tenantId, activityId } = childWhere(keys);
    const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
    const table = ctx.em.getMetadata().get(entity).tableName;
    // Raw, for the two-column group; RLS still applies (the request's role and scope).
    const rows: { tenant_id: string; activity_id: string; count: number }[] = await ctx.em.execute(
      `select tenant_id, activity_id, count(*)::int as count from activities.${table}
        where tenant_id in (${marks(tenantId.$in.length)}) and activity_id in (${marks(activityId.$in.length)})
        group by 1, 2`,
      [...tenantId.$in, ...activityId.$in],
    );
    const counts = new Map(rows.map((r) => [`${r.tenant_id}|${r.activity_id}`, Number(r.count)]));
    return keys.map((k) => counts.get(k) ?? 0);
  });
}

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(private readonly deps: ActivitiesDeps) {}

  @Query(() => ActivityConnection, { description: 'Activities in the caller’s scope, newest first' })
  activities(@Args(() => ActivityListArgs) args: ActivityListArgs, @Ctx() ctx: RequestContext) {
    return listActivities(ctx, args);
  }

  @Query(() => Activity, { description: 'One activity in the caller’s scope; NOT_FOUND otherwise' })
  activity(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Activity> {
    requireCaller(ctx);
    return findActivityOrFail(ctx.em, id);
  }

  @Query(() => [ActivityKindDef], { description: 'The union’s own activity kinds' })
  activityKinds(
    @Ctx() ctx: RequestContext,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
  ) {
    requireCaller(ctx);
    return ctx.em.find(ActivityKindDef, includeArchived ? {} : { archived: false }, {
      orderBy: { name: 'asc' },
      limit: 500,
    });
  }

  @FieldResolver(() => TenantRef, { description: 'The union it belongs to' })
  tenant(@Root() row: Activity): TenantRef {
    return tenantRef(row.tenantId);
  }

  @FieldResolver(() => [OrgUnitType], { description: 'Teams visited (the members subgraph resolves them)' })
  async teams(@Root() row: Activity, @Ctx() ctx: RequestContext): Promise<OrgUnitRef[]> {
    const rows = await childrenOf(ctx, 'activity.teams', ActivityTeam, { teamName: 'asc' }).load(
      childKey(row),
    );
    return (rows ?? []).map((t) => orgUnitRef(t.teamId));
  }

  @FieldResolver(() => [ActivityTeam], { description: 'Teams visited with their names as they were then' })
  async teamVisits(@Root() row: Activity, @Ctx() ctx: RequestContext) {
    return (
      (await childrenOf(ctx, 'activity.teams', ActivityTeam, { teamName: 'asc' }).load(childKey(row))) ?? []
    );
  }

  @FieldResolver(() => [ActivityOfficer])
  async officers(@Root() row: Activity, @Ctx() ctx: RequestContext) {
    return (
      (await childrenOf(ctx, 'activity.officers', ActivityOfficer, { name: 'asc' }).load(childKey(row))) ?? []
    );
  }

  @FieldResolver(() => AttendanceConnection, { description: 'Members present, in the order added' })
  attendees(
    @Root() row: Activity,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return paginate(ctx.em, Attendance, { activityId: row.id }, args, { createdAt: 'asc', id: 'asc' });
  }

  @FieldResolver(() => Int, { description: 'Named members present' })
  async attendeeCount(@Root() row: Activity, @Ctx() ctx: RequestContext) {
    return (await countBy(ctx, 'activity.attendeeCount', Attendance).load(childKey(row))) ?? 0;
  }

  @FieldResolver(() => [HeardItem], { description: 'What was heard, oldest first' })
  async heardItems(@Root() row: Activity, @Ctx() ctx: RequestContext) {
    return (
      (await childrenOf(ctx, 'activity.heardItems', HeardItem, { createdAt: 'asc' }).load(childKey(row))) ??
      []
    );
  }

  @FieldResolver(() => Campaign, { nullable: true })
  campaign(@Root() row: Activity, @Ctx() ctx: RequestContext) {
    if (!row.campaignId) return null;
    return ctx.loaders
      .get<string, Campaign>('campaign.byId', async (ids) =>
        byKeys(ids, await ctx.em.find(Campaign, { id: { $in: [...ids] } }), (c) => c.id),
      )
      .load(row.campaignId);
  }

  @FieldResolver(() => CheckInState)
  async checkIn(@Root() row: Activity, @Ctx() ctx: RequestContext): Promise<CheckInState> {
    const open = !!row.checkinNonce && !!row.checkinExpiresAt && row.checkinExpiresAt > new Date();
    return {
      open,
      expiresAt: open ? row.checkinExpiresAt : null,
      rosterSize: (await countBy(ctx, 'activity.rosterSize', CheckinRosterEntry).load(childKey(row))) ?? 0,
    };
  }

  @Mutation(() => Activity, { description: 'Record or plan an activity of the union the caller acts on' })
  createActivity(
    @Arg('input', () => CreateActivityInput) input: CreateActivityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createActivity(ctx, input);
  }

  @Mutation(() => Activity, { description: 'Change an activity (CONFLICT on a stale version)' })
  updateActivity(
    @Arg('input', () => UpdateActivityInput) input: UpdateActivityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateActivity(ctx, input);
  }

  @Mutation(() => ActivityKindDef, { description: 'Add one of the union’s own activity kinds' })
  createActivityKind(
    @Arg('input', () => ActivityKindInput) input: ActivityKindInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createActivityKind(ctx, input);
  }

  @Mutation(() => ActivityKindDef, { description: 'Rename or archive one of the union’s own kinds' })
  updateActivityKind(
    @Arg('input', () => UpdateActivityKindInput) input: UpdateActivityKindInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateActivityKind(ctx, input);
  }

  @Mutation(() => AttendanceChange, {
    description: 'Members present (e.g. a whole team at once); repeats are skipped',
  })
  addAttendees(@Arg('input', () => AddAttendeesInput) input: AddAttendeesInput, @Ctx() ctx: RequestContext) {
    return addAttendees(ctx, input);
  }

  @Mutation(() => AttendanceChange)
  removeAttendees(
    @Arg('input', () => RemoveAttendeesInput) input: RemoveAttendeesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return removeAttendees(ctx, input);
  }

  @Mutation(() => CheckInTicket, {
    description:
      'Open QR check-in with the expected attendees; returns a signed code that expires. Earlier codes stop working.',
  })
  openCheckIn(@Arg('input', () => OpenCheckInInput) input: OpenCheckInInput, @Ctx() ctx: RequestContext) {
    return openCheckIn(ctx, this.deps, input);
  }

  @Mutation(() => Activity, { description: 'Close QR check-in: every code of the activity stops working' })
  closeCheckIn(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ) {
    return closeCheckIn(ctx, id, version);
  }
}
