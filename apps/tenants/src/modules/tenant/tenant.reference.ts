import { referenceResolver } from '@frontline/subgraph-kit';
import { Tenant } from './tenant.entity.js';

/** Other subgraphs reference `Tenant` by id; resolved in one query per request, within scope. */
export const tenantReference = referenceResolver(Tenant, 'tenant.byId');
