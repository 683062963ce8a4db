import { defineTenantOwnedEntity } from '@frontline/subgraph-kit';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum HeardItemKind {
  NEED = 'NEED',
  GRIEVANCE = 'GRIEVANCE',
  HARDSHIP = 'HARDSHIP',
  SUGGESTION = 'SUGGESTION',
  QUESTION = 'QUESTION',
}
registerEnumType(HeardItemKind, { name: 'HeardItemKind' });

/** What was heard on a visit: from members and/or a team; it can become a case in one step. */
@ObjectType({ description: 'Something heard on a visit (need, grievance, hardship, suggestion, question)' })
export class HeardItem {
  @Field(() => ID)
  id!: string;

  tenantId!: string;
  tenantPath!: string;

  @Field(() => ID)
  activityId!: string;

  @Field(() => HeardItemKind)
  kind!: HeardItemKind;

  @Field(() => [ID], { description: 'Members it came from' })
  memberIds!: string[];

  @Field(() => ID, { nullable: true, description: 'Team it came from' })
  teamId!: string | null;

  @Field(() => String, { description: 'The officer’s note of what was said' })
  note!: string;

  @Field(() => Boolean)
  resolvedOnSpot!: boolean;

  @Field(() => String, { nullable: true })
  resolutionNote!: string | null;

  @Field(() => ID, { nullable: true, description: 'The case it became, in the cases subgraph' })
  caseId!: string | null;

  @Field(() => String, { nullable: true, description: 'The case number when it was opened' })
  caseNumber!: string | null;

  @Field(() => String)
  createdByName!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

export const HeardItemSchema = defineTenantOwnedEntity<HeardItem>({
  class: HeardItem,
  tableName: 'heard_item',
  properties: {
    id: { type: 'uuid', primary: true },
    activityId: { type: 'uuid' },
    kind: { type: 'text', enum: true, items: Object.values(HeardItemKind) },
    memberIds: { type: 'text[]', defaultRaw: `'{}'` },
    teamId: { type: 'uuid', nullable: true },
    note: { type: 'text' },
    resolvedOnSpot: { type: 'boolean', default: false },
    resolutionNote: { type: 'text', nullable: true },
    caseId: { type: 'uuid', nullable: true },
    caseNumber: { type: 'text', nullable: true },
    createdByName: { type: 'text' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  tenantIndexes: [{ properties: ['activityId'] }, { properties: ['kind', 'createdAt'] }],
  // Heard-item figures of Tenant.activityStats read these columns only (infra/bench/activity-stats).
  indexes: [
    {
      name: 'heard_item_tenant_path_activityId_idx',
      expression:
        'create index "heard_item_tenant_path_activityId_idx" on "activities"."heard_item" ("tenant_path", "activity_id") include ("tenant_id", "kind", "case_id", "resolved_on_spot")',
    },
  ],
});
