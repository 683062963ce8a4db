import { defineTenantOwnedEntity } from '@frontline/subgraph-kit';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender' });

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  TRANSFERRED_OUT = 'TRANSFERRED_OUT',
  RETIRED = 'RETIRED',
  LEFT = 'LEFT',
}
registerEnumType(MemberStatus, { name: 'MemberStatus' });

export enum HardshipStatus {
  NONE = 'NONE',
  /** 困难职工 */
  HARDSHIP = 'HARDSHIP',
  /** 深度困难 */
  SEVERE = 'SEVERE',
}
registerEnumType(HardshipStatus, { name: 'HardshipStatus' });

export enum AgeBand {
  UNDER_30 = 'UNDER_30',
  AGE_30_39 = 'AGE_30_39',
  AGE_40_49 = 'AGE_40_49',
  AGE_50_PLUS = 'AGE_50_PLUS',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(AgeBand, { name: 'AgeBand' });

/**
 * A union member. Personal data (national ID, phone, hardship note) is stored sealed (AES-GCM),
 * with an HMAC for lookups and a masked copy for display; the API shows only the masked form.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A member of an enterprise union' })
export class Member {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  tenantPath!: string;

  @Field(() => String)
  name!: string;

  /** Pinyin of the name, for the order Chinese users expect. */
  namePinyin!: string;

  @Field(() => Gender, { nullable: true })
  gender!: Gender | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  birthDate!: string | null;

  nationalIdSealed!: string | null;
  nationalIdHash!: string | null;

  @Field(() => String, { nullable: true, name: 'nationalId', description: 'Masked, e.g. 1101**********1234' })
  nationalIdMasked!: string | null;

  phoneSealed!: string | null;
  phoneHash!: string | null;

  @Field(() => String, { nullable: true, name: 'phone', description: 'Masked, e.g. 138****5678' })
  phoneMasked!: string | null;

  @Field(() => String, { nullable: true })
  employeeNo!: string | null;

  @Field(() => String, { nullable: true })
  jobTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'Job type segment, e.g. 采掘, 机电, 运输' })
  jobType!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. 三班倒, 常白班' })
  shiftPattern!: string | null;

  @Field(() => ID, { nullable: true })
  orgUnitId!: string | null;

  /** Path of the member's unit, for subtree filters. */
  unitPath!: string | null;

  @Field(() => String, { description: 'Date of joining the union (YYYY-MM-DD)' })
  joinedOn!: string;

  @Field(() => MemberStatus)
  status!: MemberStatus;

  @Field(() => Boolean)
  migrantWorker!: boolean;

  @Field(() => Boolean)
  modelWorker!: boolean;

  @Field(() => HardshipStatus)
  hardshipStatus!: HardshipStatus;

  hardshipNoteSealed!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int, { description: 'Send it back with an update (optimistic concurrency)' })
  version!: number;
}

export const MemberSchema = defineTenantOwnedEntity<Member>({
  class: Member,
  tableName: 'member',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'text' },
    namePinyin: { type: 'text', collation: 'C' },
    gender: { type: 'text', enum: true, items: Object.values(Gender), nullable: true },
    birthDate: { type: 'date', nullable: true },
    nationalIdSealed: { type: 'text', nullable: true, lazy: true },
    nationalIdHash: { type: 'text', nullable: true },
    nationalIdMasked: { type: 'text', nullable: true },
    phoneSealed: { type: 'text', nullable: true, lazy: true },
    phoneHash: { type: 'text', nullable: true },
    phoneMasked: { type: 'text', nullable: true },
    employeeNo: { type: 'text', nullable: true },
    jobTitle: { type: 'text', nullable: true },
    jobType: { type: 'text', nullable: true },
    shiftPattern: { type: 'text', nullable: true },
    orgUnitId: { type: 'uuid', nullable: true },
    unitPath: { type: 'text', nullable: true, collation: 'C' },
    joinedOn: { type: 'date' },
    status: { type: 'text', enum: true, items: Object.values(MemberStatus), default: 'ACTIVE' },
    migrantWorker: { type: 'boolean', default: false },
    modelWorker: { type: 'boolean', default: false },
    hardshipStatus: { type: 'text', enum: true, items: Object.values(HardshipStatus), default: 'NONE' },
    hardshipNoteSealed: { type: 'text', nullable: true, lazy: true },
    tags: { type: 'text[]', defaultRaw: "'{}'" },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  tenantIndexes: [
    { properties: ['namePinyin', 'id'] },
    { properties: ['unitPath'] },
    { properties: ['status'] },
    { properties: ['joinedOn'] },
    { properties: ['birthDate'] },
  ],
  uniques: [
    { name: 'member_tenant_employee_no_unique', properties: ['tenantId', 'employeeNo'] as never },
    { name: 'member_tenant_national_id_unique', properties: ['tenantId', 'nationalIdHash'] as never },
    // Deliberately global: one person is an active member of one union at a time, installation-wide.
    {
      name: 'member_active_national_id_unique',
      expression:
        'create unique index "member_active_national_id_unique" on "members"."member" ("national_id_hash") where "status" = \'ACTIVE\'',
    },
  ],
});

export enum PeriodReason {
  JOINED = 'JOINED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  MOVED = 'MOVED',
  TRANSFERRED_IN = 'TRANSFERRED_IN',
  IMPORTED = 'IMPORTED',
}
registerEnumType(PeriodReason, { name: 'PeriodReason' });

/**
 * One dated stretch of a membership with the same union, unit and status. A change closes the open
 * period and opens a new one; periods move with the member on a transfer, so the record is unbroken.
 */
@ObjectType({ description: 'A dated period of membership: union, unit and status' })
export class MembershipPeriod {
  @Field(() => ID)
  id!: string;

  tenantId!: string;

  tenantPath!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => ID, { description: 'The union of this period' })
  unionId!: string;

  @Field(() => String)
  unionName!: string;

  @Field(() => ID, { nullable: true })
  orgUnitId!: string | null;

  @Field(() => String, { nullable: true, description: 'Unit name at the time' })
  orgUnitName!: string | null;

  @Field(() => MemberStatus)
  status!: MemberStatus;

  @Field(() => String)
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'Null while the period is current' })
  endedOn!: string | null;

  @Field(() => PeriodReason)
  reason!: PeriodReason;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

export const MembershipPeriodSchema = defineTenantOwnedEntity<MembershipPeriod>({
  class: MembershipPeriod,
  tableName: 'membership_period',
  properties: {
    id: { type: 'uuid', primary: true },
    memberId: { type: 'uuid' },
    unionId: { type: 'uuid' },
    unionName: { type: 'text' },
    orgUnitId: { type: 'uuid', nullable: true },
    orgUnitName: { type: 'text', nullable: true },
    status: { type: 'text', enum: true, items: Object.values(MemberStatus) },
    startedOn: { type: 'date' },
    endedOn: { type: 'date', nullable: true },
    reason: { type: 'text', enum: true, items: Object.values(PeriodReason) },
    note: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  } as never,
  tenantIndexes: [
    { properties: ['memberId', 'startedOn'] },
    { properties: ['startedOn'] },
    { properties: ['endedOn'] },
  ],
});
