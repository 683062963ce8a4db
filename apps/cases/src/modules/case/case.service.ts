import { randomUUID } from 'node:crypto';
import { ADMIN_ROLES } from '@frontline/auth-tokens';
import {
  audit,
  conflict,
  diffFields,
  notFound,
  parseInput,
  type RequestContext,
  requireRole,
} from '@frontline/subgraph-kit';
import { type EntityManager, OptimisticLockError } from '@mikro-orm/core';
import { z } from 'zod';
import { Case } from './case.entity.js';
import {
  type CreateCaseInput,
  createCaseSchema,
  type UpdateCaseInput,
  updateCaseSchema,
} from './case.inputs.js';

export const idSchema = z.uuid();

/** Finds one case within the EntityManager's scope; unknown and out-of-scope look the same. */
export async function findCaseOrFail(em: EntityManager, id: string, field = 'id'): Promise<Case> {
  parseInput(idSchema, id, field);
  const found = await em.findOne(Case, { id });
  if (!found) throw notFound('entity.case');
  return found;
}

/** Admins: add one case to the tenant they act on. */
export async function createCase(ctx: RequestContext, input: CreateCaseInput): Promise<Case> {
  const caller = requireRole(ctx, ADMIN_ROLES);
  const data = parseInput(createCaseSchema, input, 'input');
  const now = new Date();
  const created = Object.assign(new Case(), {
    id: randomUUID(),
    tenantId: caller.scope.id,
    tenantPath: caller.scope.path,
    name: data.name,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  await ctx.em.transactional(async (tx) => {
    tx.persist(created);
    audit(tx, caller, ctx.requestId, {
      tenantId: created.tenantId,
      tenantPath: created.tenantPath,
      action: 'case.create',
      entity: 'Case',
      entityId: created.id,
      changes: { name: [null, created.name] },
    });
  });
  return created;
}

/** Admins: change one case; CONFLICT when someone else saved it since `input.version` was read. */
export async function updateCase(ctx: RequestContext, input: UpdateCaseInput): Promise<Case> {
  const caller = requireRole(ctx, ADMIN_ROLES);
  const data = parseInput(updateCaseSchema, input, 'input');
  const existing = await findCaseOrFail(ctx.em, data.id, 'input.id');
  if (existing.version !== data.version) throw conflict();
  const before = { ...existing };
  if (data.name !== undefined) existing.name = data.name;
  const changes = diffFields(before, existing, ['name']);
  try {
    await ctx.em.transactional(async (tx) => {
      audit(tx, caller, ctx.requestId, {
        tenantId: existing.tenantId,
        tenantPath: existing.tenantPath,
        action: 'case.update',
        entity: 'Case',
        entityId: existing.id,
        changes,
      });
      await tx.flush();
    });
  } catch (err) {
    // Another admin saved in between: the version check in UPDATE ... WHERE version = ? caught it.
    if (err instanceof OptimisticLockError) throw conflict();
    throw err;
  }
  return existing;
}
