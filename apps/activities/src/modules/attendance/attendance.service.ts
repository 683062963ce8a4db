import { randomBytes, randomUUID } from 'node:crypto';
import { audit, badInput, conflict, parseInput, type RequestContext } from '@frontline/subgraph-kit';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import QRCode from 'qrcode';
import type { ActivitiesDeps } from '../../deps.js';
import { type Activity, ActivityStatus } from '../activity/activity.entity.js';
import { findActivityOrFail, rethrowConflict } from '../activity/activity.service.js';
import { actingUnion } from '../common/scope.js';
import { Attendance, AttendanceSource, CheckinRosterEntry } from './attendance.entity.js';
import {
  type AddAttendeesInput,
  type AttendanceChange,
  addAttendeesSchema,
  type CheckInTicket,
  type OpenCheckInInput,
  openCheckInSchema,
  type RemoveAttendeesInput,
  removeAttendeesSchema,
} from './attendance.inputs.js';

function refuseCancelled(activity: Activity, field: string) {
  if (activity.status === ActivityStatus.CANCELLED)
    throw badInput([{ field, key: 'activity.cancelled' }], 'activity.cancelled');
}

/** Adds members present; those already present are skipped, so a quick add by team can repeat. */
export async function addAttendees(ctx: RequestContext, input: AddAttendeesInput): Promise<AttendanceChange> {
  const caller = actingUnion(ctx);
  const data = parseInput(addAttendeesSchema, input, 'input');
  const activity = await findActivityOrFail(ctx.em, data.activityId, 'input.activityId');
  refuseCancelled(activity, 'input.activityId');
  const unique = [...new Map(data.members.map((m) => [m.memberId, m])).values()];
  let added: string[] = [];
  try {
    await ctx.em.transactional(async (tx) => {
      const present = new Set(
        (
          await tx.find(
            Attendance,
            { activityId: activity.id, memberId: { $in: unique.map((m) => m.memberId) } },
            { fields: ['memberId'] },
          )
        ).map((a) => a.memberId),
      );
      const now = new Date();
      const fresh = unique.filter((m) => !present.has(m.memberId));
      for (const m of fresh) {
        tx.persist(
          Object.assign(new Attendance(), {
            id: randomUUID(),
            tenantId: activity.tenantId,
            tenantPath: activity.tenantPath,
            activityId: activity.id,
            memberId: m.memberId,
            memberName: m.name ?? null,
            teamId: m.teamId ?? null,
            source: data.source as unknown as AttendanceSource,
            createdAt: now,
          }),
        );
      }
      added = fresh.map((m) => m.memberId);
      if (added.length)
        audit(tx, caller, ctx.requestId, {
          tenantId: activity.tenantId,
          tenantPath: activity.tenantPath,
          action: 'attendance.add',
          entity: 'Activity',
          entityId: activity.id,
          changes: { attendees: [null, added] },
        });
    });
  } catch (err) {
    // Someone added the same member at the same moment: nothing of this call was kept.
    if (err instanceof UniqueConstraintViolationException) throw conflict();
    throw err;
  }
  return { activity, changed: added.length, skipped: unique.length - added.length };
}

export async function removeAttendees(
  ctx: RequestContext,
  input: RemoveAttendeesInput,
): Promise<AttendanceChange> {
  const caller = actingUnion(ctx);
  const data = parseInput(removeAttendeesSchema, input, 'input');
  const activity = await findActivityOrFail(ctx.em, data.activityId, 'input.activityId');
  const ids = [...new Set(data.memberIds)];
  let removed = 0;
  await ctx.em.transactional(async (tx) => {
    removed = await tx.nativeDelete(Attendance, { activityId: activity.id, memberId: { $in: ids } });
    if (removed)
      audit(tx, caller, ctx.requestId, {
        tenantId: activity.tenantId,
        tenantPath: activity.tenantPath,
        action: 'attendance.remove',
        entity: 'Activity',
        entityId: activity.id,
        changes: { attendees: [ids, null] },
      });
  });
  return { activity, changed: removed, skipped: ids.length - removed };
}

/**
 * Opens (or re-opens) QR check-in: a fresh nonce makes every earlier code stop working, the roster
 * snapshot (from the members subgraph, via the officer's client) says who may check in.
 */
export async function openCheckIn(
  ctx: RequestContext,
  deps: ActivitiesDeps,
  input: OpenCheckInInput,
): Promise<CheckInTicket> {
  const caller = actingUnion(ctx);
  const data = parseInput(openCheckInSchema, input, 'input');
  const activity = await findActivityOrFail(ctx.em, data.activityId, 'input.activityId');
  if (activity.version !== data.version) throw conflict();
  refuseCancelled(activity, 'input.activityId');
  const expiresAt = new Date(Date.now() + data.expiresInMinutes * 60_000);
  try {
    await ctx.em.transactional(async (tx) => {
      if (data.roster) {
        await tx.nativeDelete(CheckinRosterEntry, { activityId: activity.id });
        for (const e of data.roster)
          tx.persist(
            Object.assign(new CheckinRosterEntry(), {
              id: randomUUID(),
              tenantId: activity.tenantId,
              tenantPath: activity.tenantPath,
              activityId: activity.id,
              memberId: e.memberId,
              employeeNo: e.employeeNo,
              name: e.name,
              teamId: e.teamId ?? null,
            }),
          );
      } else if ((await tx.count(CheckinRosterEntry, { activityId: activity.id })) === 0) {
        throw badInput([{ field: 'input.roster', key: 'checkin.rosterRequired' }]);
      }
      activity.checkinNonce = randomBytes(9).toString('base64url');
      activity.checkinExpiresAt = expiresAt;
      audit(tx, caller, ctx.requestId, {
        tenantId: activity.tenantId,
        tenantPath: activity.tenantPath,
        action: 'checkin.open',
        entity: 'Activity',
        entityId: activity.id,
        changes: {
          checkinExpiresAt: [null, expiresAt.toISOString()],
          ...(data.roster ? { roster: [null, data.roster.length] } : {}),
        },
      });
      await tx.flush();
    });
  } catch (err) {
    rethrowConflict(err);
  }
  const code = await deps.checkin.sign({
    activityId: activity.id,
    tenantId: activity.tenantId,
    tenantPath: activity.tenantPath,
    nonce: activity.checkinNonce as string,
    expiresAt,
  });
  const url = `${deps.checkinPageUrl}${code}`;
  return {
    code,
    url,
    apiPath: `/checkin/${code}`,
    qrSvg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    expiresAt,
    activity,
  };
}

export async function closeCheckIn(ctx: RequestContext, id: string, version: number): Promise<Activity> {
  const caller = actingUnion(ctx);
  const activity = await findActivityOrFail(ctx.em, id, 'id');
  if (activity.version !== version) throw conflict();
  const before = activity.checkinExpiresAt;
  activity.checkinNonce = null;
  activity.checkinExpiresAt = null;
  try {
    await ctx.em.transactional(async (tx) => {
      audit(tx, caller, ctx.requestId, {
        tenantId: activity.tenantId,
        tenantPath: activity.tenantPath,
        action: 'checkin.close',
        entity: 'Activity',
        entityId: activity.id,
        changes: { checkinExpiresAt: [before?.toISOString() ?? null, null] },
      });
      await tx.flush();
    });
  } catch (err) {
    rethrowConflict(err);
  }
  return activity;
}

export { AttendanceSource };
