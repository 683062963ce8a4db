/**
 * Shared by the subgraphs' demo-data loaders (`DEMO_DATA=1`, as `npm start` runs): the demo
 * accounts' password (apps/tenants/src/modules/demo/demo-data.ts) and repeatable randomness.
 */
export const DEMO_PASSWORD = 'Frontline2026';

/** Signs in a demo officer at the tenants service; the loaders read other subgraphs with it. */
export async function demoLogin(tenantsUrl: string, email: string): Promise<string> {
  const res = await fetch(tenantsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: email, p: DEMO_PASSWORD },
    }),
  });
  const body = (await res.json()) as { data?: { login: { token: string } } };
  if (!body.data) throw new Error(`demo login ${email} failed`);
  return body.data.login.token;
}

/** A seeded generator (mulberry32): the same demo data on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
