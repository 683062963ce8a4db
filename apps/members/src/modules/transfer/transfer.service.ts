import { randomUUID } from 'node:crypto';
import { FEDERATION_ROLES } from '@frontline/auth-tokens';
import {
  audit,
  badInput,
  conflict,
  notFound,
  parseInput,
  type RequestContext,
  requireRole,
  scopeUpperBound,
} from '@frontline/subgraph-kit';
import { DriverException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { MembersDeps } from '../../deps.js';
import { MemberStatus } from '../member/member.entity.js';
import { findMemberOrFail } from '../member/member.service.js';
import { actingUnion, today } from '../member/union-scope.js';
import { OrgUnit, OrgUnitStatus } from '../org-unit/org-unit.entity.js';
import { Transfer, TransferDirection, TransferStatus } from './transfer.entity.js';

const startSchema = z.object({
  memberId: z.uuid(),
  toTenantId: z.uuid(),
  reason: z.string().trim().max(500).optional().nullable(),
});
const decideSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  orgUnitId: z.uuid().optional().nullable(),
  note: z.string().trim().max(500).optional().nullable(),
});

async function findTransferOrFail(ctx: RequestContext, id: string): Promise<Transfer> {
  parseInput(z.uuid(), id, 'input.id');
  const transfer = await ctx.em.findOne(Transfer, { id });
  if (!transfer) throw notFound('entity.transfer');
  return transfer;
}

function inScope(path: string, scopePath: string): boolean {
  return path >= scopePath && path < scopeUpperBound(scopePath);
}

/** The sending union starts a transfer of an active member to another enterprise union. */
export async function startTransfer(
  ctx: RequestContext,
  deps: MembersDeps,
  input: unknown,
): Promise<Transfer> {
  const { caller, unionName } = await actingUnion(ctx, deps);
  const data = parseInput(startSchema, input, 'input');
  const member = await findMemberOrFail(ctx.em, data.memberId, 'input.memberId');
  if (member.status !== MemberStatus.ACTIVE)
    throw badInput([{ field: 'input.memberId', key: 'transfer.memberNotActive' }]);
  if (data.toTenantId === caller.scope.id)
    throw badInput([{ field: 'input.toTenantId', key: 'transfer.sameUnion' }]);
  const target = await deps.directory.get(data.toTenantId, caller.token);
  if (!target || target.kind !== 'ENTERPRISE_UNION') {
    throw badInput([{ field: 'input.toTenantId', key: 'transfer.targetNotUnion' }]);
  }
  const transfer = Object.assign(new Transfer(), {
    id: randomUUID(),
    tenantId: member.tenantId,
    tenantPath: member.tenantPath,
    fromTenantName: unionName,
    toTenantId: target.id,
    toTenantPath: target.path,
    toTenantName: target.name,
    memberId: member.id,
    memberName: member.name,
    memberNationalId: member.nationalIdMasked,
    status: TransferStatus.PENDING,
    reason: data.reason ?? null,
    requestedAt: new Date(),
    requestedByName: caller.name,
    decidedAt: null,
    decidedByName: null,
    decisionNote: null,
    nudgedAt: null,
    nudgeCount: 0,
    version: 1,
  });
  try {
    await ctx.em.transactional(async (tx) => {
      tx.persist(transfer);
      audit(tx, caller, ctx.requestId, {
        tenantId: transfer.tenantId,
        tenantPath: transfer.tenantPath,
        action: 'transfer.start',
        entity: 'Transfer',
        entityId: transfer.id,
        changes: { member: [null, member.id], to: [null, target.name] },
      });
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      throw badInput([{ field: 'input.memberId', key: 'transfer.alreadyPending' }]);
    }
    throw err;
  }
  return transfer;
}

/**
 * The receiving union accepts: the member, with the whole membership history, moves into it and
 * into the chosen team. The move crosses tenants, so it is done by a database function that checks
 * the caller's scope is the receiving union and the transfer is pending (see the migration).
 */
export async function acceptTransfer(
  ctx: RequestContext,
  deps: MembersDeps,
  input: unknown,
): Promise<Transfer> {
  const { caller, unionName } = await actingUnion(ctx, deps);
  const data = parseInput(decideSchema, input, 'input');
  const transfer = await findTransferOrFail(ctx, data.id);
  if (transfer.toTenantId !== caller.scope.id) throw notFound('entity.transfer');
  if (transfer.version !== data.version) throw conflict();
  if (transfer.status !== TransferStatus.PENDING)
    throw badInput([{ field: 'input.id', key: 'transfer.notPending' }]);
  if (!data.orgUnitId) throw badInput([{ field: 'input.orgUnitId', key: 'validation.required' }]);
  const unit = await ctx.em.findOne(OrgUnit, { id: data.orgUnitId, tenantId: caller.scope.id });
  if (!unit || unit.status !== OrgUnitStatus.ACTIVE)
    throw badInput([{ field: 'input.orgUnitId', key: 'orgUnit.notFound' }]);
  try {
    await ctx.em.transactional(async (tx) => {
      await tx.execute('select members.accept_transfer(?, ?, ?, ?, ?, ?, ?)', [
        transfer.id,
        transfer.version,
        unit.id,
        unionName,
        caller.name,
        data.note ?? null,
        today(),
      ]);
      audit(tx, caller, ctx.requestId, {
        tenantId: caller.scope.id,
        tenantPath: caller.scope.path,
        action: 'transfer.accept',
        entity: 'Transfer',
        entityId: transfer.id,
        changes: { status: [TransferStatus.PENDING, TransferStatus.ACCEPTED], orgUnitId: [null, unit.id] },
      });
    });
  } catch (err) {
    if (err instanceof DriverException && /transfer changed/.test(String(err.message))) throw conflict();
    if (err instanceof UniqueConstraintViolationException) {
      throw badInput([{ field: 'input.id', key: 'member.duplicateNationalId' }]);
    }
    throw err;
  }
  ctx.em.clear();
  return findTransferOrFail(ctx, transfer.id);
}

async function decide(
  ctx: RequestContext,
  deps: MembersDeps,
  input: unknown,
  side: 'receiving' | 'sending',
  status: TransferStatus,
): Promise<Transfer> {
  const { caller } = await actingUnion(ctx, deps);
  const data = parseInput(decideSchema, input, 'input');
  const transfer = await findTransferOrFail(ctx, data.id);
  const mine = side === 'receiving' ? transfer.toTenantId : transfer.tenantId;
  if (mine !== caller.scope.id) throw notFound('entity.transfer');
  if (transfer.version !== data.version) throw conflict();
  if (transfer.status !== TransferStatus.PENDING)
    throw badInput([{ field: 'input.id', key: 'transfer.notPending' }]);
  transfer.status = status;
  transfer.decidedAt = new Date();
  transfer.decidedByName = caller.name;
  transfer.decisionNote = data.note ?? null;
  try {
    await ctx.em.transactional(async (tx) => {
      audit(tx, caller, ctx.requestId, {
        tenantId: caller.scope.id,
        tenantPath: caller.scope.path,
        action: status === TransferStatus.REJECTED ? 'transfer.reject' : 'transfer.cancel',
        entity: 'Transfer',
        entityId: transfer.id,
        changes: { status: [TransferStatus.PENDING, status] },
      });
      await tx.flush();
    });
  } catch (err) {
    if (err instanceof OptimisticLockError) throw conflict();
    throw err;
  }
  return transfer;
}

export const rejectTransfer = (ctx: RequestContext, deps: MembersDeps, input: unknown) =>
  decide(ctx, deps, input, 'receiving', TransferStatus.REJECTED);
export const cancelTransfer = (ctx: RequestContext, deps: MembersDeps, input: unknown) =>
  decide(ctx, deps, input, 'sending', TransferStatus.CANCELLED);

/** A federation officer reminds both sides of a transfer stuck in its subtree (催办). */
export async function nudgeTransfer(ctx: RequestContext, id: string): Promise<Transfer> {
  const caller = requireRole(ctx, FEDERATION_ROLES);
  const transfer = await findTransferOrFail(ctx, id);
  if (transfer.status !== TransferStatus.PENDING)
    throw badInput([{ field: 'id', key: 'transfer.notPending' }]);
  transfer.nudgedAt = new Date();
  transfer.nudgeCount += 1;
  await ctx.em.transactional(async (tx) => {
    audit(tx, caller, ctx.requestId, {
      tenantId: transfer.tenantId,
      tenantPath: transfer.tenantPath,
      action: 'transfer.nudge',
      entity: 'Transfer',
      entityId: transfer.id,
      changes: { nudgeCount: [transfer.nudgeCount - 1, transfer.nudgeCount] },
    });
    await tx.flush();
  });
  return transfer;
}

/** OUTGOING or INCOMING for one side; null for a federation that holds both sides in its subtree. */
export function directionOf(transfer: Transfer, scopePath: string): TransferDirection | null {
  const sending = inScope(transfer.tenantPath, scopePath);
  const receiving = inScope(transfer.toTenantPath, scopePath);
  if (sending === receiving) return null;
  return sending ? TransferDirection.OUTGOING : TransferDirection.INCOMING;
}
