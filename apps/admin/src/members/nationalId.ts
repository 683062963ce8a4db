/** What the form can tell from an 18-character resident ID number before the server checks it. */
export const NATIONAL_ID_FORMAT = /^\d{17}[\dXx]$/;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** GB 11643 check character of the first 17 digits. */
export function nationalIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/**
 * Birth date and gender as written in a well-formed ID number, to prefill the form. The full
 * check (check character, real date) is the server's: its message shows under the field.
 */
export function readNationalId(raw: string): { birthDate: string; gender: 'MALE' | 'FEMALE' } | null {
  const id = raw.trim();
  if (!NATIONAL_ID_FORMAT.test(id)) return null;
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (Number.isNaN(Date.parse(`${birthDate}T00:00:00Z`))) return null;
  return { birthDate, gender: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

/** Mainland mobile numbers: 11 digits from 13 to 19; spaces, dashes and +86 are tolerated. */
export function isMobile(raw: string): boolean {
  return /^1[3-9]\d{9}$/.test(raw.replace(/[\s-]/g, '').replace(/^\+?86/, ''));
}
