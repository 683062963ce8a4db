import { type Caller, forbidden, type RequestContext, requireRole } from '@frontline/subgraph-kit';

export const ACTIVITY_WRITERS = [
  'UNION_ADMIN',
  'UNION_OFFICER',
  'FEDERATION_ADMIN',
  'FEDERATION_OFFICER',
] as const;

/**
 * Activities, visits and tasks belong to an enterprise union: writing needs a caller acting on one
 * (a federation officer switches to the union first), as in the members subgraph.
 */
export function actingUnion(ctx: RequestContext): Caller {
  const caller = requireRole(ctx, ACTIVITY_WRITERS);
  if (caller.scope.kind !== 'ENTERPRISE_UNION') throw forbidden('activity.needUnionScope');
  return caller;
}

/** Campaigns belong to a federation: its officers create and change them, acting on it. */
export function actingFederation(ctx: RequestContext): Caller {
  const caller = requireRole(ctx, ['FEDERATION_ADMIN', 'FEDERATION_OFFICER']);
  if (caller.scope.kind !== 'FEDERATION') throw forbidden('campaign.needFederationScope');
  return caller;
}
