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
 * Runs `explain <options> <sql>` as the service runs it — frontline_app, app.scope_path set, jit off
 * (the kit's `forScope` session) — then rolls back.
 */
export async function explainAsApp(client, scopePath, sql, options = 'analyze, buffers') {
  await client.query('begin');
  try {
    await client.query('set local role frontline_app');
    await client.query('set local jit = off');
    await client.query(`select set_config('app.scope_path', $1, true)`, [scopePath]);
    const { rows } = await client.query(`explain (${options}) ${sql}`);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.query('rollback');
  }
}

/**
 * Which indexes a plan reads and which tables it scans sequentially; `jit` is whether it was (an
 * ANALYZE plan says so) or would be (its top cost exceeds `jitAbove`) JIT-compiled.
 */
export function accessPaths(plan, jitAbove = Number.POSITIVE_INFINITY) {
  const indexes = new Set();
  const seq = new Set();
  const unquote = (name) => name.replace(/^"|"$/g, '');
  for (const m of plan.matchAll(/Index (?:Only )?Scan(?: Backward)? using (\S+)/g))
    indexes.add(unquote(m[1]));
  for (const m of plan.matchAll(/Bitmap Index Scan on (\S+)/g)) indexes.add(unquote(m[1]));
  for (const m of plan.matchAll(/Seq Scan on (\S+)/g)) seq.add(m[1]);
  const topCost = Number(/cost=[\d.]+\.\.([\d.]+)/.exec(plan)?.[1] ?? 0);
  return { indexes: [...indexes], seq: [...seq], jit: /^JIT:/m.test(plan) || topCost > jitAbove };
}
