// Short names for the statements of activityStats, coverage and the activity list, for the report; capturing and explaining them is
// shared (@frontline/bench-common/explain.mjs).
export { accessPaths, dataStatements, explainAsApp } from '@frontline/bench-common/explain.mjs';

/** Runs `sql` as the application does and returns the wall time in ms (for candidate rewrites). */
export async function timeAsApp(client, scopePath, sql) {
  await client.query('begin');
  try {
    await client.query('set local role frontline_app');
    await client.query(`select set_config('app.scope_path', $1, true)`, [scopePath]);
    await client.query('set local jit = off');
    const s = performance.now();
    await client.query(sql);
    return performance.now() - s;
  } finally {
    await client.query('rollback');
  }
}

/** A short name for a statement: what it computes. */
export function statementKind(sql) {
  const s = sql.replace(/\s+/g, ' ');
  const table = /from "?activities"?\."?(\w+)"?/i.exec(s)?.[1] ?? '?';
  if (/count\(distinct t\.member_id\)/i.test(s)) return 'reach (members, teams, unions, headcount)';
  if (/^select a\.kind, count\(\*\) filter/i.test(s)) return 'by kind';
  if (/from activities\.heard_item h/i.test(s)) return 'heard by kind';
  if (/count\(distinct a\.id\)::int as visits, max/i.test(s)) return 'visits by team';
  if (/activity_officer o/i.test(s) && /group by t\.team_id, o\.officer_id/i.test(s))
    return 'officers by team';
  if (/distinct on \(t\.team_id\)/i.test(s)) return 'team names';
  if (/max\(a\.starts_at\) as last_at/i.test(s)) return 'last visit per team';
  if (/^select count\(/i.test(s)) return `count ${table}`;
  return `select ${table}`;
}
