import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type AccessClaims,
  createTokenVerifier,
  loadOrCreateDevKey,
  signAccessToken,
  TokenError,
} from '../src/index.js';

const dir = await mkdtemp(join(tmpdir(), 'frontline-keys-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const claims: AccessClaims = {
  sub: 'officer-1',
  name: '王芳',
  roles: ['FEDERATION_OFFICER'],
  home: { id: 'a', path: '/a/', kind: 'FEDERATION' },
  scope: { id: 'b', path: '/a/b/', kind: 'ENTERPRISE_UNION' },
};

describe('access tokens', () => {
  it('keeps the dev key across restarts and verifies what it signed', async () => {
    const key = await loadOrCreateDevKey(dir);
    const again = await loadOrCreateDevKey(dir);
    expect(again.kid).toBe(key.kid);
    const { token } = await signAccessToken(key, claims, 60);
    const verify = createTokenVerifier({ jwks: { keys: [again.publicJwk] } });
    await expect(verify(token)).resolves.toEqual(claims);
  });

  it.each([
    ['missing', undefined],
    ['malformed', 'not-a-token'],
    ['malformed', 'a.b.c'],
  ])('refuses a %s token', async (reason, token) => {
    const key = await loadOrCreateDevKey(dir);
    const verify = createTokenVerifier({ jwks: { keys: [key.publicJwk] } });
    await expect(verify(token)).rejects.toMatchObject({ reason });
  });

  it('refuses an expired token', async () => {
    const key = await loadOrCreateDevKey(dir);
    const { token } = await signAccessToken(key, claims, 60, new Date(Date.now() - 3600_000));
    const verify = createTokenVerifier({ jwks: { keys: [key.publicJwk] } });
    await expect(verify(token)).rejects.toMatchObject({ reason: 'expired' });
  });

  it('refuses a token signed by another key', async () => {
    const other = await loadOrCreateDevKey(join(dir, 'other'));
    const key = await loadOrCreateDevKey(dir);
    const { token } = await signAccessToken(other, claims, 60);
    const verify = createTokenVerifier({ jwks: { keys: [key.publicJwk] } });
    await expect(verify(token)).rejects.toBeInstanceOf(TokenError);
  });

  it('refuses a signed token whose scope lies outside its home tenant', async () => {
    const key = await loadOrCreateDevKey(dir);
    const { token } = await signAccessToken(
      key,
      { ...claims, scope: { id: 'x', path: '/x/', kind: 'ENTERPRISE_UNION' } },
      60,
    );
    const verify = createTokenVerifier({ jwks: { keys: [key.publicJwk] } });
    await expect(verify(token)).rejects.toMatchObject({ reason: 'invalid' });
  });
});
