import { defineTenantOwnedEntity } from '@frontline/subgraph-kit';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum PeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
registerEnumType(PeriodKind, { name: 'PeriodKind' });

/** A union's plan: every listed team visited at least `targetPerTeam` times per month or quarter. */
@ObjectType({ description: 'How often each team should be visited' })
export class VisitPlan {
  @Field(() => ID)
  id!: string;

  tenantId!: string;
  tenantPath!: string;

  @Field(() => String)
  name!: string;

  @Field(() => PeriodKind)
  periodKind!: PeriodKind;

  @Field(() => Int)
  targetPerTeam!: number;

  @Field(() => [ID], {
    description: 'Teams the plan covers (the client lists them from the members subgraph)',
  })
  teamIds!: string[];

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; open-ended when null' })
  endsOn!: string | null;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

export const VisitPlanSchema = defineTenantOwnedEntity<VisitPlan>({
  class: VisitPlan,
  tableName: 'visit_plan',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'text' },
    periodKind: { type: 'text', enum: true, items: Object.values(PeriodKind) },
    targetPerTeam: { type: 'integer' },
    teamIds: { type: 'text[]', defaultRaw: `'{}'` },
    startsOn: { type: 'date' },
    endsOn: { type: 'date', nullable: true },
    active: { type: 'boolean', default: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  tenantIndexes: [{ properties: ['active'] }],
});

/** The 五必访 list: occasions on which a member must be visited. */
export enum VisitReason {
  HARDSHIP = 'HARDSHIP',
  LONG_SICK_LEAVE = 'LONG_SICK_LEAVE',
  HOSPITALISED = 'HOSPITALISED',
  BEREAVEMENT = 'BEREAVEMENT',
  MARRIAGE = 'MARRIAGE',
  CHILDBIRTH = 'CHILDBIRTH',
  RETIREMENT = 'RETIREMENT',
  /** A team visit the plan asks for, or anything else */
  OTHER = 'OTHER',
}
registerEnumType(VisitReason, { name: 'VisitReason' });

export enum VisitTaskStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(VisitTaskStatus, { name: 'VisitTaskStatus' });

/** A visit someone must make: to a member or a team, by a due date, assigned to an officer. */
@ObjectType({ description: 'A visit that must be made (to a member or a team)' })
export class VisitTask {
  @Field(() => ID)
  id!: string;

  tenantId!: string;
  tenantPath!: string;

  @Field(() => ID, { nullable: true })
  memberId!: string | null;

  @Field(() => ID, { nullable: true })
  teamId!: string | null;

  @Field(() => VisitReason)
  reason!: VisitReason;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ID, { nullable: true, description: 'Officer (tenants-service account id)' })
  assigneeId!: string | null;

  @Field(() => String, { nullable: true })
  assigneeName!: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  dueOn!: string;

  @Field(() => VisitTaskStatus)
  status!: VisitTaskStatus;

  @Field(() => ID, { nullable: true, description: 'The visit that completed it' })
  doneActivityId!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  doneAt!: Date | null;

  @Field(() => String)
  createdByName!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

export const VisitTaskSchema = defineTenantOwnedEntity<VisitTask>({
  class: VisitTask,
  tableName: 'visit_task',
  properties: {
    id: { type: 'uuid', primary: true },
    memberId: { type: 'uuid', nullable: true },
    teamId: { type: 'uuid', nullable: true },
    reason: { type: 'text', enum: true, items: Object.values(VisitReason) },
    note: { type: 'text', nullable: true },
    assigneeId: { type: 'uuid', nullable: true },
    assigneeName: { type: 'text', nullable: true },
    dueOn: { type: 'date' },
    status: { type: 'text', enum: true, items: Object.values(VisitTaskStatus), default: 'OPEN' },
    doneActivityId: { type: 'uuid', nullable: true },
    doneAt: { type: 'datetime', nullable: true },
    createdByName: { type: 'text' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  tenantIndexes: [
    { properties: ['status', 'dueOn'] },
    { properties: ['assigneeId', 'status', 'dueOn'] },
    { properties: ['memberId'] },
  ],
  uniques: [
    {
      // generateVisitTasks is idempotent: one open task per member and reason.
      name: 'visit_task_one_open_per_member_reason',
      expression:
        'create unique index "visit_task_one_open_per_member_reason" on "activities"."visit_task" ("tenant_id", "member_id", "reason") where "status" = \'OPEN\' and "member_id" is not null',
    },
  ],
});
