import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Personal data at rest: AES-256-GCM ciphertext for reading back (with permission), an HMAC for
 * exact lookups (dedup) without decrypting, and a masked form for everyday display.
 */
export interface PiiKeys {
  encryptionKey: Buffer;
  hmacKey: Buffer;
}

const VERSION = 'v1';

export class PiiCipher {
  // Key objects made once: passing raw key bytes makes Node build one per call (3-6x slower, which
  // shows when a roster import hashes and seals 100,000 rows).
  readonly #encryptionKey: KeyObject;
  readonly #hmacKey: KeyObject;

  constructor(keys: PiiKeys) {
    if (keys.encryptionKey.length !== 32) throw new Error('PII encryption key must be 32 bytes');
    if (keys.hmacKey.length < 32) throw new Error('PII HMAC key must be at least 32 bytes');
    this.#encryptionKey = createSecretKey(keys.encryptionKey);
    this.#hmacKey = createSecretKey(keys.hmacKey);
  }

  /** `v1.<iv>.<tag>.<ciphertext>` in base64url; a new IV every time. */
  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#encryptionKey, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), data]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  decrypt(sealed: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || data === undefined) throw new Error('not a sealed PII value');
    const decipher = createDecipheriv('aes-256-gcm', this.#encryptionKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  /** Keyed hash for equality lookups; `purpose` keeps hashes of different fields apart. */
  hash(purpose: string, value: string): string {
    return createHmac('sha256', this.#hmacKey).update(`${purpose}\u0000${value}`).digest('base64url');
  }
}

/** Keys from configuration (base64), or in development a pair kept under `dir` across restarts. */
export async function loadPiiKeys(options: {
  encryptionKey?: string;
  hmacKey?: string;
  devDir?: string;
  production: boolean;
}): Promise<PiiKeys> {
  if (options.encryptionKey && options.hmacKey) {
    return {
      encryptionKey: Buffer.from(options.encryptionKey, 'base64'),
      hmacKey: Buffer.from(options.hmacKey, 'base64'),
    };
  }
  if (options.production || !options.devDir)
    throw new Error('PII_ENCRYPTION_KEY and PII_HMAC_KEY are required');
  const file = join(options.devDir, 'pii-keys.json');
  try {
    const saved = JSON.parse(await readFile(file, 'utf8'));
    return {
      encryptionKey: Buffer.from(saved.encryptionKey, 'base64'),
      hmacKey: Buffer.from(saved.hmacKey, 'base64'),
    };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const keys = { encryptionKey: randomBytes(32), hmacKey: randomBytes(32) };
  await mkdir(options.devDir, { recursive: true });
  await writeFile(
    file,
    JSON.stringify({
      encryptionKey: keys.encryptionKey.toString('base64'),
      hmacKey: keys.hmacKey.toString('base64'),
    }),
    { mode: 0o600 },
  );
  return keys;
}

/** `110105198001011234` → `1101**********1234`. */
export function maskNationalId(id: string): string {
  return id.length <= 8
    ? '*'.repeat(id.length)
    : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** `13812345678` → `138****5678`. */
export function maskPhone(phone: string): string {
  return phone.length < 7
    ? '*'.repeat(phone.length)
    : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999 check character of the first 17 digits. */
export function nationalIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

export interface NationalIdInfo {
  birthDate: string;
  gender: 'MALE' | 'FEMALE';
}

/**
 * Validates an 18-character resident ID number (GB 11643): digits, a real birth date and the
 * check character. Returns what the number says (birth date, gender), or null if it is not valid.
 */
export function parseNationalId(raw: string): NationalIdInfo | null {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  if (nationalIdCheckChar(id.slice(0, 17)) !== id[17]) return null;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || date > new Date()) return null;
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

/** Mainland mobile numbers: 11 digits starting 13–19; spaces, dashes and +86 are tolerated. */
export function normalizeMobile(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '').replace(/^(\+?86)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}
