import { ADMIN_ROLES } from '@frontline/auth-tokens';
import {
  audit,
  badInput,
  conflict,
  diffFields,
  notFound,
  parseInput,
  type RequestContext,
  requireRole,
} from '@frontline/subgraph-kit';
import { OptimisticLockError } from '@mikro-orm/core';
import { hashPassword } from '../auth/passwords.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { newOfficer, rolesFor, uniqueViolationToField } from '../tenant/tenant.service.js';
import { Officer } from './officer.entity.js';
import {
  type CreateOfficerInput,
  createOfficerSchema,
  type UpdateOfficerInput,
  updateOfficerSchema,
} from './officer.inputs.js';

/** The tenant officers are managed in: the caller's current scope root. */
async function actingTenant(ctx: RequestContext): Promise<Tenant> {
  const caller = requireRole(ctx, ADMIN_ROLES);
  const tenant = await ctx.em.findOne(Tenant, { id: caller.scope.id });
  if (!tenant) throw notFound('entity.tenant');
  return tenant;
}

export async function createOfficer(ctx: RequestContext, input: CreateOfficerInput): Promise<Officer> {
  const caller = requireRole(ctx, ADMIN_ROLES);
  const data = parseInput(createOfficerSchema, input, 'input');
  const tenant = await actingTenant(ctx);
  if (!rolesFor(tenant.kind).includes(data.role)) {
    throw badInput([{ field: 'input.role', key: 'officer.roleNotForTenant' }]);
  }
  const officer = await newOfficer(tenant, data);
  try {
    await ctx.em.transactional(async (tx) => {
      tx.persist(officer);
      audit(tx, caller, ctx.requestId, {
        tenantId: tenant.id,
        tenantPath: tenant.tenantPath,
        action: 'officer.create',
        entity: 'Officer',
        entityId: officer.id,
        changes: { email: [null, officer.email], role: [null, officer.role] },
      });
    });
  } catch (err) {
    uniqueViolationToField(err, {
      officer_email_unique: { field: 'input.email', key: 'officer.emailTaken' },
    });
  }
  return officer;
}

export async function updateOfficer(ctx: RequestContext, input: UpdateOfficerInput): Promise<Officer> {
  const caller = requireRole(ctx, ADMIN_ROLES);
  const data = parseInput(updateOfficerSchema, input, 'input');
  const tenant = await actingTenant(ctx);
  const officer = await ctx.em.findOne(Officer, { id: data.id, tenantId: tenant.id });
  if (!officer) throw notFound('entity.officer');
  if (officer.version !== data.version) throw conflict();
  if (data.role && !rolesFor(tenant.kind).includes(data.role)) {
    throw badInput([{ field: 'input.role', key: 'officer.roleNotForTenant' }]);
  }
  if (data.active === false && officer.id === caller.officerId) {
    throw badInput([{ field: 'input.active', key: 'officer.cannotDisableSelf' }]);
  }
  const before = { ...officer };
  if (data.displayName !== undefined) officer.displayName = data.displayName;
  if (data.role !== undefined) officer.role = data.role;
  if (data.active !== undefined) officer.active = data.active;
  if (data.password !== undefined) officer.passwordHash = await hashPassword(data.password);
  const changes = diffFields(before, officer, ['displayName', 'role', 'active']);
  if (data.password !== undefined) changes.password = ['***', '***'];
  try {
    await ctx.em.transactional(async (tx) => {
      audit(tx, caller, ctx.requestId, {
        tenantId: tenant.id,
        tenantPath: tenant.tenantPath,
        action: 'officer.update',
        entity: 'Officer',
        entityId: officer.id,
        changes,
      });
      await tx.flush();
    });
  } catch (err) {
    // Another admin saved in between: the version check in UPDATE ... WHERE version = ? caught it.
    if (err instanceof OptimisticLockError) throw conflict();
    throw err;
  }
  return officer;
}
