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
import type { ActivitiesDeps } from '../../deps.js';
import { ActivityStatus } from '../activity/activity.entity.js';
import { findActivityOrFail, rethrowConflict } from '../activity/activity.service.js';
import { actingUnion } from '../common/scope.js';
import { idField } from '../common/validation.js';
import type { CaseKind, CasePriority, CreateCaseInput } from './cases-client.js';
import { HeardItem, HeardItemKind } from './heard-item.entity.js';
import {
  type AddHeardItemInput,
  addHeardItemSchema,
  type HeardItemFilter,
  heardItemFilterSchema,
  type OpenCaseFromHeardItemInput,
  openCaseSchema,
  type UpdateHeardItemInput,
  updateHeardItemSchema,
} from './heard-item.inputs.js';

/** A question becomes a consultation; the other kinds keep their name on the cases side. */
export const CASE_KIND: Record<HeardItemKind, CaseKind> = {
  NEED: 'NEED',
  GRIEVANCE: 'GRIEVANCE',
  HARDSHIP: 'HARDSHIP',
  SUGGESTION: 'SUGGESTION',
  QUESTION: 'CONSULTATION',
};

export async function findHeardItemOrFail(em: EntityManager, id: string, field = 'id'): Promise<HeardItem> {
  parseInput(idField, id, field);
  const item = await em.findOne(HeardItem, { id });
  if (!item) throw notFound('entity.heardItem');
  return item;
}

export async function addHeardItem(ctx: RequestContext, input: AddHeardItemInput): Promise<HeardItem> {
  const caller = actingUnion(ctx);
  const data = parseInput(addHeardItemSchema, input, 'input');
  const activity = await findActivityOrFail(ctx.em, data.activityId, 'input.activityId');
  if (activity.status === ActivityStatus.CANCELLED)
    throw badInput([{ field: 'input.activityId', key: 'activity.cancelled' }], 'activity.cancelled');
  const now = new Date();
  const item = Object.assign(new HeardItem(), {
    id: randomUUID(),
    tenantId: activity.tenantId,
    tenantPath: activity.tenantPath,
    activityId: activity.id,
    kind: data.kind,
    memberIds: [...new Set(data.memberIds)],
    teamId: data.teamId ?? null,
    note: data.note,
    resolvedOnSpot: data.resolvedOnSpot,
    resolutionNote: data.resolutionNote,
    caseId: null,
    caseNumber: null,
    createdByName: caller.name,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  await ctx.em.transactional(async (tx) => {
    tx.persist(item);
    audit(tx, caller, ctx.requestId, {
      tenantId: item.tenantId,
      tenantPath: item.tenantPath,
      action: 'heardItem.create',
      entity: 'HeardItem',
      entityId: item.id,
      changes: { kind: [null, item.kind], activityId: [null, item.activityId] },
    });
  });
  return item;
}

export async function updateHeardItem(ctx: RequestContext, input: UpdateHeardItemInput): Promise<HeardItem> {
  const caller = actingUnion(ctx);
  const data = parseInput(updateHeardItemSchema, input, 'input');
  const item = await findHeardItemOrFail(ctx.em, data.id, 'input.id');
  if (item.version !== data.version) throw conflict();
  const before = { ...item };
  if (data.kind) item.kind = data.kind;
  if (data.memberIds) item.memberIds = [...new Set(data.memberIds)];
  if (data.teamId !== undefined) item.teamId = data.teamId ?? null;
  if (data.note) item.note = data.note;
  if (data.resolvedOnSpot !== undefined) item.resolvedOnSpot = data.resolvedOnSpot;
  if (data.resolutionNote !== undefined) item.resolutionNote = data.resolutionNote;
  if (!item.memberIds.length && !item.teamId)
    throw badInput([{ field: 'input.memberIds', key: 'heardItem.needSource' }]);
  const changes = diffFields(before, item, ['kind', 'teamId', 'note', 'resolvedOnSpot', 'resolutionNote']);
  if (before.memberIds.join() !== item.memberIds.join())
    changes.memberIds = [before.memberIds, item.memberIds];
  try {
    await ctx.em.transactional(async (tx) => {
      audit(tx, caller, ctx.requestId, {
        tenantId: item.tenantId,
        tenantPath: item.tenantPath,
        action: 'heardItem.update',
        entity: 'HeardItem',
        entityId: item.id,
        changes,
      });
      await tx.flush();
    });
  } catch (err) {
    rethrowConflict(err);
  }
  return item;
}

function summaryOf(note: string): string {
  const firstLine = note.split(/\r?\n/)[0]?.trim() ?? '';
  return firstLine.length > 60 ? `${firstLine.slice(0, 59)}…` : firstLine;
}

/** The cases subgraph's CreateCaseInput for a heard item (the item is the case's source). */
export function caseInputFor(
  item: HeardItem,
  overrides: { summary?: string | null; details?: string | null; priority?: CasePriority | null } = {},
): CreateCaseInput {
  return {
    kind: CASE_KIND[item.kind],
    summary: overrides.summary ?? summaryOf(item.note),
    details: overrides.details ?? item.note,
    priority: overrides.priority ?? null,
    memberIds: item.memberIds,
    orgUnitId: item.teamId,
    source: 'VISIT',
    sourceActivityId: item.activityId,
    sourceItemId: item.id,
  };
}

/**
 * One step from what was heard to a case. Cases first (idempotent on the item id), then the link
 * here in one transaction: a crash between the two is healed by a retry, which gets the same case
 * back; if cases is down or refuses, nothing is written here.
 */
export async function openCaseFromHeardItem(
  ctx: RequestContext,
  deps: ActivitiesDeps,
  input: OpenCaseFromHeardItemInput,
): Promise<HeardItem> {
  const caller = actingUnion(ctx);
  const data = parseInput(openCaseSchema, input, 'input');
  const item = await findHeardItemOrFail(ctx.em, data.itemId, 'input.itemId');
  if (item.caseId) return item; // already linked: the same answer again
  if (item.version !== data.version) throw conflict();
  const created = await deps.cases.createCase(caseInputFor(item, data), {
    token: caller.token,
    locale: ctx.locale,
    requestId: ctx.requestId,
  });
  item.caseId = created.id;
  item.caseNumber = created.number;
  try {
    await ctx.em.transactional(async (tx) => {
      audit(tx, caller, ctx.requestId, {
        tenantId: item.tenantId,
        tenantPath: item.tenantPath,
        action: 'heardItem.openCase',
        entity: 'HeardItem',
        entityId: item.id,
        changes: { caseId: [null, created.id], caseNumber: [null, created.number] },
      });
      await tx.flush();
    });
  } catch (err) {
    rethrowConflict(err);
  }
  return item;
}

export async function listHeardItems(
  ctx: RequestContext,
  args: { first?: number | null; after?: string | null; filter?: HeardItemFilter | null },
) {
  requireCaller(ctx);
  const f = parseInput(heardItemFilterSchema, args.filter ?? {}, 'filter');
  const where: Record<string, unknown>[] = [];
  if (f.activityId) where.push({ activityId: f.activityId });
  if (f.kinds?.length) where.push({ kind: { $in: f.kinds } });
  if (f.teamId) where.push({ teamId: f.teamId });
  if (f.memberId) where.push({ memberIds: { $contains: [f.memberId] } });
  if (f.open === true) where.push({ caseId: null, resolvedOnSpot: false });
  if (f.open === false) where.push({ $or: [{ caseId: { $ne: null } }, { resolvedOnSpot: true }] });
  return paginate<HeardItem>(ctx.em, HeardItem, (where.length ? { $and: where } : {}) as never, args, {
    createdAt: 'desc',
    id: 'desc',
  });
}
