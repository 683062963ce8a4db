import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@frontline/subgraph-kit';
import {
  AppError,
  audit,
  badInput,
  conflict,
  maskNationalId,
  maskPhone,
  notFound,
  parseInput,
  parseNationalId,
  type RequestContext,
  requireRole,
} from '@frontline/subgraph-kit';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';
import type { MembersDeps } from '../../deps.js';
import { OrgUnit, OrgUnitStatus } from '../org-unit/org-unit.entity.js';
import {
  Gender,
  HardshipStatus,
  Member,
  MemberStatus,
  MembershipPeriod,
  PeriodReason,
} from './member.entity.js';
import {
  type CreateMemberInput,
  changeStatusSchema,
  type MemberFields,
  memberFieldsSchema,
  moveSchema,
  PiiField,
  revealSchema,
  type UpdateMemberInput,
  updateMemberSchema,
} from './member.inputs.js';
import { actingUnion, PII_REVEALERS, today } from './union-scope.js';

export const NATIONAL_ID_PURPOSE = 'national-id';
export const PHONE_PURPOSE = 'phone';

export function namePinyin(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' })
    .join('')
    .toLowerCase();
}

/** Finds one member within the EntityManager's scope; unknown and out-of-scope look the same. */
export async function findMemberOrFail(em: EntityManager, id: string, field = 'id'): Promise<Member> {
  parseInput(z.uuid(), id, field);
  const found = await em.findOne(Member, { id });
  if (!found) throw notFound('entity.member');
  return found;
}

async function findActiveUnit(em: EntityManager, id: string, field: string): Promise<OrgUnit> {
  const unit = await em.findOne(OrgUnit, { id });
  if (!unit) throw badInput([{ field, key: 'orgUnit.notFound' }]);
  if (unit.status !== OrgUnitStatus.ACTIVE) throw badInput([{ field, key: 'orgUnit.closed' }]);
  return unit;
}

/**
 * Is this person an active member of another union? Asked through a database function that
 * answers only with the other union's id — no personal data crosses the tenant boundary.
 */
export async function activeElsewhere(
  em: EntityManager,
  hash: string,
  ownTenantId: string,
): Promise<string | null> {
  const rows = await em.execute('select members.active_member_tenant(?) as tenant_id', [hash]);
  const other = rows[0]?.tenant_id as string | null;
  return other && other !== ownTenantId ? other : null;
}

async function activeElsewhereError(deps: MembersDeps, token: string, otherTenantId: string, field: string) {
  const other = await deps.directory.get(otherTenantId, token).catch(() => null);
  return new AppError('BAD_USER_INPUT', 'member.activeElsewhere', { union: other?.name ?? '?' }, [
    { field, key: 'member.activeElsewhere', params: { union: other?.name ?? '?' } },
  ]);
}

/**
 * Checks the ID number against a given gender and birth date, and derives what it says plus the
 * lookup hashes and masked copies of ID number and phone — everything but the ciphertexts (the
 * roster import checks whole files with it and encrypts only what it writes).
 */
export function derivePersonalData(deps: MembersDeps, data: Partial<MemberFields>, prefix: string) {
  const out: Partial<Member> = {};
  if (data.nationalId) {
    const info = parseNationalId(data.nationalId);
    if (!info) throw badInput([{ field: `${prefix}.nationalId`, key: 'validation.nationalId' }]);
    if (data.gender && data.gender !== info.gender) {
      throw badInput([{ field: `${prefix}.gender`, key: 'validation.genderMismatch' }]);
    }
    if (data.birthDate && data.birthDate !== info.birthDate) {
      throw badInput([{ field: `${prefix}.birthDate`, key: 'validation.birthDateMismatch' }]);
    }
    out.nationalIdHash = deps.pii.hash(NATIONAL_ID_PURPOSE, data.nationalId);
    out.nationalIdMasked = maskNationalId(data.nationalId);
    out.gender = info.gender as Gender;
    out.birthDate = info.birthDate;
  }
  if (data.phone) {
    out.phoneHash = deps.pii.hash(PHONE_PURPOSE, data.phone);
    out.phoneMasked = maskPhone(data.phone);
  }
  return out;
}

/** Seals ID number, phone and hardship note, and derives what the ID number says. */
export function sealPersonalData(deps: MembersDeps, data: Partial<MemberFields>, prefix: string) {
  const out = derivePersonalData(deps, data, prefix);
  if (data.nationalId) out.nationalIdSealed = deps.pii.encrypt(data.nationalId);
  if (data.phone) out.phoneSealed = deps.pii.encrypt(data.phone);
  if (data.hardshipNote !== undefined)
    out.hardshipNoteSealed = data.hardshipNote ? deps.pii.encrypt(data.hardshipNote) : null;
  return out;
}

export function newPeriod(
  member: Member,
  unionName: string,
  unit: OrgUnit | null,
  startedOn: string,
  reason: PeriodReason,
  note: string | null = null,
): MembershipPeriod {
  return Object.assign(new MembershipPeriod(), {
    id: randomUUID(),
    tenantId: member.tenantId,
    tenantPath: member.tenantPath,
    memberId: member.id,
    unionId: member.tenantId,
    unionName,
    orgUnitId: unit?.id ?? null,
    orgUnitName: unit?.name ?? null,
    status: member.status,
    startedOn,
    endedOn: null,
    reason,
    note,
    createdAt: new Date(),
  });
}

/** Maps the database's duplicate checks to field errors (they also catch concurrent inserts). */
async function onUniqueViolation(
  err: unknown,
  deps: MembersDeps,
  ctx: RequestContext,
  member: Member,
  prefix: string,
): Promise<never> {
  if (err instanceof UniqueConstraintViolationException) {
    const msg = String(err.message);
    if (msg.includes('member_active_national_id_unique') && member.nationalIdHash) {
      const other = await activeElsewhere(
        ctx.db.forScope(ctx.caller!.scope),
        member.nationalIdHash,
        member.tenantId,
      );
      if (other) throw await activeElsewhereError(deps, ctx.caller!.token, other, `${prefix}.nationalId`);
    }
    if (
      msg.includes('member_tenant_national_id_unique') ||
      msg.includes('member_active_national_id_unique')
    ) {
      throw badInput([{ field: `${prefix}.nationalId`, key: 'member.duplicateNationalId' }]);
    }
    if (msg.includes('member_tenant_employee_no_unique')) {
      throw badInput([{ field: `${prefix}.employeeNo`, key: 'member.duplicateEmployeeNo' }]);
    }
  }
  throw err;
}

const AUDITED_FIELDS = [
  'name',
  'gender',
  'birthDate',
  'nationalIdMasked',
  'phoneMasked',
  'employeeNo',
  'jobTitle',
  'jobType',
  'shiftPattern',
  'orgUnitId',
  'joinedOn',
  'status',
  'migrantWorker',
  'modelWorker',
  'hardshipStatus',
  'tags',
] as const;

/** The audited fields that differ, personal data only in masked form (also used by the roster import). */
export function changesOf(before: Partial<Member>, after: Member): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const f of AUDITED_FIELDS) {
    const a = JSON.stringify(before[f] ?? null);
    const b = JSON.stringify(after[f] ?? null);
    if (a !== b) changes[f] = [before[f] ?? null, after[f] ?? null];
  }
  // The note itself never reaches the audit log, only the fact that it changed.
  if (before.hardshipNoteSealed !== after.hardshipNoteSealed) changes.hardshipNote = ['***', '***'];
  return changes;
}

export async function createMember(
  ctx: RequestContext,
  deps: MembersDeps,
  input: CreateMemberInput,
): Promise<Member> {
  const { caller, unionName } = await actingUnion(ctx, deps);
  const data = parseInput(memberFieldsSchema, input, 'input');
  const em = ctx.em;
  const unit = data.orgUnitId ? await findActiveUnit(em, data.orgUnitId, 'input.orgUnitId') : null;
  const now = new Date();
  const member = Object.assign(new Member(), {
    id: randomUUID(),
    tenantId: caller.scope.id,
    tenantPath: caller.scope.path,
    name: data.name,
    namePinyin: namePinyin(data.name),
    gender: data.gender ?? null,
    birthDate: data.birthDate ?? null,
    nationalIdSealed: null,
    nationalIdHash: null,
    nationalIdMasked: null,
    phoneSealed: null,
    phoneHash: null,
    phoneMasked: null,
    employeeNo: data.employeeNo,
    jobTitle: data.jobTitle,
    jobType: data.jobType,
    shiftPattern: data.shiftPattern,
    orgUnitId: unit?.id ?? null,
    unitPath: unit?.unitPath ?? null,
    joinedOn: data.joinedOn,
    status: MemberStatus.ACTIVE,
    migrantWorker: data.migrantWorker,
    modelWorker: data.modelWorker,
    hardshipStatus: data.hardshipStatus,
    hardshipNoteSealed: null,
    tags: data.tags,
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...sealPersonalData(deps, data, 'input'),
  });
  if (member.nationalIdHash) {
    const other = await activeElsewhere(em, member.nationalIdHash, member.tenantId);
    if (other) throw await activeElsewhereError(deps, caller.token, other, 'input.nationalId');
  }
  try {
    await em.transactional(async (tx) => {
      tx.persist(member);
      tx.persist(newPeriod(member, unionName, unit, data.joinedOn, PeriodReason.JOINED));
      audit(tx, caller, ctx.requestId, {
        tenantId: member.tenantId,
        tenantPath: member.tenantPath,
        action: 'member.create',
        entity: 'Member',
        entityId: member.id,
        changes: changesOf({}, member),
      });
    });
  } catch (err) {
    await onUniqueViolation(err, deps, ctx, member, 'input');
  }
  return member;
}

export async function updateMember(
  ctx: RequestContext,
  deps: MembersDeps,
  input: UpdateMemberInput,
): Promise<Member> {
  const { caller } = await actingUnion(ctx, deps);
  const data = parseInput(updateMemberSchema, input, 'input');
  const member = await findMemberOrFail(ctx.em, data.id, 'input.id');
  if (member.version !== data.version) throw conflict();
  const before = { ...member };
  const { id: _id, version: _v, nationalId, phone, hardshipNote, ...plain } = data;
  for (const [key, value] of Object.entries(plain)) {
    if (value !== undefined) (member as unknown as Record<string, unknown>)[key] = value;
  }
  if (data.name) member.namePinyin = namePinyin(data.name);
  Object.assign(
    member,
    sealPersonalData(
      deps,
      {
        nationalId,
        phone,
        hardshipNote,
        gender: member.gender,
        birthDate: nationalId ? undefined : member.birthDate,
      },
      'input',
    ),
  );
  if (member.hardshipStatus === HardshipStatus.NONE && data.hardshipStatus === HardshipStatus.NONE)
    member.hardshipNoteSealed = null;
  if (nationalId && member.nationalIdHash) {
    const other = await activeElsewhere(ctx.em, member.nationalIdHash, member.tenantId);
    if (other) throw await activeElsewhereError(deps, caller.token, other, 'input.nationalId');
  }
  await saveChange(ctx, deps, member, before, 'member.update', 'input');
  return member;
}

/** Flushes a change to a member with its audit record; stale versions and duplicates become errors. */
async function saveChange(
  ctx: RequestContext,
  deps: MembersDeps,
  member: Member,
  before: Partial<Member>,
  action: string,
  prefix: string,
  extra: object[] = [],
) {
  try {
    await ctx.em.transactional(async (tx) => {
      for (const e of extra) tx.persist(e);
      audit(tx, ctx.caller!, ctx.requestId, {
        tenantId: member.tenantId,
        tenantPath: member.tenantPath,
        action,
        entity: 'Member',
        entityId: member.id,
        changes: changesOf(before, member),
      });
      await tx.flush();
    });
  } catch (err) {
    if (err instanceof OptimisticLockError) throw conflict();
    await onUniqueViolation(err, deps, ctx, member, prefix);
  }
}

async function openPeriod(em: EntityManager, memberId: string): Promise<MembershipPeriod | null> {
  return em.findOne(MembershipPeriod, { memberId, endedOn: null }, { orderBy: { startedOn: 'desc' } });
}

/** Closes the open period the day before `on` and opens the next one: history is never overwritten. */
async function nextPeriod(
  ctx: RequestContext,
  member: Member,
  unionName: string,
  unit: OrgUnit | null,
  on: string,
  reason: PeriodReason,
  note: string | null,
) {
  const current = await openPeriod(ctx.em, member.id);
  if (current && on < current.startedOn) {
    throw badInput([
      { field: 'input.effectiveOn', key: 'member.beforeCurrentPeriod', params: { date: current.startedOn } },
    ]);
  }
  if (current) current.endedOn = on;
  return newPeriod(member, unionName, unit, on, reason, note);
}

export async function changeMemberStatus(
  ctx: RequestContext,
  deps: MembersDeps,
  input: unknown,
): Promise<Member> {
  const { unionName } = await actingUnion(ctx, deps);
  const data = parseInput(changeStatusSchema, input, 'input');
  const member = await findMemberOrFail(ctx.em, data.id, 'input.id');
  if (member.version !== data.version) throw conflict();
  if (member.status === data.status)
    throw badInput([{ field: 'input.status', key: 'member.statusUnchanged' }]);
  if (member.status === MemberStatus.TRANSFERRED_OUT)
    throw badInput([{ field: 'input.status', key: 'member.transferredOut' }]);
  const before = { ...member };
  member.status = data.status;
  const unit = member.orgUnitId ? await ctx.em.findOne(OrgUnit, { id: member.orgUnitId }) : null;
  const period = await nextPeriod(
    ctx,
    member,
    unionName,
    unit,
    data.effectiveOn,
    PeriodReason.STATUS_CHANGED,
    data.note,
  );
  await saveChange(ctx, deps, member, before, 'member.status', 'input', [period]);
  return member;
}

export async function moveMember(ctx: RequestContext, deps: MembersDeps, input: unknown): Promise<Member> {
  const { unionName } = await actingUnion(ctx, deps);
  const data = parseInput(moveSchema, input, 'input');
  const member = await findMemberOrFail(ctx.em, data.id, 'input.id');
  if (member.version !== data.version) throw conflict();
  const unit = await findActiveUnit(ctx.em, data.orgUnitId, 'input.orgUnitId');
  if (unit.id === member.orgUnitId) throw badInput([{ field: 'input.orgUnitId', key: 'member.sameUnit' }]);
  const before = { ...member };
  member.orgUnitId = unit.id;
  member.unitPath = unit.unitPath;
  const period = await nextPeriod(ctx, member, unionName, unit, data.effectiveOn, PeriodReason.MOVED, null);
  await saveChange(ctx, deps, member, before, 'member.move', 'input', [period]);
  return member;
}

/** Shows one piece of personal data in clear to an admin who states why; the reveal is audited. */
export async function revealPersonalData(
  ctx: RequestContext,
  deps: MembersDeps,
  input: unknown,
): Promise<string | null> {
  const caller = requireRole(ctx, PII_REVEALERS);
  const data = parseInput(revealSchema, input, 'input');
  const column = {
    [PiiField.NATIONAL_ID]: 'nationalIdSealed',
    [PiiField.PHONE]: 'phoneSealed',
    [PiiField.HARDSHIP_NOTE]: 'hardshipNoteSealed',
  }[data.field] as 'nationalIdSealed' | 'phoneSealed' | 'hardshipNoteSealed';
  const member = await ctx.em.findOne(Member, { id: data.id }, { populate: [column] as never });
  if (!member) throw notFound('entity.member');
  const sealed = member[column];
  await ctx.em.transactional(async (tx) => {
    audit(tx, caller, ctx.requestId, {
      tenantId: member.tenantId,
      tenantPath: member.tenantPath,
      action: 'member.reveal',
      entity: 'Member',
      entityId: member.id,
      changes: { field: [null, data.field], purpose: [null, data.purpose] },
    });
  });
  ctx.log.info({ memberId: member.id, field: data.field }, 'personal data revealed');
  return sealed ? deps.pii.decrypt(sealed) : null;
}

export { today };
