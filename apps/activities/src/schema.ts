import './messages.js';
import { AuditEventSchema, buildSubgraph } from '@frontline/subgraph-kit';
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128061417_initial } from './migrations/Migration20261128061417_initial.js';
import { ActivitySchema } from './modules/activity/activity.entity.js';
import { activityReference } from './modules/activity/activity.reference.js';
import { ActivityResolver } from './modules/activity/activity.resolver.js';
import { TenantRefResolver, tenantRefReference } from './modules/activity/tenant-ref.js';

export const SCHEMA_NAME = 'activities';
export const entities = [ActivitySchema, AuditEventSchema];
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128061417_initial', class: Migration20261128061417_initial },
];

const resolvers = [ActivityResolver, TenantRefResolver] as const;

/** The activities subgraph schema: activities, and their count on the tenants subgraph's `Tenant`. */
export function buildActivitiesSchema() {
  return buildSubgraph({
    resolvers,
    references: { Activity: activityReference, Tenant: tenantRefReference },
  });
}
