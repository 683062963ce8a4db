import './messages.js';
import { AuditEventSchema, buildSubgraph } from '@frontline/subgraph-kit';
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128032846_initial } from './migrations/Migration20261128032846_initial.js';
import { Migration20261128035752_tenant_directory } from './migrations/Migration20261128035752_tenant_directory.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import type { AuthDeps } from './modules/auth/auth.service.js';
import { OfficerSchema } from './modules/officer/officer.entity.js';
import { OfficerResolver } from './modules/officer/officer.resolver.js';
import { TenantSchema } from './modules/tenant/tenant.entity.js';
import { tenantReference } from './modules/tenant/tenant.reference.js';
import { TenantResolver } from './modules/tenant/tenant.resolver.js';
import { TenantDirectoryResolver } from './modules/tenant/tenant-directory.js';

export const SCHEMA_NAME = 'tenants';
export const entities = [TenantSchema, OfficerSchema, AuditEventSchema];
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128032846_initial', class: Migration20261128032846_initial },
  { name: 'Migration20261128035752_tenant_directory', class: Migration20261128035752_tenant_directory },
];

const resolvers = [TenantResolver, OfficerResolver, AuthResolver, TenantDirectoryResolver] as const;

/** The tenants subgraph schema; `deps` is absent only when printing the SDL at build time. */
export function buildTenantsSchema(deps?: AuthDeps) {
  const instances = new Map<unknown, unknown>([
    [TenantResolver, new TenantResolver()],
    [OfficerResolver, new OfficerResolver()],
    [AuthResolver, new AuthResolver(deps as AuthDeps)],
    [TenantDirectoryResolver, new TenantDirectoryResolver()],
  ]);
  return buildSubgraph({
    resolvers,
    references: { Tenant: tenantReference },
    container: { get: (cls) => instances.get(cls) },
  });
}
