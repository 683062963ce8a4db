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
import { Activity } from './activity.entity.js';
import {
  type CreateActivityInput,
  createActivitySchema,
  type UpdateActivityInput,
  updateActivitySchema,
} from './activity.inputs.js';

export const idSchema = z.uuid();

/** Finds one activity within the EntityManager's scope; unknown and out-of-scope look the same. */
export async function findActivityOrFail(em: EntityManager, id: string, field = 'id'): Promise<Activity> {
  parseInput(idSchema, id, field);
  const found = await em.findOne(Activity, { id });
  if (!found) throw notFound('entity.activity');
  return found;
}

/** Admins: add one activity to the tenant they act on. */
export async function createActivity(ctx: RequestContext, input: CreateActivityInput): Promise<Activity> {
  const caller = requireRole(ctx, ADMIN_ROLES);
  const data = parseInput(createActivitySchema, input, 'input');
  const now = new Date();
  const created = Object.assign(new Activity(), {
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
      action: 'activity.create',
      entity: 'Activity',
      entityId: created.id,
      changes: { name: [null, created.name] },
    });
  });
  return created;
}

/** Admins: change one activity; CONFLICT when someone else saved it since `input.version` was read. */
export async function updateActivity(ctx: RequestContext, input: UpdateActivityInput): Promise<Activity> {
  const caller = requireRole(ctx, ADMIN_ROLES);
  const data = parseInput(updateActivitySchema, input, 'input');
  const existing = await findActivityOrFail(ctx.em, data.id, 'input.id');
  if (existing.version !== data.version) throw conflict();
  const before = { ...existing };
  if (data.name !== undefined) existing.name = data.name;
  const changes = diffFields(before, existing, ['name']);
  try {
    await ctx.em.transactional(async (tx) => {
      audit(tx, caller, ctx.requestId, {
        tenantId: existing.tenantId,
        tenantPath: existing.tenantPath,
        action: 'activity.update',
        entity: 'Activity',
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
