import type { SlaOverride } from '../policy/case-policy.entity.js';
import { CaseKind, CasePriority, CaseStatus } from './case.entity.js';

/** The steps a case can take. Each is a mutation; `allowedActions` tells the admin which apply. */
export enum CaseAction {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  START = 'START',
  RESOLVE = 'RESOLVE',
  RECORD_CALLBACK = 'RECORD_CALLBACK',
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
  ASSIGN = 'ASSIGN',
  COMMENT = 'COMMENT',
  ESCALATE = 'ESCALATE',
  DISPATCH = 'DISPATCH',
  ADD_ASSISTANCE = 'ADD_ASSISTANCE',
  UPDATE = 'UPDATE',
}

const { RECEIVED, ACCEPTED, IN_PROGRESS, RESOLVED, CALLBACK_DONE, CLOSED, REJECTED, REOPENED } = CaseStatus;

/** Kinds that can be answered without a work phase (an answer is the result). */
const QUICK_KINDS = new Set([CaseKind.CONSULTATION, CaseKind.SUGGESTION]);

/** From which statuses each status-changing action may run, per kind. */
export function transitionsFor(
  kind: CaseKind,
): Partial<Record<CaseAction, { from: CaseStatus[]; to: CaseStatus }>> {
  return {
    [CaseAction.ACCEPT]: { from: [RECEIVED], to: ACCEPTED },
    [CaseAction.REJECT]: { from: [RECEIVED, ACCEPTED], to: REJECTED },
    [CaseAction.START]: { from: [ACCEPTED, REOPENED], to: IN_PROGRESS },
    [CaseAction.RESOLVE]: {
      from: QUICK_KINDS.has(kind) ? [ACCEPTED, IN_PROGRESS, REOPENED] : [IN_PROGRESS],
      to: RESOLVED,
    },
    // A DISSATISFIED rating reopens instead (see the service); the target here is the usual one.
    [CaseAction.RECORD_CALLBACK]: { from: [RESOLVED], to: CALLBACK_DONE },
    [CaseAction.CLOSE]: { from: [CALLBACK_DONE], to: CLOSED },
    [CaseAction.REOPEN]: { from: [RESOLVED, CALLBACK_DONE, CLOSED, REJECTED], to: REOPENED },
  };
}

/** Actions that do not change the status, and the statuses in which they make sense. */
const OPEN_OR_RESOLVED = [RECEIVED, ACCEPTED, IN_PROGRESS, REOPENED, RESOLVED];
const ACTION_STATES: Partial<Record<CaseAction, CaseStatus[]>> = {
  [CaseAction.ASSIGN]: [RECEIVED, ACCEPTED, IN_PROGRESS, REOPENED],
  [CaseAction.COMMENT]: [
    RECEIVED,
    ACCEPTED,
    IN_PROGRESS,
    RESOLVED,
    CALLBACK_DONE,
    CLOSED,
    REJECTED,
    REOPENED,
  ],
  [CaseAction.ESCALATE]: [RECEIVED, ACCEPTED, IN_PROGRESS, REOPENED],
  [CaseAction.DISPATCH]: [RECEIVED, ACCEPTED, IN_PROGRESS, REOPENED],
  [CaseAction.ADD_ASSISTANCE]: [ACCEPTED, IN_PROGRESS, REOPENED, RESOLVED],
  [CaseAction.UPDATE]: OPEN_OR_RESOLVED,
};

/** Where the action may run from (for a status change: its source states). */
export function statesFor(kind: CaseKind, action: CaseAction): CaseStatus[] {
  return transitionsFor(kind)[action]?.from ?? ACTION_STATES[action] ?? [];
}

export function canRun(kind: CaseKind, status: CaseStatus, action: CaseAction): boolean {
  return statesFor(kind, action).includes(status);
}

/** Kind-specific conditions beyond the status (checked on RESOLVE). */
export function resolveRequirement(kind: CaseKind, assistanceCount: number): string | null {
  if (kind === CaseKind.HARDSHIP && assistanceCount === 0) return 'case.hardshipNeedsAssistance';
  return null;
}

export interface Sla {
  responseDays: number;
  resolutionDays: number;
}

/** Working days to resolve, by kind, at NORMAL priority. */
const RESOLUTION_DAYS: Record<CaseKind, number> = {
  [CaseKind.CONSULTATION]: 5,
  [CaseKind.SUGGESTION]: 15,
  [CaseKind.NEED]: 10,
  [CaseKind.HARDSHIP]: 10,
  [CaseKind.GRIEVANCE]: 15,
  [CaseKind.LEGAL_AID]: 30,
};
const RESPONSE_DAYS: Record<CasePriority, number> = {
  [CasePriority.URGENT]: 1,
  [CasePriority.HIGH]: 1,
  [CasePriority.NORMAL]: 2,
  [CasePriority.LOW]: 3,
};
const PRIORITY_FACTOR: Record<CasePriority, number> = {
  [CasePriority.URGENT]: 0.3,
  [CasePriority.HIGH]: 0.6,
  [CasePriority.NORMAL]: 1,
  [CasePriority.LOW]: 1.5,
};

/** Deadlines for a kind and priority: the tenant's override, else the defaults. */
export function slaFor(kind: CaseKind, priority: CasePriority, overrides: SlaOverride[] = []): Sla {
  const own = overrides.find((o) => o.kind === kind && o.priority === priority);
  if (own) return { responseDays: own.responseDays, resolutionDays: own.resolutionDays };
  return {
    responseDays: RESPONSE_DAYS[priority],
    resolutionDays: Math.max(1, Math.ceil(RESOLUTION_DAYS[kind] * PRIORITY_FACTOR[priority])),
  };
}

export function defaultSlaMatrix(): (Sla & { kind: CaseKind; priority: CasePriority })[] {
  return Object.values(CaseKind).flatMap((kind) =>
    Object.values(CasePriority).map((priority) => ({ kind, priority, ...slaFor(kind, priority) })),
  );
}
