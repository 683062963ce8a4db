import { ADMIN_ROLES, FEDERATION_ROLES } from '@frontline/auth-tokens';
import { AppError, type Caller, hasRole, scopeUpperBound } from '@frontline/subgraph-kit';
import { type Case, CaseKind, type CaseStatus } from './case.entity.js';
import { CaseAction, canRun } from './workflow.js';

/** How the caller stands to a case: handling it, owning it (the worker's union), or overseeing it. */
export type Relation = 'HANDLER' | 'OWNER' | 'OVERSEER';

export function relationOf(caller: Caller, c: Case): Relation {
  if (caller.scope.id === c.handlingTenantId) return 'HANDLER';
  if (caller.scope.id === c.tenantId) return 'OWNER';
  return 'OVERSEER';
}

export function inScope(path: string, scopePath: string): boolean {
  return path >= scopePath && path < scopeUpperBound(scopePath);
}

/** The parent of a tenant, from its path `/a/b/c/` -> `/a/b/` (null for a root). */
export function parentPath(path: string): string | null {
  const ids = path.split('/').filter(Boolean);
  return ids.length > 1 ? `/${ids.slice(0, -1).join('/')}/` : null;
}

export function lastId(path: string): string {
  return path.split('/').filter(Boolean).at(-1) as string;
}

/**
 * Who may take each step. The handling tenant works the case; the owning union (closest to the
 * worker) may also comment, record the callback and close it after a federation resolved it.
 * Rejecting and reopening are decisions for an admin or the lead officer.
 */
function mayAct(caller: Caller, c: Case, action: CaseAction): boolean {
  const relation = relationOf(caller, c);
  const isAdminOrLead = hasRole(caller, ADMIN_ROLES) || c.leadOfficerId === caller.officerId;
  switch (action) {
    case CaseAction.COMMENT:
    case CaseAction.RECORD_CALLBACK:
    case CaseAction.CLOSE:
      return relation !== 'OVERSEER';
    case CaseAction.REJECT:
    case CaseAction.REOPEN:
      return relation === 'HANDLER' && isAdminOrLead;
    case CaseAction.DISPATCH:
      return (
        relation === 'HANDLER' && hasRole(caller, FEDERATION_ROLES) && caller.scope.kind === 'FEDERATION'
      );
    case CaseAction.ESCALATE:
      return relation === 'HANDLER' && parentPath(c.handlingTenantPath) !== null;
    case CaseAction.ADD_ASSISTANCE:
      return relation === 'HANDLER' && c.kind === CaseKind.HARDSHIP;
    default:
      return relation === 'HANDLER';
  }
}

/** The steps the caller may take now: the admin shows these and nothing else. */
export function allowedActions(caller: Caller, c: Case): CaseAction[] {
  return Object.values(CaseAction).filter((a) => canRun(c.kind, c.status, a) && mayAct(caller, c, a));
}

/** Refuses a step the caller may not take, or that the case's status does not allow. */
export function assertMayRun(caller: Caller, c: Case, action: CaseAction): void {
  if (!mayAct(caller, c, action)) {
    throw new AppError('FORBIDDEN', 'case.notYours', {
      action: { key: `case.action.${action}` },
      handler: c.handlingTenantName,
    });
  }
  if (!canRun(c.kind, c.status, action)) {
    throw new AppError('BAD_USER_INPUT', 'case.illegalTransition', {
      action: { key: `case.action.${action}` },
      status: { key: `case.status.${c.status as CaseStatus}` },
    });
  }
}
