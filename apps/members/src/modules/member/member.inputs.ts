import { ConnectionArgs, isoDate, normalizeMobile, parseNationalId } from '@frontline/subgraph-kit';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { AgeBand, Gender, HardshipStatus, MemberStatus } from './member.entity.js';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => v || null);

export const nationalIdField = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => parseNationalId(v) !== null, 'validation.nationalId');
export const mobileField = z
  .string()
  .trim()
  .refine((v) => normalizeMobile(v) !== null, 'validation.mobile')
  .transform((v) => normalizeMobile(v) as string);

export const memberFieldsSchema = z.object({
  name: z.string().trim().min(1).max(40),
  gender: z.enum(Gender).optional().nullable(),
  birthDate: isoDate.optional().nullable(),
  nationalId: nationalIdField.optional().nullable(),
  phone: mobileField.optional().nullable(),
  employeeNo: optionalText(40),
  jobTitle: optionalText(60),
  jobType: optionalText(40),
  shiftPattern: optionalText(40),
  orgUnitId: z.uuid().optional().nullable(),
  joinedOn: isoDate,
  migrantWorker: z.boolean().optional().default(false),
  modelWorker: z.boolean().optional().default(false),
  hardshipStatus: z.enum(HardshipStatus).optional().default(HardshipStatus.NONE),
  hardshipNote: optionalText(2000),
  tags: z.array(z.string().trim().min(1).max(20)).max(20).optional().default([]),
});
export type MemberFields = z.infer<typeof memberFieldsSchema>;

@InputType({ description: 'A new member; ID number and phone are validated and stored encrypted' })
export class CreateMemberInput {
  @Field(() => String)
  name!: string;

  @Field(() => Gender, { nullable: true, description: 'Taken from the ID number when omitted' })
  gender?: Gender;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; taken from the ID number when omitted' })
  birthDate?: string;

  @Field(() => String, { nullable: true, description: '18-character resident ID number (GB 11643)' })
  nationalId?: string;

  @Field(() => String, { nullable: true, description: 'Mainland mobile number' })
  phone?: string;

  @Field(() => String, { nullable: true })
  employeeNo?: string;

  @Field(() => String, { nullable: true })
  jobTitle?: string;

  @Field(() => String, { nullable: true })
  jobType?: string;

  @Field(() => String, { nullable: true })
  shiftPattern?: string;

  @Field(() => ID, { nullable: true, description: 'The team (or other unit) of the member' })
  orgUnitId?: string;

  @Field(() => String, { description: 'Date of joining the union, YYYY-MM-DD' })
  joinedOn!: string;

  @Field(() => Boolean, { nullable: true })
  migrantWorker?: boolean;

  @Field(() => Boolean, { nullable: true })
  modelWorker?: boolean;

  @Field(() => HardshipStatus, { nullable: true })
  hardshipStatus?: HardshipStatus;

  @Field(() => String, { nullable: true, description: 'Stored encrypted; revealed only with a purpose' })
  hardshipNote?: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

export const updateMemberSchema = memberFieldsSchema
  .omit({ joinedOn: true, orgUnitId: true })
  .partial()
  .extend({ id: z.uuid(), version: z.number().int().min(1), joinedOn: isoDate.optional() });

@InputType({ description: 'Changes to a member; omitted fields stay as they are' })
export class UpdateMemberInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version read' })
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Field(() => String, { nullable: true })
  birthDate?: string;

  @Field(() => String, { nullable: true })
  nationalId?: string;

  @Field(() => String, { nullable: true })
  phone?: string;

  @Field(() => String, { nullable: true })
  employeeNo?: string;

  @Field(() => String, { nullable: true })
  jobTitle?: string;

  @Field(() => String, { nullable: true })
  jobType?: string;

  @Field(() => String, { nullable: true })
  shiftPattern?: string;

  @Field(() => String, { nullable: true })
  joinedOn?: string;

  @Field(() => Boolean, { nullable: true })
  migrantWorker?: boolean;

  @Field(() => Boolean, { nullable: true })
  modelWorker?: boolean;

  @Field(() => HardshipStatus, { nullable: true })
  hardshipStatus?: HardshipStatus;

  @Field(() => String, { nullable: true })
  hardshipNote?: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

@InputType()
export class MemberFilter {
  @Field(() => ID, { nullable: true, description: 'Members of this unit and every unit below it' })
  orgUnitId?: string;

  @Field(() => [MemberStatus], { nullable: true })
  status?: MemberStatus[];

  @Field(() => Gender, { nullable: true, description: 'FEMALE gives the woman-worker segment' })
  gender?: Gender;

  @Field(() => AgeBand, { nullable: true })
  ageBand?: AgeBand;

  @Field(() => String, { nullable: true })
  jobType?: string;

  @Field(() => String, { nullable: true })
  shiftPattern?: string;

  @Field(() => Boolean, { nullable: true })
  migrantWorker?: boolean;

  @Field(() => Boolean, { nullable: true })
  modelWorker?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Hardship status other than NONE' })
  hardship?: boolean;

  @Field(() => String, { nullable: true })
  tag?: string;

  @Field(() => String, { nullable: true, description: 'Name, pinyin or employee number' })
  search?: string;
}

export const memberFilterSchema = z.object({
  orgUnitId: z.uuid().optional().nullable(),
  search: z.string().trim().max(40).optional().nullable(),
  tag: z.string().trim().max(20).optional().nullable(),
  jobType: z.string().trim().max(40).optional().nullable(),
  shiftPattern: z.string().trim().max(40).optional().nullable(),
});

export enum MemberOrder {
  NAME = 'NAME',
  JOINED_ON = 'JOINED_ON',
  EMPLOYEE_NO = 'EMPLOYEE_NO',
}
registerEnumType(MemberOrder, { name: 'MemberOrder', description: 'NAME sorts by pinyin' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ArgsType()
export class MembersArgs extends ConnectionArgs {
  @Field(() => MemberFilter, { nullable: true })
  filter?: MemberFilter;

  @Field(() => MemberOrder, { defaultValue: MemberOrder.NAME })
  orderBy: MemberOrder = MemberOrder.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

export enum PiiField {
  NATIONAL_ID = 'NATIONAL_ID',
  PHONE = 'PHONE',
  HARDSHIP_NOTE = 'HARDSHIP_NOTE',
}
registerEnumType(PiiField, { name: 'PiiField' });

export const revealSchema = z.object({
  id: z.uuid(),
  field: z.enum(PiiField),
  purpose: z.string().trim().min(4, 'validation.purpose').max(200),
});

export const changeStatusSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  status: z
    .enum(MemberStatus)
    .refine((s) => s !== MemberStatus.TRANSFERRED_OUT, 'validation.statusByTransfer'),
  effectiveOn: isoDate,
  note: optionalText(500),
});

export const moveSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  orgUnitId: z.uuid(),
  effectiveOn: isoDate,
});
