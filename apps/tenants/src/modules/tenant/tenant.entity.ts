import { TENANT_KINDS, type TenantKind } from '@frontline/auth-tokens';
import { defineTenantOwnedEntity } from '@frontline/subgraph-kit';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum TenantKindEnum {
  FEDERATION = 'FEDERATION',
  ENTERPRISE_UNION = 'ENTERPRISE_UNION',
}
registerEnumType(TenantKindEnum, {
  name: 'TenantKind',
  description: 'A federation (may nest and own unions) or an enterprise union (a leaf)',
});

/**
 * A federation or enterprise union. The tenant row is owned by itself: `tenantId = id` and
 * `tenantPath = path`, so the same scope filter and RLS policy as every other table apply.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A trade-union federation or enterprise union' })
export class Tenant {
  @Field(() => ID)
  id!: string;

  tenantId!: string;

  /** Materialized path `/root/.../id/`, used for subtree queries. */
  @Field(() => String, { name: 'path' })
  tenantPath!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => TenantKindEnum)
  kind!: TenantKind;

  @Field(() => Int, { description: '0 for a root federation' })
  depth!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

export const TenantSchema = defineTenantOwnedEntity<Tenant>({
  class: Tenant,
  tableName: 'tenant',
  properties: {
    id: { type: 'uuid', primary: true },
    parentId: { type: 'uuid', nullable: true },
    name: { type: 'text' },
    kind: { type: 'text', enum: true, items: [...TENANT_KINDS] },
    depth: { type: 'integer' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  policies: [
    {
      // The installation's directory of tenant names (transfer targets, naming another union in a
      // message) may read names and paths of any tenant, and only through the directory queries.
      name: 'tenant_directory_lookup',
      command: 'select',
      using: `nullif(current_setting('${'app.tenant_directory'}', true), '') = 'on'`,
    } as never,
  ],
  uniques: [
    { name: 'tenant_path_unique', properties: ['tenantPath'] as never },
    { name: 'tenant_parent_name_unique', properties: ['parentId', 'name'] as never },
  ],
});
