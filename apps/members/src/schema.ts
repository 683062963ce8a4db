import './messages.js';
import { AuditEventSchema, buildSubgraph } from '@frontline/subgraph-kit';
import type { MigrationObject } from '@mikro-orm/core';
import type { MembersDeps } from './deps.js';
import { Migration20261128040249_initial } from './migrations/Migration20261128040249_initial.js';
import { Migration20261128040300_cross_tenant_functions } from './migrations/Migration20261128040300_cross_tenant_functions.js';
import { Migration20261128042016_import } from './migrations/Migration20261128042016_import.js';
import { Migration20261128042017_import_functions } from './migrations/Migration20261128042017_import_functions.js';
import { Migration20261128055500_import_stats } from './migrations/Migration20261128055500_import_stats.js';
import { ImportJobSchema, ImportRowErrorSchema } from './modules/import/import.entity.js';
import { ImportResolver, ImportRowErrorResolver } from './modules/import/import.resolver.js';
import type { ImportService } from './modules/import/import.service.js';
import { MemberSchema, MembershipPeriodSchema } from './modules/member/member.entity.js';
import { memberReference } from './modules/member/member.reference.js';
import { MemberResolver } from './modules/member/member.resolver.js';
import { TenantRef, TenantRefResolver, tenantRefReference } from './modules/member/tenant-ref.js';
import { OrgUnitEventSchema, OrgUnitSchema } from './modules/org-unit/org-unit.entity.js';
import { OrgUnitResolver, orgUnitReference } from './modules/org-unit/org-unit.resolver.js';
import { TransferSchema } from './modules/transfer/transfer.entity.js';
import { TransferResolver } from './modules/transfer/transfer.resolver.js';

export const SCHEMA_NAME = 'members';
export const entities = [
  MemberSchema,
  MembershipPeriodSchema,
  OrgUnitSchema,
  OrgUnitEventSchema,
  TransferSchema,
  AuditEventSchema,
  ImportJobSchema,
  ImportRowErrorSchema,
];
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128040249_initial', class: Migration20261128040249_initial },
  {
    name: 'Migration20261128040300_cross_tenant_functions',
    class: Migration20261128040300_cross_tenant_functions,
  },
  { name: 'Migration20261128042016_import', class: Migration20261128042016_import },
  { name: 'Migration20261128042017_import_functions', class: Migration20261128042017_import_functions },
  { name: 'Migration20261128055500_import_stats', class: Migration20261128055500_import_stats },
];

const resolvers = [
  MemberResolver,
  OrgUnitResolver,
  TransferResolver,
  TenantRefResolver,
  ImportResolver,
  ImportRowErrorResolver,
] as const;

/** The members subgraph: members, org units, membership history, transfers, member figures on `Tenant`. */
export function buildMembersSchema(deps?: MembersDeps, imports?: ImportService) {
  const instances = new Map<unknown, unknown>([
    [MemberResolver, new MemberResolver(deps as MembersDeps)],
    [OrgUnitResolver, new OrgUnitResolver(deps as MembersDeps)],
    [TransferResolver, new TransferResolver(deps as MembersDeps)],
    [TenantRefResolver, new TenantRefResolver()],
    [ImportResolver, new ImportResolver(imports as ImportService)],
    [ImportRowErrorResolver, new ImportRowErrorResolver()],
  ]);
  return buildSubgraph({
    resolvers,
    // Reached only through the gateway (entity resolution), so it is listed explicitly.
    orphanedTypes: [TenantRef],
    references: { Member: memberReference, OrgUnit: orgUnitReference, Tenant: tenantRefReference },
    container: { get: (cls) => instances.get(cls) },
  });
}
