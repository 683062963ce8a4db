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
import { __Entity__ } from './__entityKebab__.entity.js';
import {
  type Create__Entity__Input,
  create__Entity__Schema,
  type Update__Entity__Input,
  update__Entity__Schema,
} from './__entityKebab__.inputs.js';

export const idSchema = z.uuid();

/** Finds one __label__ within the EntityManager's scope; unknown and out-of-scope look the same. */
export async function find__Entity__OrFail(em: EntityManager, id: string, field = 'id'): Promise<__Entity__> {
  parseInput(idSchema, id, field);
  const found = await em.findOne(__Entity__, { id });
  if (!found) throw notFound('entity.__entity__');
  return found;
}

/** Admins: add one __label__ to the tenant they act on. */
export async function create__Entity__(ctx: RequestContext, input: Create__Entity__Input): Promise<__Entity__> {
  const caller = requireRole(ctx, ADMIN_ROLES);
  const data = parseInput(create__Entity__Schema, input, 'input');
  const now = new Date();
  const created = Object.assign(new __Entity__(), {
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
      action: '__entity__.create',
      entity: '__Entity__',
      entityId: created.id,
      changes: { name: [null, created.name] },
    });
  });
  return created;
}

/** Admins: change one __label__; CONFLICT when someone else saved it since `input.version` was read. */
export async function update__Entity__(ctx: RequestContext, input: Update__Entity__Input): Promise<__Entity__> {
  const caller = requireRole(ctx, ADMIN_ROLES);
  const data = parseInput(update__Entity__Schema, input, 'input');
  const existing = await find__Entity__OrFail(ctx.em, data.id, 'input.id');
  if (existing.version !== data.version) throw conflict();
  const before = { ...existing };
  if (data.name !== undefined) existing.name = data.name;
  const changes = diffFields(before, existing, ['name']);
  try {
    await ctx.em.transactional(async (tx) => {
      audit(tx, caller, ctx.requestId, {
        tenantId: existing.tenantId,
        tenantPath: existing.tenantPath,
        action: '__entity__.update',
        entity: '__Entity__',
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
