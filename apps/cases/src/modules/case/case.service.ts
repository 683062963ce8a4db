import { randomUUID } from 'node:crypto';
import { ROLES } from '@frontline/auth-tokens';
import {
  AppError,
  ancestorPaths,
  audit,
  badInput,
  type Caller,
  chinaDay,
  conflict,
  type EntityManager,
  notFound,
  parseInput,
  type RequestContext,
  requireRole,
} from '@frontline/subgraph-kit';
import { DriverException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { CasesDeps } from '../../deps.js';
import { CalendarDay } from '../calendar/calendar-day.entity.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import { CasePolicy, DissatisfiedAction } from '../policy/case-policy.entity.js';
import {
  Assistance,
  AssistanceForm,
  Case,
  CaseAssistant,
  CaseEvent,
  CaseEventType,
  CaseKind,
  CaseStatus,
  NO_DEADLINE,
  OPEN_STATUSES,
  Satisfaction,
} from './case.entity.js';
import {
  assignSchema,
  assistanceSchema,
  callbackSchema,
  commentSchema,
  createCaseSchema,
  dispatchSchema,
  escalateSchema,
  rejectSchema,
  resolveSchema,
  revealSchema,
  stepSchema,
  updateSchema,
} from './case.inputs.js';
import { caseEvent, caseMember, type EventSpec, receivedCase } from './case.rows.js';
import { assertMayRun, inScope, lastId, parentPath, relationOf } from './case.rules.js';
import { CaseAction, resolveRequirement, slaFor, transitionsFor } from './workflow.js';

/** Every officer role works cases; the rules decide per step and per case. */
const CASE_ROLES = ROLES;

/** Finds one case within the caller's scope; unknown and out-of-scope look the same. */
export async function findCaseOrFail(em: EntityManager, id: string, field = 'id'): Promise<Case> {
  parseInput(z.uuid(), id, field);
  const found = await em.findOne(Case, { id });
  if (!found) throw notFound('entity.case');
  return found;
}

/** The case-handling policy that applies to a tenant: its own, else the nearest ancestor's. */
export async function effectivePolicy(em: EntityManager, tenantPath: string): Promise<CasePolicy | null> {
  const rows = await em.find(CasePolicy, { tenantPath: { $in: [...ancestorPaths(tenantPath), tenantPath] } });
  return rows.sort((a, b) => b.tenantPath.length - a.tenantPath.length)[0] ?? null;
}

/** The working calendar of a tenant: official data, corrected by its ancestors' and its own days. */
export async function calendarFor(em: EntityManager, tenantPath: string): Promise<WorkingCalendar> {
  const rows = await em.find(CalendarDay, {
    tenantPath: { $in: [...ancestorPaths(tenantPath), tenantPath] },
  });
  // Deeper tenants are applied last, so a union's correction wins over its federation's.
  rows.sort((a, b) => a.tenantPath.length - b.tenantPath.length);
  return new WorkingCalendar(rows.map((r) => ({ date: r.date, working: r.working })));
}

/** The deadline still running: first response until answered, then resolution; none once resolved. */
export function nextDue(c: Case): Date {
  if (!(OPEN_STATUSES as readonly CaseStatus[]).includes(c.status)) return NO_DEADLINE;
  return c.firstRespondedAt ? c.resolutionDueAt : c.responseDueAt;
}

async function tenantName(deps: CasesDeps, caller: Caller, id: string): Promise<string> {
  return (await deps.directory.get(id, caller.token))?.name ?? '';
}

function sealsDetails(kind: CaseKind, confidential: boolean): boolean {
  // Hardship cases describe a family's situation: personal data, sealed like ID numbers.
  return confidential || kind === CaseKind.HARDSHIP;
}

function setDetails(deps: CasesDeps, c: Case, details: string | null): void {
  const sealed = sealsDetails(c.kind, c.confidential);
  c.detailsPlain = sealed ? null : details;
  c.detailsSealed = sealed && details ? deps.pii.encrypt(details) : null;
}

function currentDetails(deps: CasesDeps, c: Case): string | null {
  return c.detailsSealed ? deps.pii.decrypt(c.detailsSealed) : c.detailsPlain;
}

/** A timeline entry by the caller, acting for the tenant named. */
function newEvent(c: Case, caller: Caller, actorTenantName: string, spec: EventSpec, at: Date): CaseEvent {
  return caseEvent(c, { name: caller.name, tenantName: actorTenantName }, spec, at);
}

function auditCase(
  tx: EntityManager,
  ctx: RequestContext,
  caller: Caller,
  c: Case,
  action: string,
  changes: object,
) {
  // The audit row belongs to the tenant the caller acted for (each keeps its own log).
  audit(tx, caller, ctx.requestId, {
    tenantId: caller.scope.id,
    tenantPath: caller.scope.path,
    action: `case.${action}`,
    entity: 'Case',
    entityId: c.id,
    changes: changes as Record<string, [unknown, unknown]>,
  });
}

const memberProblem = (i: number) => ({ field: `input.memberIds.${i}`, key: 'case.memberNotFound' });

/** Opens a case in the tenant the caller acts on, with deadlines from its policy and calendar. */
export async function createCase(ctx: RequestContext, deps: CasesDeps, input: unknown): Promise<Case> {
  const caller = requireRole(ctx, CASE_ROLES);
  const data = parseInput(createCaseSchema, input, 'input');
  if (data.sourceItemId) {
    const existing = await ctx.em.findOne(Case, {
      tenantId: caller.scope.id,
      sourceItemId: data.sourceItemId,
    });
    if (existing) return existing;
  }
  const memberIds = [...new Set(data.memberIds)];
  const { members, unit } = await deps.members.lookup(memberIds, data.orgUnitId ?? null, caller.token);
  const problems = memberIds.flatMap((id, i) => (members.has(id) ? [] : [memberProblem(i)]));
  if (data.orgUnitId && !unit) problems.push({ field: 'input.orgUnitId', key: 'case.teamNotFound' });
  if (problems.length) throw badInput(problems);

  const now = deps.now();
  const name = await tenantName(deps, caller, caller.scope.id);
  const [policy, calendar] = await Promise.all([
    effectivePolicy(ctx.em, caller.scope.path),
    calendarFor(ctx.em, caller.scope.path),
  ]);
  const sla = slaFor(data.kind, data.priority, policy?.slaOverrides);
  const c = receivedCase({
    tenantId: caller.scope.id,
    tenantPath: caller.scope.path,
    tenantName: name,
    number: '',
    kind: data.kind,
    priority: data.priority,
    source: data.source,
    sourceActivityId: data.sourceActivityId ?? null,
    sourceItemId: data.sourceItemId ?? null,
    summary: data.summary,
    confidential: data.confidential,
    orgUnitId: unit?.id ?? null,
    unitPath: unit?.unitPath ?? null,
    orgUnitName: unit?.name ?? null,
    memberNames: memberIds.map((id) => members.get(id)?.name).join('、'),
    handlingTenantId: caller.scope.id,
    handlingTenantPath: caller.scope.path,
    handlingTenantName: name,
    receivedAt: now,
    responseDueAt: calendar.deadline(now, sla.responseDays),
    resolutionDueAt: calendar.deadline(now, sla.resolutionDays),
    createdByName: caller.name,
  });
  setDetails(deps, c, data.details);
  c.nextDueAt = nextDue(c);
  try {
    await ctx.em.transactional(async (tx) => {
      const year = Number(chinaDay(now).slice(0, 4));
      const [{ last }] = await tx.execute(
        `insert into cases.case_counter (id, tenant_id, tenant_path, year, last) values (?, ?, ?, ?, 1)
         on conflict (tenant_id, year) do update set last = cases.case_counter.last + 1 returning last`,
        [randomUUID(), c.tenantId, c.tenantPath, year],
      );
      c.number = `${year}-${String(last).padStart(6, '0')}`;
      tx.persist(c);
      for (const id of memberIds) tx.persist(caseMember(c, id, members.get(id)?.name ?? ''));
      tx.persist(
        newEvent(
          c,
          caller,
          name,
          { type: CaseEventType.CREATED, to: c.status, data: { source: c.source } },
          now,
        ),
      );
      auditCase(tx, ctx, caller, c, 'create', { kind: [null, c.kind], number: [null, c.number] });
    });
  } catch (err) {
    // Two requests for the same heard item at once: the second gets the first one's case.
    if (err instanceof UniqueConstraintViolationException && data.sourceItemId) {
      ctx.em.clear();
      const existing = await ctx.em.findOne(Case, {
        tenantId: caller.scope.id,
        sourceItemId: data.sourceItemId,
      });
      if (existing) return existing;
    }
    throw err;
  }
  return c;
}

interface Step<T> {
  action: CaseAction;
  schema: z.ZodType<T & { id: string; version?: number }>;
  /** Changes the case and says what goes on the timeline; may add rows through `tx`. */
  apply: (c: Case, data: T, tx: EntityManager, caller: Caller) => Promise<EventSpec[]> | EventSpec[];
}

/**
 * Runs one step on a case: the caller's role, their relation to the case, its status and the
 * version read are all checked; the change, its timeline entries and the audit record are one
 * transaction; a concurrent change is a CONFLICT.
 */
async function runStep<T>(
  ctx: RequestContext,
  deps: CasesDeps,
  input: unknown,
  step: Step<T>,
): Promise<Case> {
  const caller = requireRole(ctx, CASE_ROLES);
  const data = parseInput(step.schema, input, 'input') as T & { id: string; version?: number };
  const c = await findCaseOrFail(ctx.em, data.id, 'input.id');
  if (data.version !== undefined && c.version !== data.version) throw conflict();
  assertMayRun(caller, c, step.action);
  const actorTenant = await tenantName(deps, caller, caller.scope.id);
  const before = { status: c.status, version: c.version };
  try {
    await ctx.em.transactional(async (tx) => {
      const events = await step.apply(c, data, tx, caller);
      c.nextDueAt = nextDue(c);
      const now = deps.now();
      // A comment leaves the case as it is (and its version, so it does not void others' edits).
      if (step.action !== CaseAction.COMMENT) c.updatedAt = now;
      // A millisecond apart, so the timeline keeps the order of one step's entries.
      for (const [i, e] of events.entries())
        tx.persist(newEvent(c, caller, actorTenant, e, new Date(now.getTime() + i)));
      auditCase(tx, ctx, caller, c, step.action.toLowerCase(), {
        status: [before.status, c.status],
        ...(events[0]?.note ? { note: [null, events[0].note] } : {}),
      });
      await tx.flush();
    });
  } catch (err) {
    if (err instanceof OptimisticLockError) throw conflict();
    throw err;
  }
  return c;
}

const EVENT_OF: Partial<Record<CaseAction, CaseEventType>> = {
  [CaseAction.ACCEPT]: CaseEventType.ACCEPTED,
  [CaseAction.REJECT]: CaseEventType.REJECTED,
  [CaseAction.START]: CaseEventType.STARTED,
  [CaseAction.CLOSE]: CaseEventType.CLOSED,
  [CaseAction.REOPEN]: CaseEventType.REOPENED,
};

/** A status-changing step per the kind's workflow. */
function transition<T extends { note?: string | null }>(
  action: CaseAction,
  schema: Step<T>['schema'],
  extra?: (
    c: Case,
    data: T,
    tx: EntityManager,
    caller: Caller,
  ) => Promise<EventSpec[] | undefined> | EventSpec[] | undefined,
): Step<T> {
  return {
    action,
    schema,
    async apply(c, data, tx, caller) {
      const from = c.status;
      const to = transitionsFor(c.kind)[action]?.to as CaseStatus;
      c.status = to;
      const more = (await extra?.(c, data, tx, caller)) ?? [];
      const type = EVENT_OF[action] as CaseEventType;
      return [{ type, from, to: c.status, note: data.note ?? null }, ...more];
    },
  };
}

export const acceptCase = (ctx: RequestContext, deps: CasesDeps, input: unknown) =>
  runStep(
    ctx,
    deps,
    input,
    transition(CaseAction.ACCEPT, stepSchema, (c, _d, _tx, caller) => {
      c.firstRespondedAt ??= deps.now();
      // Whoever accepts leads the case until someone else is assigned.
      if (!c.leadOfficerId) {
        c.leadOfficerId = caller.officerId;
        c.leadOfficerName = caller.name;
      }
      return undefined;
    }),
  );

export const rejectCase = (ctx: RequestContext, deps: CasesDeps, input: unknown) =>
  runStep(
    ctx,
    deps,
    input,
    transition(CaseAction.REJECT, rejectSchema, (c, data) => {
      c.firstRespondedAt ??= deps.now();
      c.rejectionReason = data.note;
      return undefined;
    }),
  );

export const startCase = (ctx: RequestContext, deps: CasesDeps, input: unknown) =>
  runStep(ctx, deps, input, transition(CaseAction.START, stepSchema));

export const resolveCase = (ctx: RequestContext, deps: CasesDeps, input: unknown) =>
  runStep(ctx, deps, input, {
    action: CaseAction.RESOLVE,
    schema: resolveSchema,
    async apply(c, data, tx) {
      const helped = await tx.count(Assistance, { caseId: c.id });
      const missing = resolveRequirement(c.kind, helped);
      if (missing) throw badInput([{ field: 'input.id', key: missing }], missing);
      const from = c.status;
      c.status = CaseStatus.RESOLVED;
      c.firstRespondedAt ??= deps.now();
      c.resolvedAt = deps.now();
      c.result = data.note;
      return [{ type: CaseEventType.RESOLVED, from, to: c.status, note: data.note }];
    },
  });

export const reopenCase = (ctx: RequestContext, deps: CasesDeps, input: unknown) =>
  runStep(
    ctx,
    deps,
    input,
    transition(CaseAction.REOPEN, rejectSchema, (c) => {
      reopen(c);
      return undefined;
    }),
  );

function reopen(c: Case): void {
  c.status = CaseStatus.REOPENED;
  c.reopenCount += 1;
  c.resolvedAt = null;
  c.closedAt = null;
}

export const closeCase = (ctx: RequestContext, deps: CasesDeps, input: unknown) =>
  runStep(
    ctx,
    deps,
    input,
    transition(CaseAction.CLOSE, stepSchema, (c) => {
      c.closedAt = deps.now();
      return undefined;
    }),
  );

/**
 * The worker's voice closes the loop: the callback records their rating. A DISSATISFIED rating
 * does not let the case close: by the owning tenant's policy it reopens with the same handler or
 * goes up to the federation (when a union was handling it).
 */
export async function recordCallback(ctx: RequestContext, deps: CasesDeps, input: unknown): Promise<Case> {
  let escalate = false;
  const c = await runStep(ctx, deps, input, {
    action: CaseAction.RECORD_CALLBACK,
    schema: callbackSchema,
    async apply(c, data, tx, caller) {
      const from = c.status;
      c.satisfaction = data.satisfaction;
      c.callbackComment = data.comment;
      c.callbackAt = deps.now();
      const rating: EventSpec = {
        type: CaseEventType.CALLBACK,
        from,
        to: CaseStatus.CALLBACK_DONE,
        note: data.comment,
        data: { satisfaction: data.satisfaction },
      };
      if (data.satisfaction !== Satisfaction.DISSATISFIED) {
        c.status = CaseStatus.CALLBACK_DONE;
        return [rating];
      }
      const policy = await effectivePolicy(tx, c.tenantPath);
      if (policy?.dissatisfiedAction === DissatisfiedAction.ESCALATE && parentPath(c.handlingTenantPath)) {
        // Up to the federation when a union was handling it; a federation reopens it itself.
        const handler = await deps.directory.get(c.handlingTenantId, caller.token);
        escalate = handler?.kind === 'ENTERPRISE_UNION' && inScope(c.handlingTenantPath, caller.scope.path);
      }
      reopen(c);
      return [
        { ...rating, to: CaseStatus.REOPENED },
        { type: CaseEventType.REOPENED, from: CaseStatus.RESOLVED, to: CaseStatus.REOPENED, note: null },
      ];
    },
  });
  if (!escalate) return c;
  const parent = parentPath(c.handlingTenantPath) as string;
  return handOver(ctx, deps, c, parent, 'UP', c.callbackComment, 'DISSATISFIED');
}

export const commentCase = (ctx: RequestContext, deps: CasesDeps, input: unknown) =>
  runStep(ctx, deps, input, {
    action: CaseAction.COMMENT,
    schema: commentSchema,
    apply(_c, data) {
      return [
        {
          type: data.note ? CaseEventType.COMMENTED : CaseEventType.ATTACHMENT,
          note: data.note,
          data: data.attachments.length ? { attachments: data.attachments } : null,
        },
      ];
    },
  });

export const assignCase = (ctx: RequestContext, deps: CasesDeps, input: unknown) =>
  runStep(ctx, deps, input, {
    action: CaseAction.ASSIGN,
    schema: assignSchema,
    async apply(c, data, tx) {
      const before = { lead: c.leadOfficerName };
      if (data.leadOfficerId !== undefined) {
        c.leadOfficerId = data.leadOfficerId ?? null;
        c.leadOfficerName = data.leadOfficerId ? data.leadOfficerName : null;
      }
      let assistants: string[] | undefined;
      if (data.assistants) {
        await tx.nativeDelete(CaseAssistant, { caseId: c.id });
        for (const a of data.assistants) {
          tx.persist(
            Object.assign(new CaseAssistant(), {
              id: randomUUID(),
              tenantId: c.tenantId,
              tenantPath: c.tenantPath,
              handlingTenantPath: c.handlingTenantPath,
              caseId: c.id,
              kind: a.kind,
              refId: a.refId ?? null,
              name: a.name,
              addedAt: deps.now(),
            }),
          );
        }
        assistants = data.assistants.map((a) => a.name);
      }
      return [
        {
          type: CaseEventType.ASSIGNED,
          data: { lead: [before.lead, c.leadOfficerName], assistants: assistants ?? null },
        },
      ];
    },
  });

export const addAssistance = (ctx: RequestContext, deps: CasesDeps, input: unknown) =>
  runStep(ctx, deps, input, {
    action: CaseAction.ADD_ASSISTANCE,
    schema: assistanceSchema,
    async apply(c, data, tx, caller) {
      tx.persist(
        Object.assign(new Assistance(), {
          id: randomUUID(),
          tenantId: c.tenantId,
          tenantPath: c.tenantPath,
          handlingTenantPath: c.handlingTenantPath,
          caseId: c.id,
          form: data.form,
          amountFen: data.amountFen,
          items: data.form === AssistanceForm.IN_KIND ? data.items : null,
          deliveredOn: data.deliveredOn,
          fund: data.fund,
          approvedByName: data.approvedByName,
          deliveredByTenantName: await tenantName(deps, caller, caller.scope.id),
          note: data.note,
          recordedByName: caller.name,
          recordedAt: deps.now(),
        }),
      );
      return [
        {
          type: CaseEventType.ASSISTANCE,
          note: data.note,
          data: { form: data.form, amountFen: data.amountFen, fund: data.fund, items: data.items },
        },
      ];
    },
  });

export const updateCase = (ctx: RequestContext, deps: CasesDeps, input: unknown) =>
  runStep(ctx, deps, input, {
    action: CaseAction.UPDATE,
    schema: updateSchema,
    async apply(c, data, tx) {
      const changed: Record<string, [unknown, unknown]> = {};
      const details = data.details === undefined ? currentDetails(deps, c) : data.details;
      if (data.kind && data.kind !== c.kind) {
        if (![CaseStatus.RECEIVED, CaseStatus.ACCEPTED].includes(c.status))
          throw badInput([{ field: 'input.kind', key: 'case.kindFixed' }]);
        changed.kind = [c.kind, data.kind];
        c.kind = data.kind;
      }
      if (data.summary && data.summary !== c.summary) {
        changed.summary = [c.summary, data.summary];
        c.summary = data.summary;
      }
      if (data.confidential != null && data.confidential !== c.confidential) {
        changed.confidential = [c.confidential, data.confidential];
        c.confidential = data.confidential;
      }
      if (data.priority && data.priority !== c.priority) {
        changed.priority = [c.priority, data.priority];
        c.priority = data.priority;
      }
      if (data.details !== undefined) changed.details = ['…', '…'];
      setDetails(deps, c, details);
      if (changed.kind || changed.priority) {
        // New deadlines count from receipt, under the same calendar and policy.
        const [policy, calendar] = await Promise.all([
          effectivePolicy(tx, c.tenantPath),
          calendarFor(tx, c.tenantPath),
        ]);
        const sla = slaFor(c.kind, c.priority, policy?.slaOverrides);
        c.responseDueAt = calendar.deadline(c.receivedAt, sla.responseDays);
        c.resolutionDueAt = calendar.deadline(c.receivedAt, sla.resolutionDays);
      }
      return [{ type: CaseEventType.UPDATED, data: { fields: Object.keys(changed) } }];
    },
  });

/** An enterprise union hands its case up to its federation, which then handles it. */
export async function escalateCase(ctx: RequestContext, deps: CasesDeps, input: unknown): Promise<Case> {
  const caller = requireRole(ctx, CASE_ROLES);
  const data = parseInput(escalateSchema, input, 'input');
  const c = await findCaseOrFail(ctx.em, data.id, 'input.id');
  if (c.version !== data.version) throw conflict();
  assertMayRun(caller, c, CaseAction.ESCALATE);
  return handOver(ctx, deps, c, parentPath(c.handlingTenantPath) as string, 'UP', data.note);
}

/** A federation hands a case it handles down to a union under it, and follows its progress. */
export async function dispatchCase(ctx: RequestContext, deps: CasesDeps, input: unknown): Promise<Case> {
  const caller = requireRole(ctx, CASE_ROLES);
  const data = parseInput(dispatchSchema, input, 'input');
  const c = await findCaseOrFail(ctx.em, data.id, 'input.id');
  if (c.version !== data.version) throw conflict();
  assertMayRun(caller, c, CaseAction.DISPATCH);
  const target = await deps.directory.get(data.toTenantId, caller.token);
  if (!target || target.id === caller.scope.id || !inScope(target.path, caller.scope.path)) {
    throw badInput([{ field: 'input.toTenantId', key: 'case.dispatchTarget' }]);
  }
  return handOver(ctx, deps, c, target.path, 'DOWN', data.note ?? null);
}

/**
 * Changes who handles a case. Done by a database function (see the migration) because the new
 * handler may lie outside the caller's scope (going up); the function allows exactly two moves:
 * up to an ancestor of the current handler, or down into the caller's own subtree.
 */
async function handOver(
  ctx: RequestContext,
  deps: CasesDeps,
  c: Case,
  toPath: string,
  direction: 'UP' | 'DOWN',
  note: string | null,
  reason?: 'DISSATISFIED',
): Promise<Case> {
  const caller = requireRole(ctx, CASE_ROLES);
  const toId = lastId(toPath);
  const [to, actorTenant] = await Promise.all([
    deps.directory.get(toId, caller.token),
    tenantName(deps, caller, caller.scope.id),
  ]);
  if (!to) throw badInput([{ field: 'input.toTenantId', key: 'case.dispatchTarget' }]);
  const type = direction === 'UP' ? CaseEventType.ESCALATED : CaseEventType.DISPATCHED;
  try {
    await ctx.em.transactional(async (tx) => {
      tx.persist(
        newEvent(
          c,
          caller,
          actorTenant,
          {
            type,
            from: c.status,
            to: CaseStatus.RECEIVED,
            note,
            data: { fromTenantName: c.handlingTenantName, toTenantName: to.name, reason: reason ?? null },
          },
          deps.now(),
        ),
      );
      auditCase(tx, ctx, caller, c, direction === 'UP' ? 'escalate' : 'dispatch', {
        handler: [c.handlingTenantName, to.name],
      });
      await tx.flush();
      await tx.execute('select cases.hand_over(?, ?, ?, ?, ?, ?)', [
        c.id,
        c.version,
        to.id,
        to.path,
        to.name,
        direction,
      ]);
    });
  } catch (err) {
    if (err instanceof DriverException && /case changed/.test(String(err.message))) throw conflict();
    if (err instanceof DriverException && /hand-over not allowed/.test(String(err.message)))
      throw new AppError('FORBIDDEN', 'case.handOverNotAllowed');
    throw err;
  }
  ctx.em.clear();
  const reloaded = await ctx.em.findOne(Case, { id: c.id });
  if (reloaded) return reloaded;
  // Handed back up out of the caller's sight: answer with what the function did.
  return Object.assign(c, {
    handlingTenantId: to.id,
    handlingTenantPath: to.path,
    handlingTenantName: to.name,
    status: CaseStatus.RECEIVED,
    leadOfficerId: null,
    leadOfficerName: null,
    version: c.version + 1,
    nextDueAt: c.firstRespondedAt ? c.resolutionDueAt : c.responseDueAt,
  });
}

/** Sealed details (confidential or hardship) for an admin or the lead, with a purpose; audited. */
export async function revealCaseDetails(
  ctx: RequestContext,
  deps: CasesDeps,
  input: unknown,
): Promise<string | null> {
  const caller = requireRole(ctx, CASE_ROLES);
  const data = parseInput(revealSchema, input, 'input');
  const c = await findCaseOrFail(ctx.em, data.id, 'input.id');
  const adminOrLead = caller.roles.some((r) => r.endsWith('_ADMIN')) || c.leadOfficerId === caller.officerId;
  if (relationOf(caller, c) === 'OVERSEER' || !adminOrLead)
    throw new AppError('FORBIDDEN', 'case.revealForbidden');
  const actorTenant = await tenantName(deps, caller, caller.scope.id);
  await ctx.em.transactional(async (tx) => {
    tx.persist(
      newEvent(
        c,
        caller,
        actorTenant,
        { type: CaseEventType.DETAILS_REVEALED, note: data.purpose },
        deps.now(),
      ),
    );
    audit(tx, caller, ctx.requestId, {
      tenantId: caller.scope.id,
      tenantPath: caller.scope.path,
      action: 'case.revealDetails',
      entity: 'Case',
      entityId: c.id,
      changes: { purpose: [null, data.purpose] },
    });
  });
  return currentDetails(deps, c);
}
