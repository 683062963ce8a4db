import './messages.js';
import { AuditEventSchema, buildSubgraph } from '@frontline/subgraph-kit';
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128061406_initial } from './migrations/Migration20261128061406_initial.js';
import { CaseSchema } from './modules/case/case.entity.js';
import { caseReference } from './modules/case/case.reference.js';
import { CaseResolver } from './modules/case/case.resolver.js';
import { TenantRefResolver, tenantRefReference } from './modules/case/tenant-ref.js';

export const SCHEMA_NAME = 'cases';
export const entities = [CaseSchema, AuditEventSchema];
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128061406_initial', class: Migration20261128061406_initial },
];

const resolvers = [CaseResolver, TenantRefResolver] as const;

/** The cases subgraph schema: cases, and their count on the tenants subgraph's `Tenant`. */
export function buildCasesSchema() {
  return buildSubgraph({
    resolvers,
    references: { Case: caseReference, Tenant: tenantRefReference },
  });
}
