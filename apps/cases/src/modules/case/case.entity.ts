import { defineTenantOwnedEntity } from '@frontline/subgraph-kit';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

/**
 * One case, owned by one tenant: `defineTenantOwnedEntity` adds `tenant_id` and `tenant_path`,
 * the scope filter and the forced row-level security policy. Other subgraphs may reference it by id.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Case of a federation or enterprise union' })
export class Case {
  @Field(() => ID)
  id!: string;

  tenantId!: string;

  tenantPath!: string;

  @Field(() => String)
  name!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int, { description: 'Send it back with an update (optimistic concurrency)' })
  version!: number;
}

// The generator's initial migration was made from this definition (packages/generator/src/migration.mjs).
export const CaseSchema = defineTenantOwnedEntity<Case>({
  class: Case,
  tableName: 'case',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'text' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  tenantIndexes: [{ properties: ['name'] }],
});
