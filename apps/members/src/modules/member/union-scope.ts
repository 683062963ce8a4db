import { type Caller, forbidden, type RequestContext, requireRole } from '@frontline/subgraph-kit';
import type { MembersDeps } from '../../deps.js';

export const MEMBER_WRITERS = [
  'UNION_ADMIN',
  'UNION_OFFICER',
  'FEDERATION_ADMIN',
  'FEDERATION_OFFICER',
] as const;
export const PII_REVEALERS = ['UNION_ADMIN', 'FEDERATION_ADMIN'] as const;

/**
 * Members and teams belong to an enterprise union: writing needs a caller acting on one (a
 * federation officer switches to the union first). Returns the caller and the union's name.
 */
export async function actingUnion(
  ctx: RequestContext,
  deps: MembersDeps,
  roles: readonly (typeof MEMBER_WRITERS)[number][] = MEMBER_WRITERS,
): Promise<{ caller: Caller; unionName: string }> {
  const caller = requireRole(ctx, roles);
  if (caller.scope.kind !== 'ENTERPRISE_UNION') throw forbidden('member.needUnionScope');
  const entry = await deps.directory.get(caller.scope.id, caller.token);
  return { caller, unionName: entry?.name ?? '' };
}

/** Today's date where the unions are (UTC+8), as YYYY-MM-DD (the kit's `chinaDay`). */
export { chinaDay as today } from '@frontline/subgraph-kit';

/** The same calendar day `years` earlier, as YYYY-MM-DD (age bands compare birth dates with it). */
export function yearsBefore(on: string, years: number): string {
  return `${Number(on.slice(0, 4)) - years}${on.slice(4)}`;
}
