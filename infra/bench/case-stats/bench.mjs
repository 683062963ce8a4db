import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTokenVerifier, loadOrCreateDevKey, signAccessToken } from '@frontline/auth-tokens';
import { machineFacts, mdTable } from '@frontline/bench-common/report.mjs';
import { measure, rssSampler, summarize } from '@frontline/bench-common/runner.mjs';
import { openDatabase, scopeUpperBound } from '@frontline/subgraph-kit';
import { createThrowawayPostgres } from '@frontline/subgraph-kit/testing';
import { graphql } from '@frontline/tenants/testing';
import pg from 'pg';
import { buildTenants, seed } from './lib/dataset.mjs';
import { accessPaths, dataStatements, explainAsApp, statementKind } from './lib/explain.mjs';
import { buildRollup, dropRollup, rollupStatements } from './lib/rollup.mjs';
import { scenariosFor } from './lib/scenarios.mjs';

process.env.MIKRO_ORM_NO_COLOR = 'true';

const COVER_COLUMNS = 'kind, status, source, satisfaction, first_responded_at, resolved_at, next_due_at';
/** Candidate changes, each measured on its own (created after the baseline, dropped afterwards). */
const CANDIDATES = {
  cover: {
    label: '(a) `(tenant_path, received_at) include (…)` as in the issue',
    sql: `create index case_tenant_path_receivedAt_cover_idx on cases."case" (tenant_path, received_at) include (${COVER_COLUMNS})`,
  },
  coverHandling: {
    label: '(a′) the same + `handling_tenant_path` in INCLUDE (the RLS policy reads it)',
    sql: `create index case_tenant_path_receivedAt_cover2_idx on cases."case" (tenant_path, received_at) include (${COVER_COLUMNS}, handling_tenant_path)`,
  },
  tenantIdCover: {
    label: '(a″) `(tenant_id, received_at) include (…)`',
    sql: `create index case_tenant_receivedAt_cover_idx on cases."case" (tenant_id, received_at) include (${COVER_COLUMNS}, tenant_path, handling_tenant_path)`,
  },
};

const env = process.env;
const num = (name, dflt) => (env[name] ? Number(env[name]) : dflt);
const cfg = {
  cases: num('BENCH_CASES', 200_000),
  unions: num('BENCH_UNIONS', 200),
  runs: num('BENCH_RUNS', 30),
  warmup: num('BENCH_WARMUP', 3),
  c8Requests: num('BENCH_C8_REQUESTS', 48),
  sqlRuns: num('BENCH_SQL_RUNS', 15),
  only: env.BENCH_ONLY ? new RegExp(env.BENCH_ONLY) : null,
  candidates: (env.BENCH_CANDIDATES ?? 'cover,coverHandling,tenantIdCover')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
  /** Extra candidate SQL (run as the owner after the baseline, then ANALYZE), measured like the others. */
  extraSql: env.BENCH_EXTRA_SQL ?? '',
  rollup: env.BENCH_ROLLUP !== '0',
  keepDb: env.BENCH_KEEP_DB === '1',
  out: env.BENCH_OUT ?? '',
};
for (const c of cfg.candidates) if (!CANDIDATES[c]) throw new Error(`unknown candidate ${c}`);

const startedAt = new Date();
const loadAtStart = os.loadavg();
const loadSamples = [];
const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s`;
const log = (msg) => console.log(`[${elapsed()}] ${msg}`);
const fmt = (ms) => (ms == null || Number.isNaN(ms) ? '—' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const resources = {};
let cleanedUp = false;
async function cleanup() {
  if (cleanedUp) return;
  cleanedUp = true;
  const steps = [
    ['service', () => resources.service?.close()],
    ['orm', () => resources.db?.close()],
    ['owner connection', () => resources.owner?.end()],
    ['database', () => (cfg.keepDb ? log(`kept database ${resources.pgdb?.url}`) : resources.pgdb?.drop())],
    ['temp dir', () => resources.tmp && rm(resources.tmp, { recursive: true, force: true })],
  ];
  for (const [what, step] of steps) {
    try {
      await step();
    } catch (err) {
      console.error(`cleanup of ${what} failed:`, err);
    }
  }
  if (resources.pgdb && !cfg.keepDb) log(`dropped database ${resources.pgdb.name}`);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    cleanup().finally(() => process.exit(130));
  });
}

async function main() {
  const casesEntry = import.meta.resolve('@frontline/cases/testing');
  // The package exports only ./testing; its app and schema modules sit beside it in dist/.
  const { loadCasesConfig, startCasesService } = await import(new URL('./app.js', casesEntry).href);
  const { entities, migrations, SCHEMA_NAME } = await import(new URL('./schema.js', casesEntry).href);

  log(`config ${JSON.stringify({ ...cfg, only: cfg.only?.source ?? null })}`);
  resources.tmp = await mkdtemp(join(os.tmpdir(), 'frontline-bench-cases-'));
  const pgdb = await createThrowawayPostgres('frontline_bench_cases');
  resources.pgdb = pgdb;
  log(`created database ${pgdb.name}`);

  let captured = null;
  const db = await openDatabase({
    schema: SCHEMA_NAME,
    entities,
    migrations,
    databaseUrl: pgdb.url,
    logger: { debug: (o) => captured?.push(o.orm) },
  });
  resources.db = db;
  log(`migrated: ${(await db.migrate()).join(', ')}`);

  const owner = new pg.Client({ connectionString: pgdb.url });
  await owner.connect();
  resources.owner = owner;

  const data = buildTenants(cfg.unions, cfg.cases);
  log(`loading ${cfg.cases.toLocaleString('en')} cases into ${cfg.unions} unions + 4 federations …`);
  const loadStart = performance.now();
  const loadTimings = await seed(owner, data, log);
  loadTimings.total = (performance.now() - loadStart) / 1000;
  log(`loaded in ${loadTimings.total.toFixed(0)} s`);
  const facts = await databaseFacts(owner);
  log(`facts: ${JSON.stringify(facts.counts)}`);

  // Tokens signed directly with a dev key; the service verifies them against its public JWK.
  const key = await loadOrCreateDevKey(join(resources.tmp, 'keys'));
  const sign = async (tenant) => {
    const ref = { id: tenant.id, path: tenant.path, kind: tenant.kind };
    const roles = tenant.kind === 'FEDERATION' ? ['FEDERATION_OFFICER'] : ['UNION_OFFICER'];
    return (
      await signAccessToken(
        key,
        { sub: crypto.randomUUID(), name: '基准测试', roles, home: ref, scope: ref },
        4 * 3600,
      )
    ).token;
  };
  const config = loadCasesConfig({
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'warn',
    DATA_DIR: join(resources.tmp, 'data'),
    DATABASE_URL: pgdb.url,
    TENANTS_URL: 'http://127.0.0.1:9/graphql',
    MEMBERS_URL: 'http://127.0.0.1:9/graphql',
    JWT_PUBLIC_KEY: await readFile(join(resources.tmp, 'keys', 'jwt-public.pem'), 'utf8'),
    PII_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
    PII_HMAC_KEY: Buffer.alloc(32, 2).toString('base64'),
  });
  const service = await startCasesService(config, {
    db,
    verifier: createTokenVerifier({ jwks: { keys: [key.publicJwk] } }),
  });
  resources.service = service;
  const url = `${service.server.url}/graphql`;
  log(`cases service on ${url}`);

  const { unions, cities, province } = data;
  const pick = {
    small: unions.at(-1),
    medium: unions[unions.length >> 1],
    large: unions[0],
  };
  const scopes = [
    { key: 'small', label: `union S (${pick.small.n} cases)`, tenant: pick.small },
    { key: 'medium', label: `union M (${pick.medium.n.toLocaleString('en')})`, tenant: pick.medium },
    { key: 'large', label: `union L (${pick.large.n.toLocaleString('en')})`, tenant: pick.large },
    { key: 'fed', label: `city federation (${cities[0].unions.length} unions)`, tenant: cities[0] },
    { key: 'top', label: `province (${unions.length} unions)`, tenant: province },
  ];
  for (const s of scopes) {
    s.token = await sign(s.tenant);
    s.unionsInScope = unions.filter((u) => u.path.startsWith(s.tenant.path)).length;
    s.owned = (
      await owner.query(
        'select count(*)::int as n from cases."case" where tenant_path >= $1 and tenant_path < $2',
        [s.tenant.path, scopeUpperBound(s.tenant.path)],
      )
    ).rows[0].n;
  }

  const call = async (query, variables, token) => {
    const res = await graphql(url, query, { token, variables });
    if (res.status !== 200 || res.errors?.length || !res.data) {
      throw new Error(`request failed (${res.status}): ${JSON.stringify(res.errors ?? res).slice(0, 500)}`);
    }
    return res.data;
  };
  const capture = async (sc) => {
    captured = [];
    db.orm.config.set('debug', ['query', 'query-params']);
    try {
      await call(sc.query, sc.variables, sc.scope.token);
    } finally {
      db.orm.config.set('debug', false);
    }
    const out = dataStatements(captured);
    captured = null;
    for (const st of out) st.kind = statementKind(st.sql);
    return out;
  };

  const all = scopes.flatMap((s) => scenariosFor(s)).filter((sc) => !cfg.only || cfg.only.test(sc.id));
  const c8Id = 'top.stats12m';
  const results = [];
  const rss = rssSampler();

  /** One phase: every scenario at c=1 (warm-up, then exactly `runs`), then top.stats12m at c=8. */
  const runPhase = async (phase, scenarios) => {
    log(`phase ${phase}: ${scenarios.length} scenarios`);
    for (const sc of scenarios) {
      const first = await call(sc.query, sc.variables, sc.scope.token);
      const matched = sc.matches(first);
      const levels = [1, ...(sc.id === c8Id ? [8] : [])];
      for (const [i, concurrency] of levels.entries()) {
        const n = concurrency === 1 ? cfg.runs : cfg.c8Requests;
        const r = await measure(() => call(sc.query, sc.variables, sc.scope.token), {
          concurrency,
          warmup: i === 0 ? cfg.warmup : 0,
          warmupSeconds: 60,
          maxRequests: n,
          minRequests: n,
          seconds: 1e9,
        });
        const load1 = os.loadavg()[0];
        loadSamples.push(load1);
        results.push({ phase, sc, matched, concurrency, ...r, load1 });
        log(
          `${phase.padEnd(14)} ${sc.id.padEnd(15)} c=${concurrency} n=${String(r.n).padStart(3)} p50 ${fmt(r.p50).padStart(6)} ` +
            `p95 ${fmt(r.p95).padStart(6)} p99 ${fmt(r.p99).padStart(6)} ms  ${r.rps.toFixed(1)} req/s  load ${load1.toFixed(1)}  matches ${matched}`,
        );
      }
    }
  };

  const statsScenarios = all.filter((sc) => sc.kind === 'stats');

  // Plans: every statement of caseStats at the province for 12 months, and the two list queries.
  const plans = [];
  const explainScenario = async (phase, id, onlyKinds) => {
    const sc = all.find((x) => x.id === id);
    if (!sc) return;
    for (const st of await capture(sc)) {
      if (onlyKinds && !onlyKinds.includes(st.kind)) continue;
      const plan = await explainAsApp(owner, sc.scope.tenant.path, st.sql, 'analyze, buffers');
      plans.push({ phase, sc, ...st, plan, paths: accessPaths(plan) });
    }
  };

  await runPhase('baseline', all);
  // The two cohort statements of every stats scenario, as the ORM sent them (for the SQL-level A/B).
  for (const sc of statsScenarios) {
    const stmts = await capture(sc);
    sc.main = stmts.find((x) => x.kind === 'stats: totals/byChild/byMonth')?.sql;
    sc.kinds = stmts.find((x) => x.kind === 'stats: byKind/byStatus')?.sql;
    if (!sc.main || !sc.kinds) throw new Error(`cohort statements not captured for ${sc.id}`);
  }
  await explainScenario('baseline', 'top.stats12m');
  await explainScenario('baseline', 'top.overdue');
  await explainScenario('baseline', 'top.urgency');

  const candidates = cfg.candidates.map((k) => ({ key: k, ...CANDIDATES[k] }));
  if (cfg.extraSql) candidates.push({ key: 'extra', label: 'BENCH_EXTRA_SQL', sql: cfg.extraSql });
  const candidateFacts = [];
  /** Creates a candidate (then ANALYZE) and returns the index names it added. */
  const createCandidate = async (c) => {
    const before = await indexNames(owner);
    await owner.query(c.sql);
    await owner.query('analyze cases."case"');
    return (await indexNames(owner)).filter((n) => !before.includes(n));
  };
  for (const c of candidates) {
    const s = performance.now();
    const created = await createCandidate(c);
    const sizes = await Promise.all(
      created.map(async (n) => ({
        n,
        bytes: Number((await owner.query(`select pg_relation_size('cases."${n}"') as b`)).rows[0].b),
      })),
    );
    candidateFacts.push({ ...c, seconds: (performance.now() - s) / 1000, sizes });
    log(`candidate ${c.key}: ${created.join(', ')} in ${((performance.now() - s) / 1000).toFixed(1)} s`);
    await runPhase(c.key, statsScenarios);
    await explainScenario(c.key, 'top.stats12m', ['stats: totals/byChild/byMonth', 'stats: byKind/byStatus']);
    for (const n of created) await owner.query(`drop index cases."${n}"`);
  }

  let rollup = null;
  if (cfg.rollup) {
    log('building the rollup prototype …');
    rollup = await buildRollup(owner);
    log(`rollup: ${JSON.stringify(rollup)}`);
  }

  // SQL-level A/B, paired and interleaved so that other work on the machine hits every variant
  // alike: all candidate indexes exist; each variant runs in a transaction that first drops the
  // ones not its own (rolled back after), then the statements as the service runs them.
  const variants = [{ key: 'baseline', own: [] }];
  for (const c of candidates) variants.push({ key: c.key, own: await createCandidate(c) });
  if (rollup) variants.push({ key: 'rollup', own: [], rollup: true });
  const allCandidateIndexes = variants.flatMap((v) => v.own);
  const runVariant = async (v, sc) => {
    const out = [];
    await owner.query('begin');
    try {
      for (const n of allCandidateIndexes)
        if (!v.own.includes(n)) await owner.query(`drop index cases."${n}"`);
      await owner.query('set local role frontline_app');
      await owner.query('set local jit = off');
      await owner.query(`select set_config('app.scope_path', $1, true)`, [sc.scope.tenant.path]);
      const p = sc.variables;
      const stmts = v.rollup
        ? rollupStatements(sc.scope.tenant.path, scopeUpperBound(sc.scope.tenant.path), p.from, p.to)
        : [sc.main, sc.kinds];
      for (const sql of stmts) {
        const t = performance.now();
        await owner.query(sql);
        out.push(performance.now() - t);
      }
    } finally {
      await owner.query('rollback');
    }
    return out;
  };
  const sqlLevel = {};
  log(`SQL-level A/B: ${variants.map((v) => v.key).join(', ')} × ${cfg.sqlRuns} paired runs`);
  for (const sc of statsScenarios) {
    const samples = Object.fromEntries(variants.map((v) => [v.key, [[], []]]));
    for (const v of variants) await runVariant(v, sc); // warm-up
    for (let i = 0; i < cfg.sqlRuns; i++) {
      for (const v of i % 2 ? [...variants].reverse() : variants) {
        const t = await runVariant(v, sc);
        samples[v.key][0].push(t[0]);
        samples[v.key][1].push(t[1]);
      }
    }
    sqlLevel[sc.id] = { sc, load1: os.loadavg()[0] };
    for (const v of variants) {
      const [a, b] = samples[v.key];
      sqlLevel[sc.id][v.key] = {
        main: summarize(a, 1),
        kinds: summarize(b, 1),
        both: summarize(
          a.map((x, i) => x + b[i]),
          1,
        ),
      };
    }
    const line = variants.map((v) => `${v.key} ${fmt(sqlLevel[sc.id][v.key].both.p50)}`).join(', ');
    log(`  ${sc.id.padEnd(15)} p50 of both statements: ${line}  load ${os.loadavg()[0].toFixed(1)}`);
  }
  for (const n of allCandidateIndexes) await owner.query(`drop index cases."${n}"`);

  if (rollup) {
    const top = statsScenarios.find((x) => x.id === 'top.stats12m');
    if (top) {
      const p = top.variables;
      for (const sql of rollupStatements(province.path, scopeUpperBound(province.path), p.from, p.to)) {
        const plan = await explainAsApp(owner, province.path, sql, 'analyze, buffers');
        plans.push({ phase: 'rollup', sc: top, kind: 'rollup', sql, plan, paths: accessPaths(plan) });
      }
      rollup.accuracy = await rollupAccuracy(owner, top, rollupStatements, province.path);
    }
    await dropRollup(owner);
  }
  const peakRss = rss.peak();
  rss.stop();

  const machine = await machineFacts(owner);
  const report = renderReport({
    cfg,
    machine,
    facts,
    loadTimings,
    scopes,
    results,
    sqlLevel,
    plans,
    candidateFacts,
    rollup,
    peakRss,
    runtime: (performance.now() - t0) / 1000,
  });
  const out = cfg.out ? pathToFileURL(resolve(cfg.out)) : new URL('./RESULTS.md', import.meta.url);
  await writeFile(out, report);
  console.log(`\n${comparisonTable(results)}\n\n${sqlTable(sqlLevel)}\n`);
  console.log(`written to ${out.pathname}`);
}

async function indexNames(client) {
  return (
    await client.query(`select indexname from pg_indexes where schemaname = 'cases' and tablename = 'case'`)
  ).rows.map((r) => r.indexname);
}

/** Exact medians (live) against the histogram medians (rollup), province 12 months. */
async function rollupAccuracy(client, sc, statements, path) {
  const p = sc.variables;
  await client.query('begin');
  try {
    await client.query('set local role frontline_app');
    await client.query(`select set_config('app.scope_path', $1, true)`, [path]);
    const [, med] = statements(path, scopeUpperBound(path), p.from, p.to);
    const rows = (await client.query(med)).rows.filter((r) => r.g_child === 1 && r.g_month === 1);
    const exact = (
      await client.query(
        `select percentile_cont(0.5) within group (order by extract(epoch from first_responded_at - received_at)) / 3600 as fr,
                percentile_cont(0.5) within group (order by extract(epoch from resolved_at - received_at)) filter (where resolved_at is not null) / 3600 as res
           from cases."case" where tenant_path >= $1 and tenant_path < $2
            and received_at >= ($3::date)::timestamp at time zone 'Asia/Shanghai'
            and received_at < ($4::date + 1)::timestamp at time zone 'Asia/Shanghai'`,
        [path, scopeUpperBound(path), p.from, p.to],
      )
    ).rows[0];
    return {
      firstResponse: {
        exact: Number(exact.fr),
        rollup: Number(rows.find((r) => r.metric === 1)?.median_hours),
      },
      resolution: {
        exact: Number(exact.res),
        rollup: Number(rows.find((r) => r.metric === 2)?.median_hours),
      },
    };
  } finally {
    await client.query('rollback');
  }
}

async function databaseFacts(client) {
  const one = async (sql, params) => (await client.query(sql, params)).rows;
  const [counts] = await one(`select
      (select count(*) from cases."case")::int as cases,
      (select count(*) from cases.case_member)::int as case_members,
      (select count(*) from cases.case_event)::int as case_events,
      (select count(*) from cases.assistance)::int as assistance,
      (select count(*) from cases."case" where next_due_at < '9999-12-31')::int as open,
      (select count(*) from cases."case" where next_due_at < now())::int as overdue,
      (select count(*) from cases."case" where escalated_at is not null)::int as escalated,
      (select count(*) from cases."case" where dispatched_at is not null)::int as dispatched`);
  const mix = async (col) =>
    (
      await one(
        `select coalesce(${col}, '(none)') as v, round(100.0 * count(*) / sum(count(*)) over (), 1)::float8 as pct from cases."case" group by 1 order by 2 desc`,
      )
    )
      .map((r) => `${r.v} ${r.pct}%`)
      .join(', ');
  const sizes = await one(`select c.relname as name, c.relkind as kind, pg_relation_size(c.oid) as bytes,
        coalesce(t.relname, c.relname) as tbl
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      left join pg_index i on i.indexrelid = c.oid left join pg_class t on t.oid = i.indrelid
     where n.nspname = 'cases' and coalesce(t.relname, c.relname) in ('case', 'case_member', 'case_event', 'assistance')
       and c.relkind in ('r', 'i') order by tbl, c.relkind desc, bytes desc`);
  return {
    counts,
    mix: {
      kind: await mix('kind'),
      status: await mix('status'),
      satisfaction: await mix('satisfaction'),
      source: await mix('source'),
    },
    sizes,
  };
}

const R = 'right';

function latencyTable(results) {
  return mdTable(
    [
      ['phase'],
      ['scope'],
      ['scenario'],
      ['matches', R],
      ['c', R],
      ['n', R],
      ['p50 ms', R],
      ['p95 ms', R],
      ['p99 ms', R],
      ['max ms', R],
      ['req/s', R],
      ['load', R],
    ],
    results.map((r) => [
      r.phase,
      r.sc.scope.label,
      r.sc.label,
      r.matched.toLocaleString('en'),
      r.concurrency,
      r.n,
      fmt(r.p50),
      fmt(r.p95),
      fmt(r.p99),
      fmt(r.max),
      r.rps.toFixed(1),
      r.load1.toFixed(1),
    ]),
  );
}

/** Per stats scenario: p50 / p95 / p99 of each phase side by side. */
function comparisonTable(results) {
  const phases = [...new Set(results.map((r) => r.phase))];
  const keys = [
    ...new Set(results.filter((r) => r.sc.kind === 'stats').map((r) => `${r.sc.id}@${r.concurrency}`)),
  ];
  return mdTable(
    [['scenario'], ['c', R], ...phases.map((p) => [`${p} p50 / p95 / p99 ms`, R])],
    keys.map((k) => {
      const [id, c] = k.split('@');
      const any = results.find((r) => r.sc.id === id);
      return [
        `${any.sc.scope.label}: ${any.sc.label}`,
        c,
        ...phases.map((p) => {
          const r = results.find((x) => x.phase === p && x.sc.id === id && String(x.concurrency) === c);
          return r ? `${fmt(r.p50)} / ${fmt(r.p95)} / ${fmt(r.p99)}` : '—';
        }),
      ];
    }),
  );
}

function sqlTable(sqlLevel) {
  const rows = Object.values(sqlLevel);
  if (!rows.length) return '';
  const keys = Object.keys(rows[0]).filter((k) => k !== 'sc' && k !== 'load1');
  return mdTable(
    [['scenario'], ...keys.map((k) => [`${k} p50 (p95) ms`, R]), ['load', R]],
    rows.map((x) => [
      `${x.sc.scope.label}: ${x.sc.label}`,
      ...keys.map((k) => `${fmt(x[k].main.p50)} + ${fmt(x[k].kinds.p50)} (${fmt(x[k].both.p95)})`),
      x.load1.toFixed(1),
    ]),
  );
}

function renderReport(x) {
  const { machine, facts, loadTimings, cfg } = x;
  const lines = [];
  const p = (s = '') => lines.push(s);
  p('# Case statistics benchmark — results');
  p();
  p(
    `Generated by \`pnpm --filter @frontline/bench-case-stats run bench\` on ${startedAt.toISOString()} ` +
      `(runtime ${(x.runtime / 60).toFixed(1)} min). Overwritten by every run; see README.md for what is measured ` +
      'and for the findings and recommendation.',
  );
  p();
  p('## Machine');
  p();
  p(
    mdTable(
      [['nproc'], ['CPU'], ['memory'], ['Node'], ['PostgreSQL'], ['commit']],
      [[machine.nproc, machine.cpu, machine.memory, machine.node, machine.postgres, machine.commit]],
    ),
  );
  p();
  p(
    `PostgreSQL settings (server defaults, untouched): ${machine.settings.join(', ')}. The service runs with jit off (the kit's session).`,
  );
  p();
  const la = (l) => l.map((v) => v.toFixed(1)).join(' / ');
  const sorted = [...loadSamples].sort((a, b) => a - b);
  p(
    `Load average at start ${la(loadAtStart)}, at the end ${la(os.loadavg())} (1 / 5 / 15 min). 1-minute load ` +
      `sampled after each measured level: min ${sorted[0]?.toFixed(1)}, median ${sorted[sorted.length >> 1]?.toFixed(1)}, ` +
      `max ${sorted.at(-1)?.toFixed(1)} on ${machine.nproc} cores — this benchmark itself accounts for ~1 (one request ` +
      'at a time, client + service + PostgreSQL backend); anything above that is other work on the machine.',
  );
  p();
  p('## Data');
  p();
  const c = facts.counts;
  p(
    `${c.cases.toLocaleString('en')} cases received over the last 730 days, ${c.case_members.toLocaleString('en')} case members, ` +
      `${c.case_events.toLocaleString('en')} timeline events, ${c.assistance.toLocaleString('en')} assistance records. ` +
      `Open ${c.open.toLocaleString('en')}, overdue now ${c.overdue.toLocaleString('en')}, escalated ${c.escalated.toLocaleString('en')}, ` +
      `dispatched by federations ${c.dispatched.toLocaleString('en')}.`,
  );
  p();
  for (const [k, v] of Object.entries(facts.mix)) p(`- ${k}: ${v}`);
  p();
  p('Scopes (token scope = home = the tenant asked for):');
  p();
  for (const s of x.scopes) {
    p(
      `- **${s.label}** — ${s.tenant.kind}, ${s.unionsInScope} union(s), ${s.owned.toLocaleString('en')} cases owned in its subtree`,
    );
  }
  p();
  p(
    `Load (not the benchmark): ${Object.entries(loadTimings)
      .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
      .join(', ')}.`,
  );
  p();
  p(
    mdTable(
      [['table'], ['relation'], ['kind'], ['size', R]],
      facts.sizes.map((r) => [r.tbl, r.name, r.kind === 'r' ? 'table' : 'index', mb(Number(r.bytes))]),
    ),
  );
  p();
  p('## Latency over HTTP');
  p();
  p(
    `Closed loop over HTTP to the cases service in the same Node process (client and server share the event loop and the ` +
      `${machine.nproc} cores with PostgreSQL). Per scenario and phase: ${cfg.warmup} warm-up requests, then exactly ` +
      `${cfg.runs} at concurrency 1; \`top.stats12m\` also ${cfg.c8Requests} at concurrency 8. Percentiles are nearest-rank ` +
      '(n = 30: p95 is the 29th, p99 the 30th = the maximum). "matches" is `received` for caseStats and `totalCount` for the ' +
      "lists. Phases: `baseline` = the migration's indexes; every other phase = baseline + that one candidate index (created " +
      'after the baseline, ANALYZEd, dropped after its phase).',
  );
  p();
  p('### caseStats, phases side by side (p50 / p95 / p99 ms)');
  p();
  p(comparisonTable(x.results));
  p();
  p('Candidates:');
  p();
  for (const cf of x.candidateFacts) {
    p(
      `- \`${cf.key}\` — ${cf.label}: \`${cf.sql}\` (${cf.sizes.map((s) => `${s.n} ${mb(s.bytes)}`).join(', ')}, built in ${cf.seconds.toFixed(1)} s)`,
    );
  }
  p();
  p('### All measurements');
  p();
  p(latencyTable(x.results));
  p();
  p(`Peak RSS of the process (client + service): ${mb(x.peakRss)}.`);
  p();
  p('## SQL level: the two cohort statements, paired A/B');
  p();
  p(
    'The two statements of caseStats that read the cohort — the main grouping (totals/byChild/byMonth) and ' +
      'byKind/byStatus — captured from the ORM query log (parameters inlined), re-run as the service runs them ' +
      "(`set local role frontline_app`, `set local jit = off`, `app.scope_path` = the scope). All variants' indexes " +
      'exist at once; each run opens a transaction that drops the indexes not its own, runs both statements and rolls ' +
      `back. The variants alternate run by run (${cfg.sqlRuns} runs each, order reversed every other run), so load from ` +
      'other work on the machine hits them alike — this table, not the HTTP phases above, is the fair comparison. ' +
      'Cells: p50 of the main statement + p50 of byKind/byStatus (p95 of their sum). ' +
      (x.rollup
        ? '"rollup" runs the two statements that would replace them on the prototype aggregate (below).'
        : ''),
  );
  p();
  p(sqlTable(x.sqlLevel));
  p();
  if (x.rollup) {
    const r = x.rollup;
    p('## Maintained aggregate prototype');
    p();
    p(
      `\`case_stats_day\` (per tenant, China day, kind, status, visit?, satisfaction: received, open) and \`case_stats_hist\` ` +
        `(per tenant, day, metric, log-spaced hour bin: n) — built from the cases in ${r.seconds.toFixed(1)} s: ` +
        `${r.day_rows.toLocaleString('en')} + ${r.hist_rows.toLocaleString('en')} rows, ${mb(Number(r.bytes))} with their indexes. ` +
        `For scale: ${r.tenant_days.toLocaleString('en')} distinct (tenant, day) pairs and ${r.tenant_months.toLocaleString('en')} ` +
        `(tenant, month) pairs hold cases; a monthly grain with the same dimensions would still have ${r.month_rows.toLocaleString('en')} rows.`,
    );
    if (r.accuracy) {
      p();
      p(
        `Median accuracy (province, 12 months): first response exact ${r.accuracy.firstResponse.exact.toFixed(1)} h vs histogram ` +
          `${r.accuracy.firstResponse.rollup.toFixed(1)} h; resolution exact ${r.accuracy.resolution.exact.toFixed(1)} h vs ` +
          `${r.accuracy.resolution.rollup.toFixed(1)} h.`,
      );
    }
    p();
  }
  p('## Plans');
  p();
  p(
    "`begin; set local role frontline_app; set local jit = off; select set_config('app.scope_path', <scope path>, true); " +
      'explain (analyze, buffers) <sql>; rollback;` — province scope, caseStats for 12 months (all five statements at ' +
      'baseline, the two cohort statements per candidate), the two lists at baseline, and the rollup statements.',
  );
  for (const pl of x.plans) {
    p();
    p(
      `### ${pl.phase} — ${pl.sc.scope.label}: ${pl.sc.label} — ${pl.kind} — indexes: ${pl.paths.indexes.join(', ') || 'none'}; ` +
        `seq scans: ${pl.paths.seq.join(', ') || 'none'}`,
    );
    p();
    p('```sql');
    p(pl.sql);
    p('```');
    p();
    p('```text');
    p(pl.plan);
    p('```');
  }
  p();
  return lines.join('\n');
}

try {
  await main();
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await cleanup();
}
