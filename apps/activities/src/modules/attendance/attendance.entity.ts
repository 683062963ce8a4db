import { defineTenantOwnedEntity } from '@frontline/subgraph-kit';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum AttendanceSource {
  /** Picked one by one */
  MANUAL = 'MANUAL',
  /** Added with the rest of a team */
  TEAM = 'TEAM',
  /** The member checked in with the activity's QR code */
  CHECKIN = 'CHECKIN',
}
registerEnumType(AttendanceSource, { name: 'AttendanceSource' });

/** A member (members' `Member`, by id) present at an activity; at most once per activity. */
@ObjectType({ description: 'A member present at an activity' })
export class Attendance {
  @Field(() => ID)
  id!: string;

  tenantId!: string;
  tenantPath!: string;

  @Field(() => ID)
  activityId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => String, { nullable: true, description: 'Name as given when added (a snapshot)' })
  memberName!: string | null;

  @Field(() => ID, { nullable: true })
  teamId!: string | null;

  @Field(() => AttendanceSource)
  source!: AttendanceSource;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

export const AttendanceSchema = defineTenantOwnedEntity<Attendance>({
  class: Attendance,
  tableName: 'attendance',
  properties: {
    id: { type: 'uuid', primary: true },
    activityId: { type: 'uuid' },
    memberId: { type: 'uuid' },
    memberName: { type: 'text', nullable: true },
    teamId: { type: 'uuid', nullable: true },
    source: { type: 'text', enum: true, items: Object.values(AttendanceSource) },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  } as never,
  tenantIndexes: [{ properties: ['memberId'] }],
  uniques: [{ name: 'attendance_unique', properties: ['tenantId', 'activityId', 'memberId'] as never }],
});

/**
 * Who may check in with an activity's QR code: the roster the officer's client read from the
 * members subgraph when opening check-in. The person checking in has no account, so their employee
 * number and name are matched against this snapshot.
 */
@ObjectType({ description: 'Expected attendee of a check-in (roster snapshot)' })
export class CheckinRosterEntry {
  id!: string;
  tenantId!: string;
  tenantPath!: string;
  activityId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  employeeNo!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  teamId!: string | null;
}

export const CheckinRosterEntrySchema = defineTenantOwnedEntity<CheckinRosterEntry>({
  class: CheckinRosterEntry,
  tableName: 'checkin_roster',
  properties: {
    id: { type: 'uuid', primary: true },
    activityId: { type: 'uuid' },
    memberId: { type: 'uuid' },
    employeeNo: { type: 'text' },
    name: { type: 'text' },
    teamId: { type: 'uuid', nullable: true },
  } as never,
  uniques: [{ name: 'checkin_roster_unique', properties: ['tenantId', 'activityId', 'employeeNo'] as never }],
});
