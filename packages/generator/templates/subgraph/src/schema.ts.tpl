import './messages.js';
import { AuditEventSchema, buildSubgraph } from '@frontline/subgraph-kit';
import type { MigrationObject } from '@mikro-orm/core';
import { __MigrationClass__ } from './migrations/__MigrationClass__.js';
import { __Entity__Schema } from './modules/__entityKebab__/__entityKebab__.entity.js';
import { __entity__Reference } from './modules/__entityKebab__/__entityKebab__.reference.js';
import { __Entity__Resolver } from './modules/__entityKebab__/__entityKebab__.resolver.js';
import { TenantRefResolver, tenantRefReference } from './modules/__entityKebab__/tenant-ref.js';

export const SCHEMA_NAME = '__schemaName__';
export const entities = [__Entity__Schema, AuditEventSchema];
export const migrations: MigrationObject[] = [
  { name: '__MigrationClass__', class: __MigrationClass__ },
];

const resolvers = [__Entity__Resolver, TenantRefResolver] as const;

/** The __name__ subgraph schema: __labelPlural__, and their count on the tenants subgraph's `Tenant`. */
export function build__Plural__Schema() {
  return buildSubgraph({
    resolvers,
    references: { __Entity__: __entity__Reference, Tenant: tenantRefReference },
  });
}
