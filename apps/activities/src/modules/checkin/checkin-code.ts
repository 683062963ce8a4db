import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errors, jwtVerify, SignJWT } from 'jose';

const AUDIENCE = 'frontline-checkin';

export interface CheckinClaims {
  activityId: string;
  tenantId: string;
  /** The union's path: the check-in routes open their database scope with it, and nothing wider. */
  tenantPath: string;
  nonce: string;
  expiresAt: Date;
}

export type CheckinVerdict =
  | { ok: true; claims: CheckinClaims }
  | { ok: false; reason: 'expired' | 'invalid' };

/** Signs and verifies check-in codes (HS256 JWTs): whoever holds one may check in until it expires. */
export class CheckinCodes {
  readonly #key: Uint8Array;

  constructor(secret: Uint8Array) {
    this.#key = secret;
  }

  sign(claims: CheckinClaims): Promise<string> {
    return new SignJWT({ t: claims.tenantId, p: claims.tenantPath, n: claims.nonce })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.activityId)
      .setAudience(AUDIENCE)
      .setExpirationTime(Math.floor(claims.expiresAt.getTime() / 1000))
      .sign(this.#key);
  }

  async verify(code: string): Promise<CheckinVerdict> {
    try {
      const { payload } = await jwtVerify(code, this.#key, { algorithms: ['HS256'], audience: AUDIENCE });
      const { sub, t, p, n, exp } = payload as Record<string, unknown>;
      if (
        typeof sub !== 'string' ||
        typeof t !== 'string' ||
        typeof p !== 'string' ||
        !p.endsWith('/') ||
        typeof n !== 'string' ||
        typeof exp !== 'number'
      )
        return { ok: false, reason: 'invalid' };
      return {
        ok: true,
        claims: { activityId: sub, tenantId: t, tenantPath: p, nonce: n, expiresAt: new Date(exp * 1000) },
      };
    } catch (err) {
      return { ok: false, reason: err instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}

/**
 * CHECKIN_SECRET (at least 32 characters) in production; in development one is made once under
 * DATA_DIR/keys, like the kit's other development keys, so codes survive a restart.
 */
export async function loadCheckinSecret(options: {
  secret?: string;
  devDir: string;
  production: boolean;
}): Promise<Uint8Array> {
  if (options.secret) {
    if (options.secret.length < 32) throw new Error('CHECKIN_SECRET must be at least 32 characters');
    return new TextEncoder().encode(options.secret);
  }
  if (options.production) throw new Error('CHECKIN_SECRET is required in production');
  const file = join(options.devDir, 'checkin-secret');
  try {
    return new TextEncoder().encode((await readFile(file, 'utf8')).trim());
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const secret = randomBytes(32).toString('base64url');
  await mkdir(options.devDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return new TextEncoder().encode(secret);
}
