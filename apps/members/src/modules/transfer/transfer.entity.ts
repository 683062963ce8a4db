import {
  defineTenantOwnedEntity,
  scopeCondition,
  sharedScopeFilter,
  TENANT_SCOPE_FILTER,
} from '@frontline/subgraph-kit';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum TransferStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TransferStatus, { name: 'TransferStatus' });

export enum TransferDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}
registerEnumType(TransferDirection, { name: 'TransferDirection' });

/**
 * A member's transfer (接转) from one enterprise union to another, possibly under another
 * federation. The row belongs to the sending union (`tenant_*`) and is also visible to the
 * receiving one (`to_tenant_path`): both sides see the transfer, and nothing else of each other.
 */
@ObjectType({ description: 'A transfer of a member between enterprise unions' })
export class Transfer {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { name: 'fromTenantId' })
  tenantId!: string;

  tenantPath!: string;

  @Field(() => String)
  fromTenantName!: string;

  @Field(() => ID)
  toTenantId!: string;

  toTenantPath!: string;

  @Field(() => String)
  toTenantName!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => String, { description: 'Name when the transfer was started' })
  memberName!: string;

  @Field(() => String, { nullable: true, description: 'Masked national ID when the transfer was started' })
  memberNationalId!: string | null;

  @Field(() => TransferStatus)
  status!: TransferStatus;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  requestedAt!: Date;

  @Field(() => String)
  requestedByName!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  decidedByName!: string | null;

  @Field(() => String, { nullable: true })
  decisionNote!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last reminder from a federation' })
  nudgedAt!: Date | null;

  @Field(() => Int)
  nudgeCount!: number;

  @Field(() => Int)
  version!: number;
}

export const TransferSchema = defineTenantOwnedEntity<Transfer>({
  class: Transfer,
  tableName: 'transfer',
  properties: {
    id: { type: 'uuid', primary: true },
    fromTenantName: { type: 'text' },
    toTenantId: { type: 'uuid' },
    toTenantPath: { type: 'text', collation: 'C' },
    toTenantName: { type: 'text' },
    memberId: { type: 'uuid' },
    memberName: { type: 'text' },
    memberNationalId: { type: 'text', nullable: true },
    status: { type: 'text', enum: true, items: Object.values(TransferStatus), default: 'PENDING' },
    reason: { type: 'text', nullable: true },
    requestedAt: { type: 'datetime', defaultRaw: 'now()' },
    requestedByName: { type: 'text' },
    decidedAt: { type: 'datetime', nullable: true },
    decidedByName: { type: 'text', nullable: true },
    decisionNote: { type: 'text', nullable: true },
    nudgedAt: { type: 'datetime', nullable: true },
    nudgeCount: { type: 'integer', default: 0 },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  tenantIndexes: [{ properties: ['status', 'requestedAt'] }, { properties: ['memberId'] }],
  uniques: [
    {
      name: 'transfer_one_pending_per_member',
      expression:
        'create unique index "transfer_one_pending_per_member" on "members"."transfer" ("member_id") where "status" = \'PENDING\'',
    },
  ],
  indexes: [
    { name: 'transfer_to_tenant_idx', properties: ['toTenantId', 'status'] as never },
    { name: 'transfer_to_path_idx', properties: ['toTenantPath'] as never },
  ],
  filters: { [TENANT_SCOPE_FILTER]: sharedScopeFilter(['tenantPath', 'toTenantPath']) },
  // The receiving side reads (and, through accept_transfer, completes) what was sent to it.
  policies: [
    {
      name: 'transfer_receiving_side',
      command: 'all',
      using: (c: Record<string, string>) => scopeCondition(c.toTenantPath),
      check: (c: Record<string, string>) => scopeCondition(c.toTenantPath),
    } as never,
  ],
});
