import { defineTenantOwnedEntity } from '@frontline/subgraph-kit';
import {
  Directive,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';

export enum ActivityKind {
  /** 下基层 / 走访 */
  FRONTLINE_VISIT = 'FRONTLINE_VISIT',
  /** 家访 */
  HOME_VISIT = 'HOME_VISIT',
  /** 座谈会 */
  SYMPOSIUM = 'SYMPOSIUM',
  EVENT = 'EVENT',
  TRAINING = 'TRAINING',
  /** 送温暖 */
  SEND_WARMTH = 'SEND_WARMTH',
  /** 送清凉 */
  SUMMER_COOLING = 'SUMMER_COOLING',
  /** 职代会 */
  WORKERS_CONGRESS = 'WORKERS_CONGRESS',
  /** A kind the union defined itself (`customKind`) */
  OTHER = 'OTHER',
}
registerEnumType(ActivityKind, { name: 'ActivityKind' });

export enum ActivityStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActivityStatus, { name: 'ActivityStatus' });

@ObjectType({ description: 'A photo kept elsewhere (object storage, the admin’s uploads): a reference only' })
export class ActivityPhoto {
  @Field(() => String, { description: 'Where to fetch it' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'Storage key, if any' })
  key!: string | null;

  @Field(() => String, { nullable: true })
  caption!: string | null;
}

@InputType()
export class ActivityPhotoInput {
  @Field(() => String)
  url!: string;

  @Field(() => String, { nullable: true })
  key?: string;

  @Field(() => String, { nullable: true })
  caption?: string;
}

/**
 * A visit, event, training, ... of one enterprise union. Teams and officers are child rows
 * (`activity_team`, `activity_officer`); `searchText` keeps title, place and the names of teams and
 * officers as they were, so a text search needs no other subgraph.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A visit, event, training or other activity of an enterprise union' })
export class Activity {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  tenantPath!: string;

  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field(() => ID, { nullable: true, description: 'The union’s own kind (when kind is OTHER)' })
  customKindId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the union’s own kind, as it was' })
  customKind!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endsAt!: Date | null;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => ActivityStatus)
  status!: ActivityStatus;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => [ActivityPhoto])
  photos!: ActivityPhoto[];

  @Field(() => Int, {
    nullable: true,
    description: 'People present at a large event, counted rather than named (besides named attendees)',
  })
  headcount!: number | null;

  @Field(() => ID, { nullable: true })
  campaignId!: string | null;

  searchText!: string;

  /** Current check-in code's nonce; null when check-in is closed. Closing or reopening rotates it. */
  checkinNonce!: string | null;

  checkinExpiresAt!: Date | null;

  @Field(() => ID)
  createdById!: string;

  @Field(() => String)
  createdByName!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int, { description: 'Send it back with an update (optimistic concurrency)' })
  version!: number;
}

export const ActivitySchema = defineTenantOwnedEntity<Activity>({
  class: Activity,
  tableName: 'activity',
  properties: {
    id: { type: 'uuid', primary: true },
    kind: { type: 'text', enum: true, items: Object.values(ActivityKind) },
    customKindId: { type: 'uuid', nullable: true },
    customKind: { type: 'text', nullable: true },
    title: { type: 'text' },
    startsAt: { type: 'datetime' },
    endsAt: { type: 'datetime', nullable: true },
    place: { type: 'text', nullable: true },
    status: { type: 'text', enum: true, items: Object.values(ActivityStatus), default: 'PLANNED' },
    notes: { type: 'text', nullable: true },
    photos: { type: 'json', defaultRaw: `'[]'` },
    headcount: { type: 'integer', nullable: true },
    campaignId: { type: 'uuid', nullable: true },
    searchText: { type: 'text' },
    checkinNonce: { type: 'text', nullable: true },
    checkinExpiresAt: { type: 'datetime', nullable: true },
    createdById: { type: 'uuid' },
    createdByName: { type: 'text' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  tenantIndexes: [
    { properties: ['startsAt'] },
    { properties: ['status', 'startsAt'] },
    { properties: ['campaignId', 'status'] },
  ],
  // Tenant.activityStats and coverage of a union read these columns only (infra/bench/activity-stats).
  indexes: [
    {
      name: 'activity_tenant_path_startsAt_idx',
      expression:
        'create index "activity_tenant_path_startsAt_idx" on "activities"."activity" ("tenant_path", "starts_at") include ("status", "kind", "headcount", "tenant_id", "id")',
    },
  ],
});

/** A team (members' `OrgUnit`) an activity went to, with its name as it was then (for search). */
@ObjectType({ description: 'A team an activity went to; name as it was then' })
export class ActivityTeam {
  id!: string;
  tenantId!: string;
  tenantPath!: string;
  activityId!: string;

  @Field(() => ID)
  teamId!: string;

  @Field(() => String)
  teamName!: string;
}

export const ActivityTeamSchema = defineTenantOwnedEntity<ActivityTeam>({
  class: ActivityTeam,
  tableName: 'activity_team',
  properties: {
    id: { type: 'uuid', primary: true },
    activityId: { type: 'uuid' },
    teamId: { type: 'uuid' },
    teamName: { type: 'text' },
  } as never,
  // Tenant-led like every index (and a distribution key must be part of a unique one).
  tenantIndexes: [{ properties: ['teamId'] }],
  indexes: [
    {
      name: 'activity_team_tenant_path_activityId_idx',
      expression:
        'create index "activity_team_tenant_path_activityId_idx" on "activities"."activity_team" ("tenant_path", "activity_id") include ("tenant_id", "team_id")',
    },
  ],
  uniques: [{ name: 'activity_team_unique', properties: ['tenantId', 'activityId', 'teamId'] as never }],
});

/** An officer (a tenants-service account, by its token `sub`) taking part, with the name then. */
@ObjectType({ description: 'An officer taking part (tenants-service account id and name as it was)' })
export class ActivityOfficer {
  id!: string;
  tenantId!: string;
  tenantPath!: string;
  activityId!: string;

  @Field(() => ID)
  officerId!: string;

  @Field(() => String)
  name!: string;
}

export const ActivityOfficerSchema = defineTenantOwnedEntity<ActivityOfficer>({
  class: ActivityOfficer,
  tableName: 'activity_officer',
  properties: {
    id: { type: 'uuid', primary: true },
    activityId: { type: 'uuid' },
    officerId: { type: 'uuid' },
    name: { type: 'text' },
  } as never,
  tenantIndexes: [{ properties: ['officerId'] }],
  uniques: [
    { name: 'activity_officer_unique', properties: ['tenantId', 'activityId', 'officerId'] as never },
  ],
});

/** A kind of activity a union defined for itself (e.g. 劳动竞赛, 读书会). */
@ObjectType({ description: 'A kind of activity an enterprise union defined for itself' })
export class ActivityKindDef {
  @Field(() => ID)
  id!: string;

  tenantId!: string;
  tenantPath!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'No longer offered for new activities' })
  archived!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => Int)
  version!: number;
}

export const ActivityKindDefSchema = defineTenantOwnedEntity<ActivityKindDef>({
  class: ActivityKindDef,
  tableName: 'activity_kind',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'text' },
    archived: { type: 'boolean', default: false },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  uniques: [{ name: 'activity_kind_tenant_name_unique', properties: ['tenantId', 'name'] as never }],
});
