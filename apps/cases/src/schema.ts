import './messages.js';
import { AuditEventSchema, buildSubgraph } from '@frontline/subgraph-kit';
import type { MigrationObject } from '@mikro-orm/core';
import type { CasesDeps } from './deps.js';
import { Migration20261128062305_initial } from './migrations/Migration20261128062305_initial.js';
import { Migration20261128062306_hand_over } from './migrations/Migration20261128062306_hand_over.js';
import { Migration20261128071757_stats_cover_index } from './migrations/Migration20261128071757_stats_cover_index.js';
import { CalendarResolver } from './modules/calendar/calendar.resolver.js';
import { CalendarDaySchema } from './modules/calendar/calendar-day.entity.js';
import {
  AssistanceSchema,
  CaseAssistantSchema,
  CaseCounterSchema,
  CaseEventSchema,
  CaseMemberSchema,
  CaseSchema,
} from './modules/case/case.entity.js';
import { caseReference } from './modules/case/case.reference.js';
import {
  CaseResolver,
  MemberCasesResolver,
  MemberRef,
  memberRefReference,
  OrgUnitCasesResolver,
  OrgUnitRef,
  orgUnitRefReference,
} from './modules/case/case.resolver.js';
import { CasePolicySchema } from './modules/policy/case-policy.entity.js';
import { CasePolicyResolver } from './modules/policy/case-policy.resolver.js';
import { TenantCaseStatsResolver, TenantRef, tenantRefReference } from './modules/stats/tenant-ref.js';

export const SCHEMA_NAME = 'cases';
export const entities = [
  CaseSchema,
  CaseMemberSchema,
  CaseAssistantSchema,
  CaseEventSchema,
  AssistanceSchema,
  CaseCounterSchema,
  CasePolicySchema,
  CalendarDaySchema,
  AuditEventSchema,
];
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128062305_initial', class: Migration20261128062305_initial },
  { name: 'Migration20261128062306_hand_over', class: Migration20261128062306_hand_over },
  { name: 'Migration20261128071757_stats_cover_index', class: Migration20261128071757_stats_cover_index },
];

const resolvers = [
  CaseResolver,
  MemberCasesResolver,
  OrgUnitCasesResolver,
  TenantCaseStatsResolver,
  CasePolicyResolver,
  CalendarResolver,
] as const;

/** The cases subgraph: cases and their handling, plus `Member.cases`, `OrgUnit.cases`, `Tenant.caseStats`. */
export function buildCasesSchema(deps?: CasesDeps) {
  const instances = new Map<unknown, unknown>([
    [CaseResolver, new CaseResolver(deps as CasesDeps)],
    [MemberCasesResolver, new MemberCasesResolver()],
    [OrgUnitCasesResolver, new OrgUnitCasesResolver()],
    [TenantCaseStatsResolver, new TenantCaseStatsResolver()],
    [CasePolicyResolver, new CasePolicyResolver()],
    [CalendarResolver, new CalendarResolver()],
  ]);
  return buildSubgraph({
    resolvers,
    // Reached only through the gateway (entity resolution), so they are listed explicitly.
    orphanedTypes: [TenantRef, MemberRef, OrgUnitRef],
    references: {
      Case: caseReference,
      Tenant: tenantRefReference,
      Member: memberRefReference,
      OrgUnit: orgUnitRefReference,
    },
    container: { get: (cls) => instances.get(cls) },
  });
}
