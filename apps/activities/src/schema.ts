import './messages.js';
import { AuditEventSchema, buildSubgraph } from '@frontline/subgraph-kit';
import type { MigrationObject } from '@mikro-orm/core';
import type { ActivitiesDeps } from './deps.js';
import { Migration20261128061417_initial } from './migrations/Migration20261128061417_initial.js';
import { Migration20261128062553_activities_domain } from './migrations/Migration20261128062553_activities_domain.js';
import { Migration20261128072431_stats_cover_indexes } from './migrations/Migration20261128072431_stats_cover_indexes.js';
import {
  ActivityKindDefSchema,
  ActivityOfficerSchema,
  ActivitySchema,
  ActivityTeamSchema,
} from './modules/activity/activity.entity.js';
import { activityReference } from './modules/activity/activity.reference.js';
import { ActivityResolver } from './modules/activity/activity.resolver.js';
import { AttendanceSchema, CheckinRosterEntrySchema } from './modules/attendance/attendance.entity.js';
import { CampaignSchema } from './modules/campaign/campaign.entity.js';
import { CampaignResolver } from './modules/campaign/campaign.resolver.js';
import { CaseRef, MemberRef, OrgUnitRef, refReferences, TenantRef } from './modules/common/refs.js';
import {
  CoverageResolver,
  MemberRefResolver,
  OrgUnitRefResolver,
  TenantRefResolver,
} from './modules/coverage/coverage.resolver.js';
import { HeardItemSchema } from './modules/heard/heard-item.entity.js';
import { HeardItemResolver } from './modules/heard/heard-item.resolver.js';
import { VisitPlanSchema, VisitTaskSchema } from './modules/visit/visit.entity.js';
import { VisitPlanResolver, VisitTaskResolver } from './modules/visit/visit.resolver.js';

export const SCHEMA_NAME = 'activities';
export const entities = [
  ActivitySchema,
  ActivityTeamSchema,
  ActivityOfficerSchema,
  ActivityKindDefSchema,
  AttendanceSchema,
  CheckinRosterEntrySchema,
  HeardItemSchema,
  VisitPlanSchema,
  VisitTaskSchema,
  CampaignSchema,
  AuditEventSchema,
];
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128061417_initial', class: Migration20261128061417_initial },
  { name: 'Migration20261128062553_activities_domain', class: Migration20261128062553_activities_domain },
  { name: 'Migration20261128072431_stats_cover_indexes', class: Migration20261128072431_stats_cover_indexes },
];

const resolvers = [
  ActivityResolver,
  HeardItemResolver,
  VisitPlanResolver,
  VisitTaskResolver,
  CampaignResolver,
  CoverageResolver,
  OrgUnitRefResolver,
  MemberRefResolver,
  TenantRefResolver,
] as const;

/**
 * The activities subgraph: activities with attendance and QR check-in, what was heard (→ cases),
 * visit plans and tasks, coverage, campaigns; figures on `Tenant`, activities on `OrgUnit` and `Member`.
 */
export function buildActivitiesSchema(deps?: ActivitiesDeps) {
  const d = deps as ActivitiesDeps;
  const instances = new Map<unknown, unknown>([
    [ActivityResolver, new ActivityResolver(d)],
    [HeardItemResolver, new HeardItemResolver(d)],
    [VisitPlanResolver, new VisitPlanResolver()],
    [VisitTaskResolver, new VisitTaskResolver()],
    [CampaignResolver, new CampaignResolver()],
    [CoverageResolver, new CoverageResolver()],
    [OrgUnitRefResolver, new OrgUnitRefResolver()],
    [MemberRefResolver, new MemberRefResolver()],
    [TenantRefResolver, new TenantRefResolver()],
  ]);
  return buildSubgraph({
    resolvers,
    orphanedTypes: [TenantRef, OrgUnitRef, MemberRef, CaseRef],
    references: { Activity: activityReference, ...refReferences },
    container: { get: (cls) => instances.get(cls) },
  });
}
