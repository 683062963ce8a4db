import {
  defineTenantOwnedEntity,
  inheritedReadPolicy,
  inheritedScopeFilter,
  TENANT_SCOPE_FILTER,
} from '@frontline/subgraph-kit';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DissatisfiedAction {
  REOPEN = 'REOPEN',
  ESCALATE = 'ESCALATE',
}
registerEnumType(DissatisfiedAction, {
  name: 'DissatisfiedAction',
  description:
    'What a DISSATISFIED callback does: reopen with the same handler, or hand up to the federation',
});

/** Deadlines (working days) for one kind and priority, overriding the defaults. */
export interface SlaOverride {
  kind: string;
  priority: string;
  responseDays: number;
  resolutionDays: number;
}

/**
 * A tenant's case-handling policy. A federation's applies to the unions under it unless a union
 * sets its own (the nearest one wins).
 */
@ObjectType({ description: 'Case-handling policy of a tenant (inherited by the tenants under it)' })
export class CasePolicy {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  tenantId!: string;
  tenantPath!: string;
  @Field(() => DissatisfiedAction)
  dissatisfiedAction!: DissatisfiedAction;
  slaOverrides!: SlaOverride[];
  @Field(() => String)
  updatedByName!: string;
  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
  @Field(() => Int)
  version!: number;
}

export const CasePolicySchema = defineTenantOwnedEntity<CasePolicy>({
  class: CasePolicy,
  tableName: 'case_policy',
  properties: {
    id: { type: 'uuid', primary: true },
    dissatisfiedAction: { type: 'text', enum: true, items: Object.values(DissatisfiedAction) },
    slaOverrides: { type: 'json', default: '[]' },
    updatedByName: { type: 'text' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  uniques: [{ name: 'case_policy_tenant_unique', properties: ['tenantId'] as never }],
  filters: { [TENANT_SCOPE_FILTER]: inheritedScopeFilter },
  policies: [inheritedReadPolicy('case_policy')],
});
