import {
  type AccessClaims,
  FEDERATION_ROLES,
  type SigningKey,
  signAccessToken,
} from '@frontline/auth-tokens';
import {
  AppError,
  audit,
  callerFromClaims,
  forbidden,
  hasRole,
  notFound,
  parseInput,
  type RequestContext,
  requireCaller,
} from '@frontline/subgraph-kit';
import { z } from 'zod';
import { LOGIN_EMAIL_SETTING, Officer } from '../officer/officer.entity.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { findTenantOrFail, idSchema, tenantRef } from '../tenant/tenant.service.js';
import type { AuthPayload } from './auth.types.js';
import { verifyPassword } from './passwords.js';
import type { LoginRateLimiter } from './rate-limit.js';

export interface AuthDeps {
  signingKey: SigningKey;
  tokenTtlSeconds: number;
  limiter: LoginRateLimiter;
}

const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(256),
});

const badCredentials = () => new AppError('UNAUTHENTICATED', 'auth.badCredentials');

function claimsFor(officer: Officer, home: Tenant, scope: Tenant): AccessClaims {
  return {
    sub: officer.id,
    name: officer.displayName,
    roles: [officer.role],
    home: tenantRef(home),
    scope: tenantRef(scope),
  };
}

async function issue(deps: AuthDeps, officer: Officer, home: Tenant, scope: Tenant): Promise<AuthPayload> {
  const claims = claimsFor(officer, home, scope);
  const { token, expiresAt } = await signAccessToken(deps.signingKey, claims, deps.tokenTtlSeconds);
  return { token, expiresAt, officer, scopeTenant: scope };
}

export async function login(
  ctx: RequestContext,
  deps: AuthDeps,
  email: string,
  password: string,
): Promise<AuthPayload> {
  const input = parseInput(loginSchema, { email, password });
  await deps.limiter.assertAllowed(input.email, ctx.clientAddress);

  // Before login there is no scope: the login policy lets this session read one account by email.
  const lookup = ctx.db.forSession({ [LOGIN_EMAIL_SETTING]: input.email });
  const found = await lookup.findOne(
    Officer,
    { email: input.email },
    { filters: false, populate: ['passwordHash'] as never },
  );
  const ok = await verifyPassword(found?.passwordHash, input.password);
  if (!found || !ok) {
    await deps.limiter.recordFailure(input.email, ctx.clientAddress);
    ctx.log.warn({ email: input.email, address: ctx.clientAddress }, 'login failed');
    throw badCredentials();
  }
  if (!found.active) throw new AppError('FORBIDDEN', 'auth.accountDisabled');
  await deps.limiter.recordSuccess(input.email);

  const homeEm = ctx.db.forScope({ id: found.tenantId, path: found.tenantPath, kind: 'FEDERATION' });
  const [officer, home] = await Promise.all([
    homeEm.findOneOrFail(Officer, { id: found.id }),
    homeEm.findOneOrFail(Tenant, { id: found.tenantId }),
  ]);
  officer.lastLoginAt = new Date();
  const self = callerFromClaims(claimsFor(officer, home, home), '');
  audit(homeEm, self, ctx.requestId, {
    tenantId: home.id,
    tenantPath: home.tenantPath,
    action: 'officer.login',
    entity: 'Officer',
    entityId: officer.id,
  });
  await homeEm.flush();
  ctx.log.info({ officerId: officer.id }, 'login');
  const payload = await issue(deps, officer, home, home);
  // The rest of this response (e.g. `officer { tenant }`) is resolved as the one who just signed in.
  ctx.caller = { ...self, token: payload.token };
  return payload;
}

/**
 * A federation officer narrows their scope to a tenant in their home subtree (null: back home).
 * The new token carries the narrowed scope; every service checks it lies inside the home path.
 */
export async function switchTenant(
  ctx: RequestContext,
  deps: AuthDeps,
  tenantId: string | null,
): Promise<AuthPayload> {
  const caller = requireCaller(ctx);
  const homeEm = ctx.db.forScope(caller.home);
  const officer = await homeEm.findOne(Officer, { id: caller.officerId });
  if (!officer) throw notFound('entity.officer');
  if (!officer.active) throw new AppError('FORBIDDEN', 'auth.accountDisabled');
  const home = await findTenantOrFail(homeEm, caller.home.id);
  if (tenantId === null || tenantId === caller.home.id) return issue(deps, officer, home, home);
  if (!hasRole(caller, FEDERATION_ROLES)) throw forbidden('auth.cannotSwitch');
  parseInput(idSchema, tenantId, 'tenantId');
  const target = await homeEm.findOne(Tenant, { id: tenantId });
  if (!target) throw notFound('entity.tenant');
  return issue(deps, officer, home, target);
}

export async function viewer(ctx: RequestContext) {
  const caller = requireCaller(ctx);
  const homeEm = ctx.db.forScope(caller.home);
  const [officer, homeTenant, scopeTenant] = await Promise.all([
    homeEm.findOne(Officer, { id: caller.officerId }),
    homeEm.findOne(Tenant, { id: caller.home.id }),
    homeEm.findOne(Tenant, { id: caller.scope.id }),
  ]);
  if (!officer || !homeTenant || !scopeTenant) throw notFound('entity.officer');
  return {
    officer,
    homeTenant,
    scopeTenant,
    roles: caller.roles,
    canSwitchTenant: hasRole(caller, FEDERATION_ROLES),
  };
}
