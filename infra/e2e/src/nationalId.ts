const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** GB 11643: the 18th character of a resident ID number, from the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/**
 * A valid 18-character ID number that no demo member has: a Beijing region code (the demo unions
 * use 3301xx), a birth date in the 1980s and a random sequence; odd 17th digit for a man.
 */
export function randomNationalId(female = false): string {
  const random = (n: number) => Math.floor(Math.random() * n);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const birth = `${1980 + random(10)}${pad(1 + random(12), 2)}${pad(1 + random(28), 2)}`;
  const genderDigit = 2 * random(5) + (female ? 0 : 1);
  const first17 = `110101${birth}${pad(random(100), 2)}${genderDigit}`;
  return first17 + checkCharacter(first17);
}

/** The same number with a wrong check character: well-formed, but the server refuses it. */
export function withWrongCheck(id: string): string {
  const right = id[17];
  const wrong = [...'0123456789X'].find((c) => c !== right) ?? '0';
  return id.slice(0, 17) + wrong;
}
