import { ConnectionArgs } from '@frontline/subgraph-kit';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { isoDate } from '../common/dates.js';
import { OrgUnitRef } from '../common/refs.js';
import { idField, optionalText, versionField } from '../common/validation.js';
import { PeriodKind, VisitReason, VisitTask, VisitTaskStatus } from './visit.entity.js';

@InputType()
export class CreateVisitPlanInput {
  @Field(() => String)
  name!: string;

  @Field(() => PeriodKind)
  periodKind!: PeriodKind;

  @Field(() => Int, { defaultValue: 1 })
  targetPerTeam!: number;

  @Field(() => [ID], { description: 'Teams the plan covers (from the members subgraph)' })
  teamIds!: string[];

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { nullable: true })
  endsOn?: string;
}

const planFields = {
  name: z.string().trim().min(1).max(80),
  periodKind: z.enum(PeriodKind),
  targetPerTeam: z.number().int().min(1).max(100),
  teamIds: z
    .array(idField)
    .max(5000)
    .transform((ids) => [...new Set(ids)]),
  startsOn: isoDate,
  endsOn: isoDate.optional().nullable(),
  active: z.boolean(),
};

export const createVisitPlanSchema = z
  .object({ ...planFields, active: planFields.active.default(true) })
  .refine((p) => !p.endsOn || p.endsOn >= p.startsOn, {
    message: 'validation.periodOrder',
    path: ['endsOn'],
  });

@InputType()
export class UpdateVisitPlanInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => PeriodKind, { nullable: true })
  periodKind?: PeriodKind;

  @Field(() => Int, { nullable: true })
  targetPerTeam?: number;

  @Field(() => [ID], { nullable: true })
  teamIds?: string[];

  @Field(() => String, { nullable: true })
  startsOn?: string;

  @Field(() => String, { nullable: true })
  endsOn?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

export const updateVisitPlanSchema = z
  .object(planFields)
  .partial()
  .extend({ id: idField, version: versionField });

@ObjectType()
export class TeamPlanProgress {
  @Field(() => OrgUnitRef)
  team!: OrgUnitRef;

  @Field(() => Int, { description: 'Visits (activities done at the team) in the period' })
  visits!: number;

  @Field(() => Int)
  target!: number;

  @Field(() => Boolean)
  met!: boolean;
}

@ObjectType({ description: 'A plan’s progress in one period (month or quarter, China time)' })
export class VisitPlanProgress {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => Int)
  teamsMet!: number;

  @Field(() => Int)
  teamsTotal!: number;

  @Field(() => [TeamPlanProgress], { description: 'Teams behind first' })
  teams!: TeamPlanProgress[];
}

@InputType()
export class CreateVisitTaskInput {
  @Field(() => ID, { nullable: true })
  memberId?: string;

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => VisitReason)
  reason!: VisitReason;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => ID, { nullable: true, description: 'Officer (tenants-service account id)' })
  assigneeId?: string;

  @Field(() => String, { nullable: true })
  assigneeName?: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  dueOn!: string;
}

export const createVisitTaskSchema = z
  .object({
    memberId: idField.optional().nullable(),
    teamId: idField.optional().nullable(),
    reason: z.enum(VisitReason),
    note: optionalText(2000),
    assigneeId: idField.optional().nullable(),
    assigneeName: optionalText(40),
    dueOn: isoDate,
  })
  .refine((t) => !!t.memberId || !!t.teamId, { message: 'visitTask.needSubject', path: ['memberId'] });

@InputType({ description: 'Tasks for members the admin found (e.g. members in hardship); idempotent' })
export class GenerateVisitTasksInput {
  @Field(() => VisitReason)
  reason!: VisitReason;

  @Field(() => [ID])
  memberIds!: string[];

  @Field(() => Int, { defaultValue: 30 })
  dueInDays!: number;

  @Field(() => ID, { nullable: true })
  assigneeId?: string;

  @Field(() => String, { nullable: true })
  assigneeName?: string;

  @Field(() => String, { nullable: true })
  note?: string;
}

export const generateVisitTasksSchema = z.object({
  reason: z.enum(VisitReason),
  memberIds: z.array(idField).min(1).max(5000),
  dueInDays: z.number().int().min(0).max(366),
  assigneeId: idField.optional().nullable(),
  assigneeName: optionalText(40),
  note: optionalText(2000),
});

@ObjectType()
export class GeneratedVisitTasks {
  @Field(() => [VisitTask], { description: 'Tasks created now' })
  created!: VisitTask[];

  @Field(() => Int, { description: 'Members who already had an open task for this reason' })
  skipped!: number;
}

@InputType({ description: 'Reassign, reschedule, annotate or cancel a task' })
export class UpdateVisitTaskInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, { nullable: true })
  assigneeId?: string;

  @Field(() => String, { nullable: true })
  assigneeName?: string;

  @Field(() => String, { nullable: true })
  dueOn?: string;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => Boolean, { nullable: true, description: 'true cancels an open task' })
  cancel?: boolean;
}

export const updateVisitTaskSchema = z.object({
  id: idField,
  version: versionField,
  assigneeId: idField.optional().nullable(),
  assigneeName: optionalText(40),
  dueOn: isoDate.optional().nullable(),
  note: optionalText(2000),
  cancel: z.boolean().optional().nullable(),
});

@InputType()
export class CompleteVisitTaskInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, { description: 'A visit that included the task’s member or team' })
  activityId!: string;
}

export const completeVisitTaskSchema = z.object({ id: idField, version: versionField, activityId: idField });

@InputType()
export class VisitTaskFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only tasks assigned to the caller' })
  mine?: boolean;

  @Field(() => [VisitTaskStatus], { nullable: true, description: 'OPEN unless given' })
  statuses?: VisitTaskStatus[];

  @Field(() => Boolean, { nullable: true, description: 'Only open tasks past their due date' })
  overdue?: boolean;

  @Field(() => [VisitReason], { nullable: true })
  reasons?: VisitReason[];

  @Field(() => ID, { nullable: true })
  memberId?: string;

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => ID, { nullable: true })
  assigneeId?: string;
}

export const visitTaskFilterSchema = z
  .object({
    mine: z.boolean().optional().nullable(),
    statuses: z.array(z.enum(VisitTaskStatus)).max(3).optional().nullable(),
    overdue: z.boolean().optional().nullable(),
    reasons: z.array(z.enum(VisitReason)).max(10).optional().nullable(),
    memberId: idField.optional().nullable(),
    teamId: idField.optional().nullable(),
    assigneeId: idField.optional().nullable(),
  })
  .default({});

@ArgsType()
export class VisitTaskListArgs extends ConnectionArgs {
  @Field(() => VisitTaskFilter, { nullable: true })
  filter?: VisitTaskFilter;
}
