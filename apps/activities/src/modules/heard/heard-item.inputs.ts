import { ConnectionArgs } from '@frontline/subgraph-kit';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { idField, optionalText, versionField } from '../common/validation.js';
import { HeardItemKind } from './heard-item.entity.js';

export enum CasePriorityInput {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(CasePriorityInput, {
  name: 'HeardItemCasePriority',
  description: 'The cases subgraph’s CasePriority',
});

@InputType()
export class AddHeardItemInput {
  @Field(() => ID)
  activityId!: string;

  @Field(() => HeardItemKind)
  kind!: HeardItemKind;

  @Field(() => [ID], { nullable: true })
  memberIds?: string[];

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => String)
  note!: string;

  @Field(() => Boolean, { nullable: true })
  resolvedOnSpot?: boolean;

  @Field(() => String, { nullable: true })
  resolutionNote?: string;
}

const heardFields = {
  kind: z.enum(HeardItemKind),
  memberIds: z.array(idField).max(200),
  teamId: idField.optional().nullable(),
  note: z.string().trim().min(1).max(5000),
  resolvedOnSpot: z.boolean(),
  resolutionNote: optionalText(2000),
};

export const addHeardItemSchema = z
  .object({
    activityId: idField,
    ...heardFields,
    memberIds: heardFields.memberIds.default([]),
    resolvedOnSpot: heardFields.resolvedOnSpot.default(false),
  })
  .refine((i) => i.memberIds.length > 0 || !!i.teamId, {
    message: 'heardItem.needSource',
    path: ['memberIds'],
  });

@InputType()
export class UpdateHeardItemInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => HeardItemKind, { nullable: true })
  kind?: HeardItemKind;

  @Field(() => [ID], { nullable: true })
  memberIds?: string[];

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => Boolean, { nullable: true })
  resolvedOnSpot?: boolean;

  @Field(() => String, { nullable: true })
  resolutionNote?: string;
}

export const updateHeardItemSchema = z
  .object(heardFields)
  .partial()
  .extend({ id: idField, version: versionField });

@InputType({ description: 'Turn a heard item into a case of the cases subgraph' })
export class OpenCaseFromHeardItemInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => CasePriorityInput, { nullable: true })
  priority?: CasePriorityInput;

  @Field(() => String, { nullable: true, description: 'Defaults to the start of the note' })
  summary?: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the whole note' })
  details?: string;
}

export const openCaseSchema = z.object({
  itemId: idField,
  version: versionField,
  priority: z.enum(CasePriorityInput).optional().nullable(),
  summary: optionalText(200),
  details: optionalText(10_000),
});

@InputType()
export class HeardItemFilter {
  @Field(() => ID, { nullable: true })
  activityId?: string;

  @Field(() => [HeardItemKind], { nullable: true })
  kinds?: HeardItemKind[];

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => ID, { nullable: true })
  memberId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: neither resolved on the spot nor turned into a case; false: the others',
  })
  open?: boolean;
}

export const heardItemFilterSchema = z
  .object({
    activityId: idField.optional().nullable(),
    kinds: z.array(z.enum(HeardItemKind)).max(5).optional().nullable(),
    teamId: idField.optional().nullable(),
    memberId: idField.optional().nullable(),
    open: z.boolean().optional().nullable(),
  })
  .default({});

@ArgsType()
export class HeardItemListArgs extends ConnectionArgs {
  @Field(() => HeardItemFilter, { nullable: true })
  filter?: HeardItemFilter;
}
