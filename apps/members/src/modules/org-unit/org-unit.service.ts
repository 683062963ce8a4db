import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@frontline/subgraph-kit';
import {
  audit,
  badInput,
  conflict,
  notFound,
  parseInput,
  type RequestContext,
  scopeUpperBound,
} from '@frontline/subgraph-kit';
import { OptimisticLockError } from '@mikro-orm/core';
import { z } from 'zod';
import type { MembersDeps } from '../../deps.js';
import { Member, MemberStatus } from '../member/member.entity.js';
import { actingUnion } from '../member/union-scope.js';
import { OrgUnit, OrgUnitChange, OrgUnitEvent, OrgUnitKind, OrgUnitStatus } from './org-unit.entity.js';

export const createOrgUnitSchema = z.object({
  parentId: z.uuid().optional().nullable(),
  kind: z.enum(OrgUnitKind),
  name: z.string().trim().min(1).max(60),
  leaderName: z.string().trim().max(40).optional().nullable(),
});

export const updateOrgUnitSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(60).optional(),
  kind: z.enum(OrgUnitKind).optional(),
  leaderName: z.string().trim().max(40).optional().nullable(),
  /** Move under another unit; null moves it to the top level. */
  parentId: z.uuid().optional().nullable(),
  status: z.enum(OrgUnitStatus).optional(),
});

export async function findUnitOrFail(em: EntityManager, id: string, field = 'id'): Promise<OrgUnit> {
  parseInput(z.uuid(), id, field);
  const unit = await em.findOne(OrgUnit, { id });
  if (!unit) throw notFound('entity.orgUnit');
  return unit;
}

function event(
  unit: OrgUnit,
  change: OrgUnitChange,
  actorName: string,
  before: string | null,
  after: string | null,
) {
  return Object.assign(new OrgUnitEvent(), {
    id: randomUUID(),
    tenantId: unit.tenantId,
    tenantPath: unit.tenantPath,
    orgUnitId: unit.id,
    change,
    before,
    after,
    actorName,
    at: new Date(),
  });
}

export async function createOrgUnit(
  ctx: RequestContext,
  deps: MembersDeps,
  input: unknown,
): Promise<OrgUnit> {
  const { caller } = await actingUnion(ctx, deps);
  const data = parseInput(createOrgUnitSchema, input, 'input');
  const parent = data.parentId ? await ctx.em.findOne(OrgUnit, { id: data.parentId }) : null;
  if (data.parentId && !parent) throw badInput([{ field: 'input.parentId', key: 'orgUnit.notFound' }]);
  if (parent?.status === OrgUnitStatus.CLOSED)
    throw badInput([{ field: 'input.parentId', key: 'orgUnit.closed' }]);
  if (parent?.kind === OrgUnitKind.TEAM)
    throw badInput([{ field: 'input.parentId', key: 'orgUnit.teamIsLeaf' }]);
  const id = randomUUID();
  const unit = Object.assign(new OrgUnit(), {
    id,
    tenantId: caller.scope.id,
    tenantPath: caller.scope.path,
    parentId: parent?.id ?? null,
    unitPath: `${parent?.unitPath ?? '/'}${id}/`,
    kind: data.kind,
    name: data.name,
    leaderName: data.leaderName ?? null,
    status: OrgUnitStatus.ACTIVE,
    closedAt: null,
    createdAt: new Date(),
    updatedAt: new Date(),
    version: 1,
  });
  await ctx.em.transactional(async (tx) => {
    tx.persist(unit);
    tx.persist(event(unit, OrgUnitChange.CREATED, caller.name, null, unit.name));
    audit(tx, caller, ctx.requestId, {
      tenantId: unit.tenantId,
      tenantPath: unit.tenantPath,
      action: 'orgUnit.create',
      entity: 'OrgUnit',
      entityId: unit.id,
      changes: { name: [null, unit.name], kind: [null, unit.kind], parentId: [null, unit.parentId] },
    });
  });
  return unit;
}

async function activeMembersBelow(em: EntityManager, unit: OrgUnit): Promise<number> {
  return em.count(Member, {
    unitPath: { $gte: unit.unitPath, $lt: scopeUpperBound(unit.unitPath) },
    status: MemberStatus.ACTIVE,
  });
}

/** Renames, re-leads, moves, closes or reopens a unit; each change is a dated event, nothing is lost. */
export async function updateOrgUnit(
  ctx: RequestContext,
  deps: MembersDeps,
  input: unknown,
): Promise<OrgUnit> {
  const { caller } = await actingUnion(ctx, deps);
  const data = parseInput(updateOrgUnitSchema, input, 'input');
  const em = ctx.em;
  const unit = await findUnitOrFail(em, data.id, 'input.id');
  if (unit.version !== data.version) throw conflict();
  const events: OrgUnitEvent[] = [];
  const changes: Record<string, [unknown, unknown]> = {};
  let subtreeMove: { from: string; to: string } | null = null;

  if (data.name !== undefined && data.name !== unit.name) {
    events.push(event(unit, OrgUnitChange.RENAMED, caller.name, unit.name, data.name));
    changes.name = [unit.name, data.name];
    unit.name = data.name;
  }
  if (data.kind !== undefined && data.kind !== unit.kind) {
    changes.kind = [unit.kind, data.kind];
    unit.kind = data.kind;
  }
  if (data.leaderName !== undefined && (data.leaderName ?? null) !== unit.leaderName) {
    changes.leaderName = [unit.leaderName, data.leaderName ?? null];
    unit.leaderName = data.leaderName ?? null;
  }
  if (data.parentId !== undefined && (data.parentId ?? null) !== unit.parentId) {
    const parent = data.parentId ? await em.findOne(OrgUnit, { id: data.parentId }) : null;
    if (data.parentId && !parent) throw badInput([{ field: 'input.parentId', key: 'orgUnit.notFound' }]);
    if (parent && parent.unitPath.startsWith(unit.unitPath)) {
      throw badInput([{ field: 'input.parentId', key: 'orgUnit.cycle' }]);
    }
    if (parent?.kind === OrgUnitKind.TEAM)
      throw badInput([{ field: 'input.parentId', key: 'orgUnit.teamIsLeaf' }]);
    const to = `${parent?.unitPath ?? '/'}${unit.id}/`;
    subtreeMove = { from: unit.unitPath, to };
    events.push(event(unit, OrgUnitChange.MOVED, caller.name, unit.parentId, parent?.id ?? null));
    changes.parentId = [unit.parentId, parent?.id ?? null];
    unit.parentId = parent?.id ?? null;
  }
  if (data.status !== undefined && data.status !== unit.status) {
    if (data.status === OrgUnitStatus.CLOSED && (await activeMembersBelow(em, unit)) > 0) {
      throw badInput([{ field: 'input.status', key: 'orgUnit.hasMembers' }]);
    }
    events.push(
      event(
        unit,
        data.status === OrgUnitStatus.CLOSED ? OrgUnitChange.CLOSED : OrgUnitChange.REOPENED,
        caller.name,
        unit.status,
        data.status,
      ),
    );
    changes.status = [unit.status, data.status];
    unit.status = data.status;
    unit.closedAt = data.status === OrgUnitStatus.CLOSED ? new Date() : null;
  }
  try {
    await em.transactional(async (tx) => {
      for (const e of events) tx.persist(e);
      audit(tx, caller, ctx.requestId, {
        tenantId: unit.tenantId,
        tenantPath: unit.tenantPath,
        action: 'orgUnit.update',
        entity: 'OrgUnit',
        entityId: unit.id,
        changes,
      });
      await tx.flush();
      if (subtreeMove) {
        // Re-root the unit's subtree and its members' unit paths in one statement each.
        const { from, to } = subtreeMove;
        const params = [to, from.length + 1, from, scopeUpperBound(from)];
        await tx.execute(
          'update members.org_unit set unit_path = ? || substr(unit_path, ?) where unit_path >= ? and unit_path < ?',
          params,
        );
        await tx.execute(
          'update members.member set unit_path = ? || substr(unit_path, ?) where unit_path >= ? and unit_path < ?',
          params,
        );
        unit.unitPath = to;
      }
    });
  } catch (err) {
    if (err instanceof OptimisticLockError) throw conflict();
    throw err;
  }
  return unit;
}
