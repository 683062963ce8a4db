import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { Activity } from '../activity/activity.entity.js';
import { idField, optionalText, versionField } from '../common/validation.js';

export enum AddAttendeesSource {
  MANUAL = 'MANUAL',
  TEAM = 'TEAM',
}
registerEnumType(AddAttendeesSource, { name: 'AddAttendeesSource' });

@InputType({ description: 'A member present (ids come from the members subgraph)' })
export class AttendeeInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String, { nullable: true, description: 'Name to keep as a snapshot' })
  name?: string;

  @Field(() => ID, { nullable: true })
  teamId?: string;
}

@InputType({ description: 'Members present; already present ones are skipped' })
export class AddAttendeesInput {
  @Field(() => ID)
  activityId!: string;

  @Field(() => [AttendeeInput])
  members!: AttendeeInput[];

  @Field(() => AddAttendeesSource, {
    defaultValue: AddAttendeesSource.MANUAL,
    description: 'TEAM: quick add of a whole team the client listed',
  })
  source!: AddAttendeesSource;
}

export const addAttendeesSchema = z.object({
  activityId: idField,
  members: z
    .array(z.object({ memberId: idField, name: optionalText(40), teamId: idField.optional().nullable() }))
    .min(1)
    .max(2000),
  source: z.enum(AddAttendeesSource).default(AddAttendeesSource.MANUAL),
});

@InputType()
export class RemoveAttendeesInput {
  @Field(() => ID)
  activityId!: string;

  @Field(() => [ID])
  memberIds!: string[];
}

export const removeAttendeesSchema = z.object({
  activityId: idField,
  memberIds: z.array(idField).min(1).max(2000),
});

@ObjectType()
export class AttendanceChange {
  @Field(() => Activity)
  activity!: Activity;

  @Field(() => Int, { description: 'Rows added or removed' })
  changed!: number;

  @Field(() => Int, { description: 'Already present (add) or not present (remove)' })
  skipped!: number;
}

@InputType({ description: 'Someone expected at the activity, from the members subgraph’s roster' })
export class RosterEntryInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  employeeNo!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  teamId?: string;
}

@InputType({ description: 'Open QR check-in; `roster` replaces the expected attendees (kept if omitted)' })
export class OpenCheckInInput {
  @Field(() => ID)
  activityId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Int, { defaultValue: 180, description: 'The code works this long (5 to 4320 minutes)' })
  expiresInMinutes!: number;

  @Field(() => [RosterEntryInput], { nullable: true })
  roster?: RosterEntryInput[];
}

/** Employee numbers are compared trimmed and upper-cased; names without spaces (see checkin.service). */
export const normalizeEmployeeNo = (s: string) => s.normalize('NFKC').trim().toUpperCase();
export const normalizeName = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

export const openCheckInSchema = z.object({
  activityId: idField,
  version: versionField,
  expiresInMinutes: z.number().int().min(5).max(4320),
  roster: z
    .array(
      z.object({
        memberId: idField,
        employeeNo: z.string().trim().min(1).max(40).transform(normalizeEmployeeNo),
        name: z.string().trim().min(1).max(40),
        teamId: idField.optional().nullable(),
      }),
    )
    .max(5000)
    .refine((r) => new Set(r.map((e) => e.employeeNo)).size === r.length, 'checkin.rosterDuplicateEmployeeNo')
    .optional()
    .nullable(),
});

@ObjectType({ description: 'A signed, expiring check-in code for an activity' })
export class CheckInTicket {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'The public check-in page with the code (CHECKIN_PAGE_URL + code)' })
  url!: string;

  @Field(() => String, { description: 'GET (details) / POST {employeeNo, name} on the gateway' })
  apiPath!: string;

  @Field(() => String, { description: 'QR code of `url` as an SVG document' })
  qrSvg!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => Activity)
  activity!: Activity;
}

@ObjectType({ description: 'Check-in state of an activity' })
export class CheckInState {
  @Field(() => Boolean)
  open!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Int, { description: 'Expected attendees in the roster' })
  rosterSize!: number;
}
