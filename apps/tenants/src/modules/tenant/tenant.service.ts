import { randomUUID } from 'node:crypto';
import { FEDERATION_ROLES, type Role, type TenantRef } from '@frontline/auth-tokens';
import {
  AppError,
  audit,
  badInput,
  type Caller,
  notFound,
  parseInput,
  type RequestContext,
  requireRole,
} from '@frontline/subgraph-kit';
import { type EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import { hashPassword } from '../auth/passwords.js';
import { Officer } from '../officer/officer.entity.js';
import { Tenant } from './tenant.entity.js';
import type { CreateTenantInput } from './tenant.inputs.js';
import { createTenantSchema } from './tenant.inputs.js';

export const idSchema = z.uuid();

export function tenantRef(t: Tenant): TenantRef {
  return { id: t.id, path: t.tenantPath, kind: t.kind };
}

/** Finds a tenant within the EntityManager's scope; unknown and out-of-scope look the same. */
export async function findTenantOrFail(em: EntityManager, id: string, field = 'id'): Promise<Tenant> {
  parseInput(idSchema, id, field);
  const tenant = await em.findOne(Tenant, { id });
  if (!tenant) throw notFound('entity.tenant');
  return tenant;
}

export function adminRoleFor(kind: Tenant['kind']): Role {
  return kind === 'FEDERATION' ? 'FEDERATION_ADMIN' : 'UNION_ADMIN';
}

export function rolesFor(kind: Tenant['kind']): readonly Role[] {
  return kind === 'FEDERATION' ? FEDERATION_ROLES : ['UNION_ADMIN', 'UNION_OFFICER'];
}

export function newTenant(parent: Tenant | null, name: string, kind: Tenant['kind']): Tenant {
  const id = randomUUID();
  const path = `${parent ? parent.tenantPath : '/'}${id}/`;
  return Object.assign(new Tenant(), {
    id,
    tenantId: id,
    tenantPath: path,
    parentId: parent?.id ?? null,
    name,
    kind,
    depth: parent ? parent.depth + 1 : 0,
    createdAt: new Date(),
    updatedAt: new Date(),
    version: 1,
  });
}

export async function newOfficer(
  tenant: Tenant,
  data: { email: string; displayName: string; password: string; role: Role },
): Promise<Officer> {
  return Object.assign(new Officer(), {
    id: randomUUID(),
    tenantId: tenant.id,
    tenantPath: tenant.tenantPath,
    email: data.email,
    displayName: data.displayName,
    passwordHash: await hashPassword(data.password),
    role: data.role,
    active: true,
    lastLoginAt: null,
    createdAt: new Date(),
    updatedAt: new Date(),
    version: 1,
  });
}

/** Maps a unique-constraint violation to the field it concerns; anything else is rethrown. */
export function uniqueViolationToField(err: unknown, map: Record<string, FieldError>): never {
  if (err instanceof UniqueConstraintViolationException) {
    const message = String(err.message);
    for (const [constraint, problem] of Object.entries(map)) {
      if (message.includes(constraint)) throw badInput([problem]);
    }
  }
  throw err;
}
type FieldError = { field: string; key: string };

/** A federation admin creates a child federation or enterprise union together with its first admin. */
export async function createChildTenant(ctx: RequestContext, input: CreateTenantInput): Promise<Tenant> {
  const caller: Caller = requireRole(ctx, ['FEDERATION_ADMIN']);
  const data = parseInput(createTenantSchema, input, 'input');
  const em = ctx.em;
  const parent = await em.findOne(Tenant, { id: data.parentId });
  if (!parent) throw badInput([{ field: 'input.parentId', key: 'tenant.notInScope' }]);
  if (parent.kind !== 'FEDERATION')
    throw badInput([{ field: 'input.parentId', key: 'tenant.parentNotFederation' }]);

  const tenant = newTenant(parent, data.name, data.kind);
  const admin = await newOfficer(tenant, { ...data.firstAdmin, role: adminRoleFor(data.kind) });
  try {
    await em.transactional(async (tx) => {
      tx.persist(tenant);
      await tx.flush(); // the tenant first, so the admin's row may reference its path
      tx.persist(admin);
      audit(tx, caller, ctx.requestId, {
        tenantId: parent.id,
        tenantPath: parent.tenantPath,
        action: 'tenant.create',
        entity: 'Tenant',
        entityId: tenant.id,
        changes: { name: [null, tenant.name], kind: [null, tenant.kind], firstAdmin: [null, admin.email] },
      });
    });
  } catch (err) {
    uniqueViolationToField(err, {
      tenant_parent_name_unique: { field: 'input.name', key: 'tenant.nameTaken' },
      officer_email_unique: { field: 'input.firstAdmin.email', key: 'officer.emailTaken' },
    });
  }
  ctx.log.info({ tenantId: tenant.id, parentId: parent.id }, 'tenant created');
  return tenant;
}

export { AppError };
