import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type CryptoKey,
  calculateJwkThumbprint,
  exportJWK,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  importPKCS8,
  importSPKI,
  type JWK,
} from 'jose';

export const TOKEN_ALG = 'ES256';
export const TOKEN_ISSUER = 'frontline';
export const TOKEN_AUDIENCE = 'frontline-api';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

async function keyFromPem(privatePem: string, publicPem: string): Promise<SigningKey> {
  const privateKey = await importPKCS8(privatePem, TOKEN_ALG);
  const publicKey = await importSPKI(publicPem, TOKEN_ALG, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return { kid, privateKey, publicKey, publicJwk: { ...publicJwk, kid, alg: TOKEN_ALG, use: 'sig' } };
}

/** Production: keys come from configuration (PEM strings). */
export function signingKeyFromPem(privatePem: string, publicPem: string): Promise<SigningKey> {
  return keyFromPem(privatePem, publicPem);
}

/**
 * Development: a key pair generated on first start and kept in `dir`, so tokens survive restarts.
 */
export async function loadOrCreateDevKey(dir: string): Promise<SigningKey> {
  const privPath = join(dir, 'jwt-private.pem');
  const pubPath = join(dir, 'jwt-public.pem');
  try {
    return await keyFromPem(await readFile(privPath, 'utf8'), await readFile(pubPath, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALG, { extractable: true });
  await mkdir(dir, { recursive: true });
  await writeFile(privPath, await exportPKCS8(privateKey), { mode: 0o600 });
  await writeFile(pubPath, await exportSPKI(publicKey));
  return keyFromPem(await readFile(privPath, 'utf8'), await readFile(pubPath, 'utf8'));
}
