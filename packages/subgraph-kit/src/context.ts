import type { AccessClaims, Role, TenantRef, TokenError } from '@frontline/auth-tokens';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, forbidden, unauthenticated } from './errors.js';
import type { Locale } from './i18n.js';
import type { LoaderRegistry } from './loaders.js';
import type { Logger } from './logger.js';
import type { Database } from './orm.js';

/** The verified caller of a request. */
export interface Caller {
  officerId: string;
  name: string;
  roles: Role[];
  home: TenantRef;
  scope: TenantRef;
  /** The raw token, for forwarding to other services. */
  token: string;
}

export interface RequestContext {
  requestId: string;
  locale: Locale;
  log: Logger;
  loaders: LoaderRegistry;
  db: Database;
  /** Null when the request carried no valid token. */
  caller: Caller | null;
  authError?: TokenError;
  clientAddress: string;
  /** EntityManager limited to the caller's scope; throws UNAUTHENTICATED without a caller. */
  readonly em: EntityManager;
}

export function callerFromClaims(claims: AccessClaims, token: string): Caller {
  return {
    officerId: claims.sub,
    name: claims.name,
    roles: claims.roles,
    home: claims.home,
    scope: claims.scope,
    token,
  };
}

const TOKEN_ERROR_KEYS: Record<TokenError['reason'], string> = {
  missing: 'error.tokenMissing',
  malformed: 'error.tokenMalformed',
  expired: 'error.tokenExpired',
  invalid: 'error.tokenInvalid',
};

/** Fails closed: no verified caller, no data. */
export function requireCaller(ctx: Pick<RequestContext, 'caller' | 'authError'>): Caller {
  if (ctx.caller) return ctx.caller;
  throw unauthenticated(ctx.authError ? TOKEN_ERROR_KEYS[ctx.authError.reason] : 'error.tokenMissing');
}

export function requireRole(
  ctx: Pick<RequestContext, 'caller' | 'authError'>,
  roles: readonly Role[],
): Caller {
  const caller = requireCaller(ctx);
  if (!caller.roles.some((r) => roles.includes(r))) throw forbidden();
  return caller;
}

export function hasRole(caller: Caller, roles: readonly Role[]): boolean {
  return caller.roles.some((r) => roles.includes(r));
}

/**
 * Builds a request context. With a verified caller, `em` is limited to the caller's scope; without
 * one, `em` is a stand-in that throws UNAUTHENTICATED on any use, so no code path reads data.
 */
export function createRequestContext(base: Omit<RequestContext, 'em'>): RequestContext {
  const em = base.caller
    ? base.db.forScope(base.caller.scope)
    : (new Proxy({} as EntityManager, {
        get() {
          requireCaller(base);
        },
      }) as EntityManager);
  return { ...base, em };
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
