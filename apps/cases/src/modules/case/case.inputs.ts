import { isoDate } from '@frontline/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import {
  AssistanceForm,
  AssistantKind,
  CaseKind,
  CasePriority,
  CaseSource,
  Satisfaction,
} from './case.entity.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

/** GraphQL lets a client send null for an optional input: null and absent both take the default. */
const orDefault = <T extends z.ZodType>(schema: T, fallback: z.infer<T>) =>
  schema.nullish().transform((v) => (v ?? fallback) as z.infer<T>);

export const createCaseSchema = z.object({
  kind: z.enum(CaseKind),
  summary: text(200),
  details: optionalText(5000),
  priority: orDefault(z.enum(CasePriority), CasePriority.NORMAL),
  source: orDefault(z.enum(CaseSource), CaseSource.WALK_IN),
  memberIds: orDefault(z.array(z.uuid()).max(200), []),
  orgUnitId: z.uuid().nullish(),
  confidential: orDefault(z.boolean(), false),
  sourceActivityId: z.uuid().nullish(),
  sourceItemId: z.uuid().nullish(),
});

@InputType({ description: 'A new case in the tenant the caller acts on' })
export class CreateCaseInput {
  @Field(() => CaseKind)
  kind!: CaseKind;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { nullable: true })
  details?: string;

  @Field(() => CasePriority, { nullable: true, description: 'NORMAL if omitted' })
  priority?: CasePriority;

  @Field(() => CaseSource, { nullable: true, description: 'WALK_IN if omitted' })
  source?: CaseSource;

  @Field(() => [ID], { nullable: true, description: 'Members concerned (several for a group case)' })
  memberIds?: string[];

  @Field(() => ID, { nullable: true, description: 'The team concerned' })
  orgUnitId?: string;

  @Field(() => Boolean, { nullable: true })
  confidential?: boolean;

  @Field(() => ID, { nullable: true })
  sourceActivityId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A heard item of a visit; opening a case for the same item again returns that case',
  })
  sourceItemId?: string;
}

const versioned = { id: z.uuid(), version: z.number().int().min(1) };

export const versionedSchema = z.object(versioned);

/** The case and the version the caller read: every step is refused on a stale version. */
@InputType()
export class CaseStepInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true, description: 'A note for the timeline' })
  note?: string;
}

export const stepSchema = z.object({ ...versioned, note: optionalText(2000) });

export const rejectSchema = z.object({ ...versioned, note: text(2000) });

export const resolveSchema = z.object({ ...versioned, note: text(5000) });

@InputType()
export class RecordCallbackInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Satisfaction)
  satisfaction!: Satisfaction;

  @Field(() => String, { nullable: true, description: 'The worker’s own words' })
  comment?: string;
}

export const callbackSchema = z.object({
  ...versioned,
  satisfaction: z.enum(Satisfaction),
  comment: optionalText(2000),
});

@InputType()
export class AssistantInput {
  @Field(() => AssistantKind)
  kind!: AssistantKind;

  @Field(() => ID, { nullable: true, description: 'Officer id, or org unit id' })
  refId?: string;

  @Field(() => String)
  name!: string;
}

@InputType({ description: 'Lead officer (主办) and assisting officers or units (协办)' })
export class AssignCaseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, { nullable: true })
  leadOfficerId?: string;

  @Field(() => String, { nullable: true })
  leadOfficerName?: string;

  @Field(() => [AssistantInput], { nullable: true, description: 'Replaces the assistants' })
  assistants?: AssistantInput[];
}

export const assignSchema = z
  .object({
    ...versioned,
    leadOfficerId: z.uuid().nullish(),
    leadOfficerName: optionalText(100),
    assistants: z
      .array(z.object({ kind: z.enum(AssistantKind), refId: z.uuid().nullish(), name: text(100) }))
      .max(20)
      .optional(),
  })
  .refine((v) => !v.leadOfficerId || v.leadOfficerName, {
    message: 'validation.required',
    path: ['leadOfficerName'],
  });

@InputType()
export class AttachmentInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Where the file is kept (a link or storage key)' })
  url!: string;
}

@InputType()
export class CommentCaseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => [AttachmentInput], { nullable: true })
  attachments?: AttachmentInput[];
}

export const commentSchema = z
  .object({
    id: z.uuid(),
    note: optionalText(5000),
    attachments: orDefault(
      z.array(z.object({ name: text(200), url: z.string().trim().min(1).max(2000) })).max(20),
      [],
    ),
  })
  .refine((v) => v.note || v.attachments.length, { message: 'validation.required', path: ['note'] });

@InputType()
export class EscalateCaseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { description: 'Why the federation should take it' })
  note!: string;
}

export const escalateSchema = z.object({ ...versioned, note: text(2000) });

@InputType()
export class DispatchCaseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, { description: 'A union (or federation) under the caller’s federation' })
  toTenantId!: string;

  @Field(() => String, { nullable: true })
  note?: string;
}

export const dispatchSchema = z.object({ ...versioned, toTenantId: z.uuid(), note: optionalText(2000) });

@InputType()
export class AddAssistanceInput {
  @Field(() => ID, { description: 'The case' })
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => AssistanceForm)
  form!: AssistanceForm;

  @Field(() => Int, { description: 'Amount (or value of goods) in fen' })
  amountFen!: number;

  @Field(() => String, { nullable: true })
  items?: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  deliveredOn!: string;

  @Field(() => String)
  fund!: string;

  @Field(() => String)
  approvedByName!: string;

  @Field(() => String, { nullable: true })
  note?: string;
}

export const assistanceSchema = z
  .object({
    ...versioned,
    form: z.enum(AssistanceForm),
    amountFen: z.number().int().min(0).max(100_000_000),
    items: optionalText(500),
    deliveredOn: isoDate,
    fund: text(100),
    approvedByName: text(100),
    note: optionalText(1000),
  })
  .refine((v) => v.form === AssistanceForm.MONEY || v.items, {
    message: 'validation.required',
    path: ['items'],
  })
  .refine((v) => v.form === AssistanceForm.IN_KIND || v.amountFen > 0, {
    message: 'validation.positive',
    path: ['amountFen'],
  });

@InputType({ description: 'Changes to a case being handled; `version` is the one read' })
export class UpdateCaseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => CaseKind, { nullable: true, description: 'Only before work has started' })
  kind?: CaseKind;

  @Field(() => String, { nullable: true })
  summary?: string;

  @Field(() => String, { nullable: true })
  details?: string;

  @Field(() => CasePriority, { nullable: true })
  priority?: CasePriority;

  @Field(() => Boolean, { nullable: true })
  confidential?: boolean;
}

export const updateSchema = z.object({
  ...versioned,
  kind: z.enum(CaseKind).nullish(),
  summary: text(200).nullish(),
  details: optionalText(5000).optional(),
  priority: z.enum(CasePriority).nullish(),
  confidential: z.boolean().nullish(),
});

export const revealSchema = z.object({ id: z.uuid(), purpose: text(200) });
