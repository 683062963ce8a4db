import {
  defineTenantOwnedEntity,
  inheritedReadPolicy,
  inheritedScopeFilter,
  TENANT_SCOPE_FILTER,
} from '@frontline/subgraph-kit';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ActivityKind } from '../activity/activity.entity.js';

export enum CampaignTarget {
  /** Activities done (linked to the campaign) */
  ACTIVITIES = 'ACTIVITIES',
  /** Distinct members reached (present at a linked activity); one per family for 送温暖 */
  MEMBERS_REACHED = 'MEMBERS_REACHED',
}
registerEnumType(CampaignTarget, { name: 'CampaignTarget' });

/**
 * A federation's campaign across its unions (e.g. 春节送温暖). The row belongs to the federation and
 * every tenant below it can read it (extra SELECT policy + filter); only the federation writes it.
 */
@ObjectType({ description: 'A federation’s campaign across the unions below it' })
export class Campaign {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The federation running it' })
  tenantId!: string;

  tenantPath!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ActivityKind, { nullable: true, description: 'Suggested kind for linked activities' })
  activityKind!: ActivityKind | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  endsOn!: string;

  @Field(() => CampaignTarget)
  targetKind!: CampaignTarget;

  @Field(() => Int, { description: 'Target per enterprise union' })
  targetPerUnion!: number;

  @Field(() => String)
  createdByName!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

export const CampaignSchema = defineTenantOwnedEntity<Campaign>({
  class: Campaign,
  tableName: 'campaign',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'text' },
    description: { type: 'text', nullable: true },
    activityKind: { type: 'text', enum: true, items: Object.values(ActivityKind), nullable: true },
    startsOn: { type: 'date' },
    endsOn: { type: 'date' },
    targetKind: { type: 'text', enum: true, items: Object.values(CampaignTarget) },
    targetPerUnion: { type: 'integer' },
    createdByName: { type: 'text' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  tenantIndexes: [{ properties: ['startsOn'] }],
  filters: { [TENANT_SCOPE_FILTER]: inheritedScopeFilter },
  policies: [inheritedReadPolicy('campaign')],
});
