// Captures the SQL the ORM actually sends for one request (MikroORM inlines parameters, so the
// logged text is what PostgreSQL runs) and explains it as the application role under the scope.

const TOOK = / \[took (\d+) ms(?:, [^\]]*)?\]$/;

/** MikroORM's query log lines (`[query] <sql> [took N ms, M results]`) → the data statements. */
export function dataStatements(lines) {
  const out = [];
  for (const raw of lines) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colours if a TTY forced them on
    let line = String(raw).replace(/\x1B\[[0-9;]*m/g, '');
    if (!line.startsWith('[query] ')) continue;
    line = line.slice('[query] '.length).replace(/^\([^)]*\) /, '');
    const took = TOOK.exec(line);
    const sql = took ? line.slice(0, took.index) : line;
    if (!/^(select|with)\b/i.test(sql) || /^select set_config/i.test(sql)) continue;
    out.push({ sql, tookMs: took ? Number(took[1]) : null });
  }
  return out;
}

/**
 * Runs `explain <options> <sql>` as the application does (`forScope` in the kit: a transaction,
 * `set local role frontline_app`, `app.scope_path`, `jit = off`), then rolls back.
 */
export async function explainAsApp(client, scopePath, sql, options = 'analyze, buffers') {
  await client.query('begin');
  try {
    await client.query('set local role frontline_app');
    await client.query(`select set_config('app.scope_path', $1, true)`, [scopePath]);
    await client.query('set local jit = off');
    const { rows } = await client.query(`explain (${options}) ${sql}`);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.query('rollback');
  }
}

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

/** Which indexes a plan reads and which tables it scans sequentially. */
export function accessPaths(plan) {
  const indexes = new Set();
  const seq = new Set();
  const unquote = (name) => name.replace(/^"|"$/g, '');
  for (const m of plan.matchAll(/Index (?:Only )?Scan(?: Backward)? using (\S+)/g))
    indexes.add(unquote(m[1]));
  for (const m of plan.matchAll(/Bitmap Index Scan on (\S+)/g)) indexes.add(unquote(m[1]));
  for (const m of plan.matchAll(/Seq Scan on (\S+)/g)) seq.add(m[1]);
  return { indexes: [...indexes], seq: [...seq] };
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
