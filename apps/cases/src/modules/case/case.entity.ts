import {
  defineTenantOwnedEntity,
  scopeCondition,
  sharedScopeFilter,
  TENANT_SCOPE_FILTER,
} from '@frontline/subgraph-kit';
import type { PolicyDef } from '@mikro-orm/core';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CaseKind {
  NEED = 'NEED',
  GRIEVANCE = 'GRIEVANCE',
  HARDSHIP = 'HARDSHIP',
  SUGGESTION = 'SUGGESTION',
  CONSULTATION = 'CONSULTATION',
  LEGAL_AID = 'LEGAL_AID',
}
registerEnumType(CaseKind, {
  name: 'CaseKind',
  description:
    'Need, grievance (rights protection), hardship assistance, suggestion, consultation, legal aid',
});

export enum CaseStatus {
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  CALLBACK_DONE = 'CALLBACK_DONE',
  CLOSED = 'CLOSED',
  REJECTED = 'REJECTED',
  REOPENED = 'REOPENED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus' });

export enum CasePriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(CasePriority, { name: 'CasePriority' });

export enum CaseSource {
  VISIT = 'VISIT',
  WALK_IN = 'WALK_IN',
  HOTLINE = 'HOTLINE',
  ONLINE = 'ONLINE',
  FEDERATION_DISPATCH = 'FEDERATION_DISPATCH',
}
registerEnumType(CaseSource, { name: 'CaseSource' });

export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}
registerEnumType(Satisfaction, { name: 'Satisfaction' });

/** Statuses in which the case is still being handled (its deadlines run). */
export const OPEN_STATUSES = [
  CaseStatus.RECEIVED,
  CaseStatus.ACCEPTED,
  CaseStatus.IN_PROGRESS,
  CaseStatus.REOPENED,
] as const;

/** `next_due_at` of a case with no deadline running: sorts after every real one, never overdue. */
export const NO_DEADLINE = new Date('9999-12-31T00:00:00Z');

/**
 * Rows of a case are visible to two tenants: the one it belongs to (`tenant_*`: the union whose
 * worker raised it, or the federation that took it in) and the one handling it now
 * (`handling_tenant_path`), e.g. the federation it was escalated to or the union it was dispatched
 * to. A federation above either sees it through its subtree. Nobody else does.
 */
const handlingSide = (table: string) =>
  ({
    name: `${table}_handling_side`,
    command: 'all',
    using: (c: Record<string, string>) => scopeCondition(c.handlingTenantPath),
    check: (c: Record<string, string>) => scopeCondition(c.handlingTenantPath),
  }) as unknown as PolicyDef;

const handledCaseFilter = { [TENANT_SCOPE_FILTER]: sharedScopeFilter(['tenantPath', 'handlingTenantPath']) };

/** One worker's (or group's) need or grievance, handled to a rated close. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A worker’s need, grievance or request, handled to a rated close' })
export class Case {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, {
    description: 'The tenant the case belongs to (its worker’s union, or the federation that took it in)',
  })
  tenantId!: string;

  tenantPath!: string;

  @Field(() => String)
  tenantName!: string;

  @Field(() => String, { description: 'Readable number, per tenant and year, e.g. 2026-000123' })
  number!: string;

  @Field(() => CaseKind)
  kind!: CaseKind;

  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field(() => CasePriority)
  priority!: CasePriority;

  @Field(() => CaseSource)
  source!: CaseSource;

  @Field(() => ID, { nullable: true, description: 'The visit (activities subgraph) it came from' })
  sourceActivityId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The heard item of that visit' })
  sourceItemId!: string | null;

  @Field(() => String)
  summary!: string;

  /** Plain details; null when the case is confidential (then `detailsSealed` holds them). */
  detailsPlain!: string | null;

  detailsSealed!: string | null;

  @Field(() => Boolean, { description: 'Details are sealed; reading them needs revealCaseDetails (audited)' })
  confidential!: boolean;

  @Field(() => ID, { nullable: true, description: 'The team concerned' })
  orgUnitId!: string | null;

  unitPath!: string | null;

  @Field(() => String, { nullable: true, description: 'Team name when the case was opened' })
  orgUnitName!: string | null;

  @Field(() => String, { description: 'Names of the members concerned, as recorded' })
  memberNames!: string;

  @Field(() => ID)
  handlingTenantId!: string;

  handlingTenantPath!: string;

  @Field(() => String)
  handlingTenantName!: string;

  @Field(() => ID, { nullable: true, description: 'Lead officer (主办)' })
  leadOfficerId!: string | null;

  @Field(() => String, { nullable: true })
  leadOfficerName!: string | null;

  @Field(() => GraphQLISODateTime)
  receivedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'First response due (working days, Chinese calendar)' })
  responseDueAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Resolution due (working days, Chinese calendar)' })
  resolutionDueAt!: Date;

  /** The deadline still running, NO_DEADLINE once resolved: the inbox sorts and filters on it. */
  nextDueAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  firstRespondedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What was done: the result recorded on resolving' })
  result!: string | null;

  @Field(() => String, { nullable: true })
  rejectionReason!: string | null;

  @Field(() => Satisfaction, { nullable: true, description: 'The worker’s rating at the last callback' })
  satisfaction!: Satisfaction | null;

  @Field(() => String, { nullable: true })
  callbackComment!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  callbackAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last handed up to a federation' })
  escalatedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last handed down to a union' })
  dispatchedAt!: Date | null;

  @Field(() => Int)
  reopenCount!: number;

  @Field(() => String)
  createdByName!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int, { description: 'Send it back with an update (optimistic concurrency)' })
  version!: number;
}

export const CaseSchema = defineTenantOwnedEntity<Case>({
  class: Case,
  tableName: 'case',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantName: { type: 'text' },
    number: { type: 'text' },
    kind: { type: 'text', enum: true, items: Object.values(CaseKind) },
    status: { type: 'text', enum: true, items: Object.values(CaseStatus) },
    priority: { type: 'text', enum: true, items: Object.values(CasePriority) },
    source: { type: 'text', enum: true, items: Object.values(CaseSource) },
    sourceActivityId: { type: 'uuid', nullable: true },
    sourceItemId: { type: 'uuid', nullable: true },
    summary: { type: 'text' },
    detailsPlain: { type: 'text', nullable: true, fieldName: 'details' },
    detailsSealed: { type: 'text', nullable: true },
    confidential: { type: 'boolean', default: false },
    orgUnitId: { type: 'uuid', nullable: true },
    unitPath: { type: 'text', nullable: true, collation: 'C' },
    orgUnitName: { type: 'text', nullable: true },
    memberNames: { type: 'text', default: '' },
    handlingTenantId: { type: 'uuid' },
    handlingTenantPath: { type: 'text', collation: 'C' },
    handlingTenantName: { type: 'text' },
    leadOfficerId: { type: 'uuid', nullable: true },
    leadOfficerName: { type: 'text', nullable: true },
    receivedAt: { type: 'datetime' },
    responseDueAt: { type: 'datetime' },
    resolutionDueAt: { type: 'datetime' },
    nextDueAt: { type: 'datetime' },
    firstRespondedAt: { type: 'datetime', nullable: true },
    resolvedAt: { type: 'datetime', nullable: true },
    result: { type: 'text', nullable: true },
    rejectionReason: { type: 'text', nullable: true },
    satisfaction: { type: 'text', enum: true, items: Object.values(Satisfaction), nullable: true },
    callbackComment: { type: 'text', nullable: true },
    callbackAt: { type: 'datetime', nullable: true },
    closedAt: { type: 'datetime', nullable: true },
    escalatedAt: { type: 'datetime', nullable: true },
    dispatchedAt: { type: 'datetime', nullable: true },
    reopenCount: { type: 'integer', default: 0 },
    createdByName: { type: 'text' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  tenantIndexes: [
    { properties: ['receivedAt', 'id'] },
    { properties: ['status', 'receivedAt'] },
    { properties: ['nextDueAt'] },
    { properties: ['leadOfficerId', 'status'] },
    { properties: ['unitPath'] },
  ],
  uniques: [
    { name: 'case_tenant_number_unique', properties: ['tenantId', 'number'] as never },
    {
      name: 'case_tenant_source_item_unique',
      expression:
        'create unique index "case_tenant_source_item_unique" on "cases"."case" ("tenant_id", "source_item_id") where "source_item_id" is not null',
    },
  ],
  indexes: [
    // Tenant.caseStats reads only these columns of a period: a union's figures come from the index
    // alone (handling_tenant_path is there for the second RLS policy). infra/bench/case-stats.
    {
      name: 'case_tenant_path_received_at_cover_idx',
      expression:
        'create index "case_tenant_path_received_at_cover_idx" on "cases"."case" ("tenant_path", "received_at") include ("kind", "status", "source", "satisfaction", "first_responded_at", "resolved_at", "next_due_at", "handling_tenant_path")',
    },
    { name: 'case_handling_tenant_idx', properties: ['handlingTenantId', 'status'] as never },
    { name: 'case_handling_path_idx', properties: ['handlingTenantPath'] as never },
  ],
  filters: handledCaseFilter,
  policies: [handlingSide('case')],
});

/** A member concerned by a case (a group case has many). */
@ObjectType()
export class CaseMember {
  id!: string;
  tenantId!: string;
  tenantPath!: string;
  handlingTenantPath!: string;
  caseId!: string;
  @Field(() => ID)
  memberId!: string;
  @Field(() => String, { description: 'Name when added to the case' })
  memberName!: string;
}

export const CaseMemberSchema = defineTenantOwnedEntity<CaseMember>({
  class: CaseMember,
  tableName: 'case_member',
  properties: {
    id: { type: 'uuid', primary: true },
    handlingTenantPath: { type: 'text', collation: 'C' },
    caseId: { type: 'uuid' },
    memberId: { type: 'uuid' },
    memberName: { type: 'text' },
  } as never,
  tenantIndexes: [{ properties: ['memberId'] }],
  uniques: [{ name: 'case_member_unique', properties: ['caseId', 'memberId'] as never }],
  indexes: [{ name: 'case_member_handling_path_idx', properties: ['handlingTenantPath'] as never }],
  filters: handledCaseFilter,
  policies: [handlingSide('case_member')],
});

export enum AssistantKind {
  OFFICER = 'OFFICER',
  UNIT = 'UNIT',
}
registerEnumType(AssistantKind, { name: 'AssistantKind' });

/** An assisting officer or unit (协办) on a case. */
@ObjectType({ description: 'An assisting officer or unit (协办)' })
export class CaseAssistant {
  @Field(() => ID)
  id!: string;
  tenantId!: string;
  tenantPath!: string;
  handlingTenantPath!: string;
  caseId!: string;
  @Field(() => AssistantKind)
  kind!: AssistantKind;
  @Field(() => ID, { nullable: true, description: 'Officer id, or org unit id for a unit' })
  refId!: string | null;
  @Field(() => String)
  name!: string;
  @Field(() => GraphQLISODateTime)
  addedAt!: Date;
}

export const CaseAssistantSchema = defineTenantOwnedEntity<CaseAssistant>({
  class: CaseAssistant,
  tableName: 'case_assistant',
  properties: {
    id: { type: 'uuid', primary: true },
    handlingTenantPath: { type: 'text', collation: 'C' },
    caseId: { type: 'uuid' },
    kind: { type: 'text', enum: true, items: Object.values(AssistantKind) },
    refId: { type: 'uuid', nullable: true },
    name: { type: 'text' },
    addedAt: { type: 'datetime', defaultRaw: 'now()' },
  } as never,
  tenantIndexes: [{ properties: ['caseId'] }],
  indexes: [{ name: 'case_assistant_handling_path_idx', properties: ['handlingTenantPath'] as never }],
  filters: handledCaseFilter,
  policies: [handlingSide('case_assistant')],
});

export enum CaseEventType {
  CREATED = 'CREATED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  STARTED = 'STARTED',
  RESOLVED = 'RESOLVED',
  CALLBACK = 'CALLBACK',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
  ASSIGNED = 'ASSIGNED',
  COMMENTED = 'COMMENTED',
  ATTACHMENT = 'ATTACHMENT',
  ESCALATED = 'ESCALATED',
  DISPATCHED = 'DISPATCHED',
  ASSISTANCE = 'ASSISTANCE',
  UPDATED = 'UPDATED',
  DETAILS_REVEALED = 'DETAILS_REVEALED',
}
registerEnumType(CaseEventType, { name: 'CaseEventType' });

@ObjectType({ description: 'A file kept elsewhere, referenced from a case' })
export class CaseAttachment {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  url!: string;
}

/** One immutable entry of a case's timeline (status changes, custody, comments, help given). */
@ObjectType({ description: 'An entry of a case’s timeline; never changed once written' })
export class CaseEvent {
  @Field(() => ID)
  id!: string;
  tenantId!: string;
  tenantPath!: string;
  handlingTenantPath!: string;
  @Field(() => ID)
  caseId!: string;
  @Field(() => CaseEventType)
  type!: CaseEventType;
  @Field(() => GraphQLISODateTime)
  at!: Date;
  @Field(() => String)
  actorName!: string;
  @Field(() => String, { description: 'The tenant the actor acted for' })
  actorTenantName!: string;
  @Field(() => CaseStatus, { nullable: true })
  fromStatus!: CaseStatus | null;
  @Field(() => CaseStatus, { nullable: true })
  toStatus!: CaseStatus | null;
  @Field(() => String, { nullable: true })
  note!: string | null;
  /** Event-specific facts: custody (from/to tenant), assignee, attachment, rating; typed fields below. */
  data!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Escalated or dispatched: the handler before' })
  get fromTenantName(): string | null {
    return (this.data?.fromTenantName as string) ?? null;
  }

  @Field(() => String, { nullable: true, description: 'Escalated or dispatched: the handler after' })
  get toTenantName(): string | null {
    return (this.data?.toTenantName as string) ?? null;
  }

  @Field(() => String, {
    nullable: true,
    description: 'Why it moved, e.g. DISSATISFIED (a callback sent it up)',
  })
  get reason(): string | null {
    return (this.data?.reason as string) ?? null;
  }

  @Field(() => Satisfaction, { nullable: true, description: 'Callback: the rating given' })
  get satisfaction(): Satisfaction | null {
    return (this.data?.satisfaction as Satisfaction) ?? null;
  }

  @Field(() => [CaseAttachment], { description: 'Comment: the attachment references' })
  get attachments(): CaseAttachment[] {
    return (this.data?.attachments as CaseAttachment[]) ?? [];
  }

  @Field(() => Int, { nullable: true, description: 'Assistance: the amount in fen' })
  get amountFen(): number | null {
    return (this.data?.amountFen as number) ?? null;
  }

  @Field(() => String, { nullable: true, description: 'Assignment: the lead officer after' })
  get leadOfficerName(): string | null {
    const lead = this.data?.lead as [string | null, string | null] | undefined;
    return lead?.[1] ?? null;
  }

  @Field(() => [String], { description: 'Assignment: the assisting officers or units after' })
  get assistantNames(): string[] {
    return (this.data?.assistants as string[]) ?? [];
  }
}

export const CaseEventSchema = defineTenantOwnedEntity<CaseEvent>({
  class: CaseEvent,
  tableName: 'case_event',
  properties: {
    id: { type: 'uuid', primary: true },
    handlingTenantPath: { type: 'text', collation: 'C' },
    caseId: { type: 'uuid' },
    type: { type: 'text', enum: true, items: Object.values(CaseEventType) },
    at: { type: 'datetime', defaultRaw: 'now()' },
    actorName: { type: 'text' },
    actorTenantName: { type: 'text' },
    fromStatus: { type: 'text', nullable: true },
    toStatus: { type: 'text', nullable: true },
    note: { type: 'text', nullable: true },
    data: { type: 'json', nullable: true },
  } as never,
  tenantIndexes: [{ properties: ['caseId', 'at'] }],
  indexes: [{ name: 'case_event_handling_path_idx', properties: ['handlingTenantPath'] as never }],
  filters: handledCaseFilter,
  policies: [handlingSide('case_event')],
});

export enum AssistanceForm {
  MONEY = 'MONEY',
  IN_KIND = 'IN_KIND',
}
registerEnumType(AssistanceForm, { name: 'AssistanceForm' });

/** Help delivered on a hardship case: money or goods, from a fund, approved by someone. */
@ObjectType({ description: 'Money or in-kind help delivered on a hardship case' })
export class Assistance {
  @Field(() => ID)
  id!: string;
  tenantId!: string;
  tenantPath!: string;
  handlingTenantPath!: string;
  @Field(() => ID)
  caseId!: string;
  @Field(() => AssistanceForm)
  form!: AssistanceForm;
  @Field(() => Int, { description: 'Amount in fen (0.01 yuan); for in-kind help, its value' })
  amountFen!: number;
  @Field(() => String, { nullable: true, description: 'What was given, for in-kind help' })
  items!: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD' })
  deliveredOn!: string;
  @Field(() => String, { description: 'Source fund, e.g. 困难职工帮扶资金' })
  fund!: string;
  @Field(() => String)
  approvedByName!: string;
  @Field(() => String, { description: 'The tenant that delivered it' })
  deliveredByTenantName!: string;
  @Field(() => String, { nullable: true })
  note!: string | null;
  @Field(() => String)
  recordedByName!: string;
  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;
}

export const AssistanceSchema = defineTenantOwnedEntity<Assistance>({
  class: Assistance,
  tableName: 'assistance',
  properties: {
    id: { type: 'uuid', primary: true },
    handlingTenantPath: { type: 'text', collation: 'C' },
    caseId: { type: 'uuid' },
    form: { type: 'text', enum: true, items: Object.values(AssistanceForm) },
    amountFen: { type: 'integer' },
    items: { type: 'text', nullable: true },
    deliveredOn: { type: 'date' },
    fund: { type: 'text' },
    approvedByName: { type: 'text' },
    deliveredByTenantName: { type: 'text' },
    note: { type: 'text', nullable: true },
    recordedByName: { type: 'text' },
    recordedAt: { type: 'datetime', defaultRaw: 'now()' },
  } as never,
  tenantIndexes: [{ properties: ['caseId'] }, { properties: ['deliveredOn'] }],
  indexes: [{ name: 'assistance_handling_path_idx', properties: ['handlingTenantPath'] as never }],
  filters: handledCaseFilter,
  policies: [handlingSide('assistance')],
});

/** The last case number given out per tenant and year (numbers are gap-free per tenant). */
export class CaseCounter {
  id!: string;
  tenantId!: string;
  tenantPath!: string;
  year!: number;
  last!: number;
}

export const CaseCounterSchema = defineTenantOwnedEntity<CaseCounter>({
  class: CaseCounter,
  tableName: 'case_counter',
  properties: {
    id: { type: 'uuid', primary: true },
    year: { type: 'integer' },
    last: { type: 'integer' },
  } as never,
  uniques: [{ name: 'case_counter_tenant_year_unique', properties: ['tenantId', 'year'] as never }],
});
