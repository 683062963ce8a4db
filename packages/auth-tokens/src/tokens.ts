import {
  type CryptoKey,
  createLocalJWKSet,
  createRemoteJWKSet,
  importSPKI,
  type JWTPayload,
  type JWTVerifyGetKey,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
} from 'jose';
import { type AccessClaims, ROLES, TENANT_KINDS, type TenantRef } from './claims.js';
import { type SigningKey, TOKEN_ALG, TOKEN_AUDIENCE, TOKEN_ISSUER } from './keys.js';

export type TokenErrorReason = 'missing' | 'malformed' | 'expired' | 'invalid';

export class TokenError extends Error {
  constructor(
    readonly reason: TokenErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

export interface SignedToken {
  token: string;
  expiresAt: Date;
}

export async function signAccessToken(
  key: SigningKey,
  claims: AccessClaims,
  ttlSeconds: number,
  now = new Date(),
): Promise<SignedToken> {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + ttlSeconds;
  const token = await new SignJWT({
    name: claims.name,
    roles: claims.roles,
    home: claims.home,
    scope: claims.scope,
  })
    .setProtectedHeader({ alg: TOKEN_ALG, kid: key.kid, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(key.privateKey);
  return { token, expiresAt: new Date(exp * 1000) };
}

export type TokenVerifier = (token: string | undefined | null) => Promise<AccessClaims>;

export interface VerifierOptions {
  /** URL of the tenants service's JWKS (`/.well-known/jwks.json`). */
  jwksUrl?: string;
  /** Or a PEM public key from configuration. */
  publicKeyPem?: string;
  /** Or keys in hand (tests, the tenants service itself). */
  jwks?: { keys: object[] };
  clockToleranceSeconds?: number;
}

export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  let getKey: JWTVerifyGetKey | Promise<CryptoKey>;
  if (options.jwks) getKey = createLocalJWKSet(options.jwks as never);
  else if (options.publicKeyPem) getKey = importSPKI(options.publicKeyPem, TOKEN_ALG);
  else if (options.jwksUrl)
    getKey = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
  else throw new Error('token verifier needs jwksUrl, publicKeyPem or jwks');

  return async (token) => {
    if (!token) throw new TokenError('missing', 'no access token');
    if (token.split('.').length !== 3) throw new TokenError('malformed', 'access token is not a JWT');
    let payload: JWTPayload;
    try {
      const key = typeof getKey === 'function' ? getKey : await getKey;
      ({ payload } = await jwtVerify(token, key as never, {
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        algorithms: [TOKEN_ALG],
        clockTolerance: options.clockToleranceSeconds ?? 5,
      }));
    } catch (err) {
      // The key service being unreachable is an outage, not a bad token: let it surface as such.
      if (err instanceof joseErrors.JWKSTimeout || (err instanceof TypeError && /fetch/i.test(err.message)))
        throw err;
      if (err instanceof joseErrors.JWTExpired) throw new TokenError('expired', 'access token has expired');
      if (err instanceof joseErrors.JWSInvalid || err instanceof joseErrors.JWTInvalid)
        throw new TokenError('malformed', 'access token is malformed');
      throw new TokenError('invalid', 'access token could not be verified');
    }
    return claimsFromPayload(payload);
  };
}

function tenantRef(value: unknown): TenantRef {
  const v = value as Partial<TenantRef> | undefined;
  if (
    !v ||
    typeof v.id !== 'string' ||
    typeof v.path !== 'string' ||
    !v.path.endsWith(`/${v.id}/`) ||
    !TENANT_KINDS.includes(v.kind as never)
  ) {
    throw new TokenError('invalid', 'access token names no valid tenant');
  }
  return { id: v.id, path: v.path, kind: v.kind as TenantRef['kind'] };
}

/** Validates the shape of a verified payload: a signed token with wrong claims is still refused. */
function claimsFromPayload(payload: JWTPayload): AccessClaims {
  const roles = payload.roles;
  if (!payload.sub || !Array.isArray(roles) || roles.length === 0 || !roles.every((r) => ROLES.includes(r))) {
    throw new TokenError('invalid', 'access token carries no valid roles');
  }
  const home = tenantRef(payload.home);
  const scope = tenantRef(payload.scope);
  if (!scope.path.startsWith(home.path))
    throw new TokenError('invalid', 'token scope lies outside its home tenant');
  return { sub: payload.sub, name: String(payload.name ?? ''), roles, home, scope };
}
