import { randomUUID } from 'node:crypto';
import { Case, CaseEvent, type CaseEventType, CaseMember, CaseStatus } from './case.entity.js';

/** What a new case needs; everything that happens later starts empty. */
export type CaseOpening = Pick<
  Case,
  | 'tenantId'
  | 'tenantPath'
  | 'tenantName'
  | 'number'
  | 'kind'
  | 'priority'
  | 'source'
  | 'summary'
  | 'handlingTenantId'
  | 'handlingTenantPath'
  | 'handlingTenantName'
  | 'receivedAt'
  | 'responseDueAt'
  | 'resolutionDueAt'
  | 'createdByName'
> &
  Partial<Case>;

/** A case as received (status RECEIVED, no response, result or rating yet). */
export function receivedCase(opening: CaseOpening): Case {
  return Object.assign(new Case(), {
    id: randomUUID(),
    status: CaseStatus.RECEIVED,
    sourceActivityId: null,
    sourceItemId: null,
    detailsPlain: null,
    detailsSealed: null,
    confidential: false,
    orgUnitId: null,
    unitPath: null,
    orgUnitName: null,
    memberNames: '',
    leadOfficerId: null,
    leadOfficerName: null,
    firstRespondedAt: null,
    resolvedAt: null,
    result: null,
    rejectionReason: null,
    satisfaction: null,
    callbackComment: null,
    callbackAt: null,
    closedAt: null,
    escalatedAt: null,
    dispatchedAt: null,
    reopenCount: 0,
    createdAt: opening.receivedAt,
    updatedAt: opening.receivedAt,
    version: 1,
    ...opening,
  });
}

export interface EventSpec {
  type: CaseEventType;
  from?: CaseStatus | null;
  to?: CaseStatus | null;
  note?: string | null;
  data?: Record<string, unknown> | null;
}

/** A timeline entry of a case, by an actor acting for a tenant (named as they were then). */
export function caseEvent(
  c: Case,
  actor: { name: string; tenantName: string },
  spec: EventSpec,
  at: Date,
): CaseEvent {
  return Object.assign(new CaseEvent(), {
    id: randomUUID(),
    tenantId: c.tenantId,
    tenantPath: c.tenantPath,
    handlingTenantPath: c.handlingTenantPath,
    caseId: c.id,
    type: spec.type,
    at,
    actorName: actor.name,
    actorTenantName: actor.tenantName,
    fromStatus: spec.from ?? null,
    toStatus: spec.to ?? null,
    note: spec.note ?? null,
    data: spec.data ?? null,
  });
}

/** A member concerned by a case, with their name as recorded. */
export function caseMember(c: Case, memberId: string, memberName: string): CaseMember {
  return Object.assign(new CaseMember(), {
    id: randomUUID(),
    tenantId: c.tenantId,
    tenantPath: c.tenantPath,
    handlingTenantPath: c.handlingTenantPath,
    caseId: c.id,
    memberId,
    memberName,
  });
}
