import { ConnectionArgs } from '@frontline/subgraph-kit';
import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { isoDate } from '../common/dates.js';
import { idField, instant, optionalText, versionField } from '../common/validation.js';
import { ActivityKind, ActivityPhotoInput, ActivityStatus } from './activity.entity.js';

@InputType({ description: 'A team (members’ OrgUnit) with its name as the client shows it' })
export class TeamInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Kept as a snapshot for text search' })
  name!: string;
}

@InputType({ description: 'An officer (tenants-service account id) with the name to show' })
export class OfficerInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

const teamSchema = z.object({ id: idField, name: z.string().trim().min(1).max(80) });
const officerSchema = z.object({ id: idField, name: z.string().trim().min(1).max(40) });
const photoSchema = z.object({
  url: z.string().trim().min(1).max(2000),
  key: optionalText(500),
  caption: optionalText(200),
});

const activityFields = {
  kind: z.enum(ActivityKind),
  customKindId: idField.optional().nullable(),
  title: z.string().trim().min(1).max(120),
  startsAt: instant,
  endsAt: instant.optional().nullable(),
  place: optionalText(200),
  status: z.enum(ActivityStatus),
  notes: optionalText(5000),
  teams: z
    .array(teamSchema)
    .max(200)
    .refine((t) => new Set(t.map((x) => x.id)).size === t.length, 'validation.duplicate'),
  officers: z
    .array(officerSchema)
    .max(50)
    .refine((o) => new Set(o.map((x) => x.id)).size === o.length, 'validation.duplicate'),
  photos: z.array(photoSchema).max(50),
  headcount: z.number().int().min(0).max(1_000_000).optional().nullable(),
  campaignId: idField.optional().nullable(),
};

export const createActivitySchema = z
  .object({
    ...activityFields,
    status: activityFields.status.default(ActivityStatus.PLANNED),
    teams: activityFields.teams.default([]),
    officers: activityFields.officers.optional(),
    photos: activityFields.photos.default([]),
  })
  .refine((a) => !a.endsAt || a.endsAt >= a.startsAt, {
    message: 'validation.periodOrder',
    path: ['endsAt'],
  });

export const updateActivitySchema = z
  .object(activityFields)
  .partial()
  .extend({ id: idField, version: versionField });

@InputType({ description: 'A new activity of the union the caller acts on' })
export class CreateActivityInput {
  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field(() => ID, { nullable: true, description: 'The union’s own kind; required when kind is OTHER' })
  customKindId?: string;

  @Field(() => String)
  title!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endsAt?: Date;

  @Field(() => String, { nullable: true })
  place?: string;

  @Field(() => ActivityStatus, { nullable: true, description: 'PLANNED unless given' })
  status?: ActivityStatus;

  @Field(() => String, { nullable: true })
  notes?: string;

  @Field(() => [TeamInput], { nullable: true, description: 'Teams visited' })
  teams?: TeamInput[];

  @Field(() => [OfficerInput], { nullable: true, description: 'Officers taking part; the caller if omitted' })
  officers?: OfficerInput[];

  @Field(() => [ActivityPhotoInput], { nullable: true })
  photos?: ActivityPhotoInput[];

  @Field(() => Int, { nullable: true })
  headcount?: number;

  @Field(() => ID, { nullable: true, description: 'A campaign of a federation above the union' })
  campaignId?: string;
}

@InputType({ description: 'Changes to an activity; lists (teams, officers, photos) replace the old ones' })
export class UpdateActivityInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ActivityKind, { nullable: true })
  kind?: ActivityKind;

  @Field(() => ID, { nullable: true })
  customKindId?: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startsAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endsAt?: Date;

  @Field(() => String, { nullable: true })
  place?: string;

  @Field(() => ActivityStatus, { nullable: true })
  status?: ActivityStatus;

  @Field(() => String, { nullable: true })
  notes?: string;

  @Field(() => [TeamInput], { nullable: true })
  teams?: TeamInput[];

  @Field(() => [OfficerInput], { nullable: true })
  officers?: OfficerInput[];

  @Field(() => [ActivityPhotoInput], { nullable: true })
  photos?: ActivityPhotoInput[];

  @Field(() => Int, { nullable: true })
  headcount?: number;

  @Field(() => ID, { nullable: true })
  campaignId?: string;
}

@InputType()
export class ActivityFilter {
  @Field(() => [ActivityKind], { nullable: true })
  kinds?: ActivityKind[];

  @Field(() => [ActivityStatus], { nullable: true })
  statuses?: ActivityStatus[];

  @Field(() => String, { nullable: true, description: 'From this day (YYYY-MM-DD, China time)' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Up to and including this day' })
  to?: string;

  @Field(() => ID, { nullable: true, description: 'Went to this team' })
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'This officer took part' })
  officerId?: string;

  @Field(() => ID, { nullable: true, description: 'This member was present' })
  memberId?: string;

  @Field(() => ID, { nullable: true })
  campaignId?: string;

  @Field(() => String, { nullable: true, description: 'Text in title, place, kind, team or officer names' })
  search?: string;
}

export const activityFilterSchema = z
  .object({
    kinds: z.array(z.enum(ActivityKind)).max(20).optional().nullable(),
    statuses: z.array(z.enum(ActivityStatus)).max(3).optional().nullable(),
    from: isoDate.optional().nullable(),
    to: isoDate.optional().nullable(),
    teamId: idField.optional().nullable(),
    officerId: idField.optional().nullable(),
    memberId: idField.optional().nullable(),
    campaignId: idField.optional().nullable(),
    search: z.string().trim().max(60).optional().nullable(),
  })
  .default({});

@ArgsType()
export class ActivityListArgs extends ConnectionArgs {
  @Field(() => ActivityFilter, { nullable: true })
  filter?: ActivityFilter;
}

@InputType()
export class ActivityKindInput {
  @Field(() => String)
  name!: string;
}

@InputType()
export class UpdateActivityKindInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => Boolean, { nullable: true })
  archived?: boolean;
}

export const activityKindNameSchema = z.string().trim().min(1).max(30);
export const updateActivityKindSchema = z.object({
  id: idField,
  version: versionField,
  name: activityKindNameSchema.optional().nullable(),
  archived: z.boolean().optional().nullable(),
});
