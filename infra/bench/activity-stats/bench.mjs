import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTokenVerifier, loadOrCreateDevKey, signAccessToken } from '@frontline/auth-tokens';
import { machineFacts, mdTable } from '@frontline/bench-common/report.mjs';
import { measure, rssSampler, summarize } from '@frontline/bench-common/runner.mjs';
import { openDatabase } from '@frontline/subgraph-kit';
import { createThrowawayPostgres } from '@frontline/subgraph-kit/testing';
import { graphql } from '@frontline/tenants/testing';
import pg from 'pg';
import { CANDIDATES, REWRITES } from './lib/candidates.mjs';
import { buildTenants, seed } from './lib/dataset.mjs';
import { accessPaths, dataStatements, explainAsApp, statementKind, timeAsApp } from './lib/explain.mjs';
import { buildScenarios } from './lib/scenarios.mjs';

process.env.MIKRO_ORM_NO_COLOR = 'true';

const env = process.env;
const num = (name, dflt) => (env[name] ? Number(env[name]) : dflt);
const cfg = {
  activities: num('BENCH_ACTIVITIES', 500_000),
  teams: num('BENCH_TEAMS', 20_000),
  unions: num('BENCH_UNIONS', 200),
  attendees: num('BENCH_ATTENDEES', 6),
  minRequests: num('BENCH_MIN_REQUESTS', 30),
  maxRequests: num('BENCH_REQUESTS', 200),
  seconds: num('BENCH_SECONDS', 3),
  warmup: num('BENCH_WARMUP', 3),
  capSeconds: num('BENCH_CAP_SECONDS', 30),
  floorRequests: num('BENCH_FLOOR_REQUESTS', 10),
  c8: env.BENCH_C8 ? new RegExp(env.BENCH_C8) : /^top\.stats\.12mo$/,
  c8Requests: num('BENCH_C8_REQUESTS', 16),
  only: env.BENCH_ONLY ? new RegExp(env.BENCH_ONLY) : null,
  /** Candidate phases after the baseline, cumulative (each adds its indexes to the previous). */
  candidates: (env.BENCH_CANDIDATES ?? 'cover,teamLed')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
  extraSql: env.BENCH_EXTRA_SQL ?? '',
  rewriteRuns: num('BENCH_REWRITE_RUNS', 7),
  keepDb: env.BENCH_KEEP_DB === '1',
  out: env.BENCH_OUT ?? '',
};
for (const c of cfg.candidates) if (!CANDIDATES[c]) throw new Error(`unknown candidate ${c}`);

const startedAt = new Date();
const loadAtStart = os.loadavg();
const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s`;
const log = (msg) => console.log(`[${elapsed()}] ${msg}`);
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

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
  // Its built modules by path through the workspace link (the package exports at most ./testing).
  const dist = new URL('./node_modules/@frontline/activities/dist/', import.meta.url);
  const { loadActivitiesConfig, startActivitiesService } = await import(new URL('app.js', dist).href);
  const { entities, migrations, SCHEMA_NAME } = await import(new URL('schema.js', dist).href);

  log(`config ${JSON.stringify({ ...cfg, only: cfg.only?.source ?? null, c8: cfg.c8.source })}`);
  resources.tmp = await mkdtemp(join(os.tmpdir(), 'frontline-bench-activities-'));
  const pgdb = await createThrowawayPostgres('frontline_bench_activities');
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
  const applied = await db.migrate();
  log(`migrated: ${applied.join(', ')}`);

  const owner = new pg.Client({ connectionString: pgdb.url });
  await owner.connect();
  resources.owner = owner;

  const data = buildTenants(cfg.unions, cfg.teams, cfg.activities);
  log(
    `loading ${cfg.activities.toLocaleString('en')} activities of ${cfg.unions} unions, ${cfg.teams.toLocaleString('en')} teams …`,
  );
  const loadStart = performance.now();
  const { timings: loadTimings } = await seed(owner, data, { attendeesPerActivity: cfg.attendees, log });
  loadTimings.total = (performance.now() - loadStart) / 1000;
  log(`loaded in ${loadTimings.total.toFixed(0)} s`);
  const facts = await databaseFacts(owner, data);

  // Tokens signed directly with a dev key; the service verifies them against its public JWK.
  const key = await loadOrCreateDevKey(join(resources.tmp, 'keys'));
  const sign = async (tenant, kind) => {
    const ref = { id: tenant.id, path: tenant.path, kind };
    const roles = kind === 'FEDERATION' ? ['FEDERATION_OFFICER'] : ['UNION_OFFICER'];
    return (
      await signAccessToken(
        key,
        { sub: crypto.randomUUID(), name: '基准测试', roles, home: ref, scope: ref },
        6 * 3600,
      )
    ).token;
  };
  const config = loadActivitiesConfig({
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'warn',
    DATA_DIR: join(resources.tmp, 'data'),
    DATABASE_URL: pgdb.url,
    JWT_PUBLIC_KEY: await readFile(join(resources.tmp, 'keys', 'jwt-public.pem'), 'utf8'),
    CHECKIN_SECRET: 'bench-checkin-secret-0123456789abcdef',
    CASES_URL: 'http://127.0.0.1:9/graphql',
  });
  const service = await startActivitiesService(config, {
    db,
    verifier: createTokenVerifier({ jwks: { keys: [key.publicJwk] } }),
  });
  resources.service = service;
  const url = `${service.server.url}/graphql`;
  log(`activities service on ${url}`);

  const { unions, cities, province } = data;
  const mid = unions[unions.length >> 1];
  const small = unions.at(-1);
  const largest = unions[0];
  const ulabel = (tag, u) =>
    `union ${tag} (${u.activities.toLocaleString('en')} act., ${u.teams.toLocaleString('en')} teams)`;
  const scopes = [
    { key: 'small', label: ulabel('S', small), tenant: small, kind: 'ENTERPRISE_UNION' },
    { key: 'medium', label: ulabel('M', mid), tenant: mid, kind: 'ENTERPRISE_UNION' },
    { key: 'large', label: ulabel('L', largest), tenant: largest, kind: 'ENTERPRISE_UNION' },
    {
      key: 'fed',
      label: `city federation (${cities[0].unions.length} unions)`,
      tenant: cities[0],
      kind: 'FEDERATION',
    },
    { key: 'top', label: `province (${unions.length} unions)`, tenant: province, kind: 'FEDERATION' },
  ];
  for (const s of scopes) {
    s.token = await sign(s.tenant, s.kind);
    s.unionsInScope = unions.filter((u) => u.path.startsWith(s.tenant.path));
    s.activities = s.unionsInScope.reduce((a, u) => a + u.activities, 0);
    s.teams = s.unionsInScope.reduce((a, u) => a + u.teams, 0);
  }
  const call = async (query, variables, token) => {
    const res = await graphql(url, query, { token, variables });
    if (res.status !== 200 || res.errors?.length || !res.data) {
      throw new Error(`request failed (${res.status}): ${JSON.stringify(res.errors ?? res).slice(0, 500)}`);
    }
    return res.data;
  };

  const { scenarios, periods } = buildScenarios(scopes, data);
  const selected = scenarios.filter((sc) => !cfg.only || cfg.only.test(sc.id));
  const phases = [
    { key: 'baseline', label: "baseline (the migrations' indexes)", sql: [] },
    ...cfg.candidates.map((k) => ({ key: k, ...CANDIDATES[k] })),
  ];
  if (cfg.extraSql) phases.push({ key: 'extra', label: 'BENCH_EXTRA_SQL', sql: [cfg.extraSql] });

  const rss = rssSampler();
  const results = [];
  const phaseFacts = [];
  const plans = [];
  const rewriteResults = [];
  for (const [pi, phase] of phases.entries()) {
    if (phase.sql.length) {
      const s = performance.now();
      for (const sql of phase.sql) await owner.query(sql);
      for (const table of ['activity', 'activity_team', 'attendance', 'heard_item', 'activity_officer'])
        await owner.query(`analyze activities.${table}`);
      const seconds = (performance.now() - s) / 1000;
      const names = phase.sql.map((x) => /index "?([^"\s]+)"?/i.exec(x)?.[1]).filter(Boolean);
      const sizes = (
        await owner.query(
          `select c.relname as name, pg_relation_size(c.oid) as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'activities' and c.relname = any($1)`,
          [names],
        )
      ).rows;
      phaseFacts.push({ ...phase, seconds, sizes });
      log(`phase ${phase.key}: ${names.join(', ')} in ${seconds.toFixed(1)} s`);
    }
    log(`phase ${phase.key}: running ${selected.length} scenarios`);
    for (const sc of selected) {
      const first = await call(sc.query, sc.variables, sc.scope.token);
      sc.matched = sc.matches(first);
      const levels = cfg.c8.test(sc.id) ? [1, 8] : [1];
      for (const concurrency of levels) {
        const r = await measure(() => call(sc.query, sc.variables, sc.scope.token), {
          concurrency,
          warmup: concurrency === 1 ? cfg.warmup : 0,
          warmupSeconds: 10,
          maxRequests: concurrency === 1 ? cfg.maxRequests : cfg.c8Requests,
          minRequests: concurrency === 1 ? cfg.minRequests : cfg.c8Requests,
          seconds: cfg.seconds,
          // Slow federation scenarios: stop after capSeconds once floorRequests are done (n is reported).
          capSeconds: cfg.capSeconds,
          floorRequests: cfg.floorRequests,
        });
        results.push({
          phase: phase.key,
          sc,
          concurrency,
          matched: sc.matched,
          ...r,
          load1: os.loadavg()[0],
        });
        log(
          `${phase.key.padEnd(13)} ${sc.id.padEnd(20)} c=${concurrency} n=${String(r.n).padStart(3)} p50 ${fmt(r.p50).padStart(6)} ` +
            `p95 ${fmt(r.p95).padStart(6)} p99 ${fmt(r.p99).padStart(6)} ms  ${r.rps.toFixed(1)} req/s  load ${os.loadavg()[0].toFixed(1)}`,
        );
      }
    }
    // The SQL of one request per scenario (ORM query log, parameters inlined), its access paths, and
    // EXPLAIN (ANALYZE, BUFFERS) of the statements of the heaviest scenarios.
    for (const sc of selected) {
      captured = [];
      db.orm.config.set('debug', ['query', 'query-params']);
      try {
        await call(sc.query, sc.variables, sc.scope.token);
      } finally {
        db.orm.config.set('debug', false);
      }
      const statements = dataStatements(captured);
      captured = null;
      for (const st of statements) {
        st.kind = statementKind(st.sql);
        const plan = await explainAsApp(owner, sc.scope.tenant.path, st.sql, 'analyze, buffers');
        st.plan = plan;
        st.ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
        st.paths = accessPaths(plan);
      }
      plans.push({ phase: phase.key, sc, statements });
    }
    // Candidate rewrites of the statements (the app's SQL changed), timed as the app would run them.
    const rewrites = pi === phases.length - 1 || pi === 0 ? REWRITES : [];
    for (const rw of rewrites) {
      const s = scopes.find((x) => x.key === rw.scope);
      if (!s || (cfg.only && !cfg.only.test(`${s.key}.rewrite`))) continue;
      const per = periods[rw.period];
      const sql = await rw.build(owner, s.tenant.path, per);
      await timeAsApp(owner, s.tenant.path, sql);
      const samples = [];
      for (let i = 0; i < cfg.rewriteRuns; i++) samples.push(await timeAsApp(owner, s.tenant.path, sql));
      const plan = await explainAsApp(owner, s.tenant.path, sql, 'analyze, buffers');
      rewriteResults.push({
        phase: phase.key,
        rw,
        scope: s,
        period: per,
        sql,
        plan,
        ...summarize(samples, 1),
      });
      log(`${phase.key} rewrite ${rw.key} (${s.key}): p50 ${fmt(summarize(samples, 1).p50)} ms`);
    }
  }
  const peakRssDuringRuns = rss.peak();
  rss.stop();

  const usage = process.resourceUsage();
  const machine = await machineFacts(owner, ['../../../apps/activities', '../../../packages']);
  const report = renderReport({
    cfg,
    machine,
    facts,
    loadTimings,
    scopes,
    periods,
    phases,
    phaseFacts,
    results,
    plans,
    rewriteResults,
    rss: { maxRss: usage.maxRSS * 1024, peakRssDuringRuns },
    runtime: (performance.now() - t0) / 1000,
  });
  const out = cfg.out ? pathToFileURL(resolve(cfg.out)) : new URL('./RESULTS.md', import.meta.url);
  await writeFile(out, report);
  console.log(`\n${comparisonTable(results, phases)}\n`);
  console.log(`peak RSS ${mb(usage.maxRSS * 1024)}; written to ${out.pathname}`);
}

async function databaseFacts(client, data) {
  const one = async (sql) => (await client.query(sql)).rows;
  const [counts] = await one(`select
      (select count(*) from activities.activity)::int as activities,
      (select count(*) from activities.activity where status = 'DONE')::int as done,
      (select count(*) from activities.activity_team)::int as activity_teams,
      (select count(distinct team_id) from activities.activity_team)::int as teams_ever_visited,
      (select count(*) from activities.activity_officer)::int as officers,
      (select count(*) from activities.attendance)::int as attendance,
      (select count(distinct member_id) from activities.attendance)::int as members_ever_present,
      (select count(*) from activities.heard_item)::int as heard,
      (select count(*) from activities.heard_item where case_id is not null)::int as heard_cases,
      (select count(*) from activities.activity where campaign_id is not null)::int as campaign_linked`);
  const kinds = await one(
    `select kind, count(*)::int as n, round(100.0 * count(*) filter (where status = 'DONE') / count(*), 0) as done_pct
       from activities.activity group by kind order by n desc`,
  );
  // How uneven coverage is: visits per team over the whole 24 months.
  const [spread] =
    await one(`with v as (select team_id, count(*) as n from activities.activity_team group by team_id)
    select percentile_disc(0.5) within group (order by n)::int as p50, percentile_disc(0.99) within group (order by n)::int as p99,
      max(n)::int as max from v`);
  const sizes = await one(`select c.relname as name, c.relkind as kind, pg_relation_size(c.oid) as bytes
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'activities' and c.relkind in ('r', 'i') and pg_relation_size(c.oid) > 1024 * 1024
     order by bytes desc`);
  const a = data.unions.map((u) => u.activities);
  const t = data.unions.map((u) => u.teams);
  return {
    counts,
    kinds,
    spread,
    sizes,
    activities: { max: a[0], median: a[a.length >> 1], min: a.at(-1) },
    teams: { max: t[0], median: t[t.length >> 1], min: t.at(-1) },
    cities: data.cities.map((c) => ({
      name: c.name,
      unions: c.unions.length,
      activities: c.unions.reduce((x, u) => x + u.activities, 0),
    })),
  };
}

const R = 'right';
function latencyTable(results) {
  return mdTable(
    [
      ['phase'],
      ['scope'],
      ['scenario'],
      ['rows', R],
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
      `${r.matched.toLocaleString('en')} ${r.sc.matchesLabel}`,
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

/** p50 / p95 / p99 per scenario and concurrency, one column group per phase. */
function comparisonTable(results, phases) {
  const keys = [...new Set(results.map((r) => `${r.sc.id}@${r.concurrency}`))];
  const byKey = new Map(results.map((r) => [`${r.phase}|${r.sc.id}@${r.concurrency}`, r]));
  const cols = [['scenario'], ['c', R]];
  for (const p of phases) cols.push([`${p.key} p50 / p95 / p99 ms`, R]);
  const rows = keys.map((k) => {
    const any = results.find((r) => `${r.sc.id}@${r.concurrency}` === k);
    const row = [`${any.sc.scope.key}: ${any.sc.label}`, any.concurrency];
    for (const p of phases) {
      const r = byKey.get(`${p.key}|${k}`);
      row.push(r ? `${fmt(r.p50)} / ${fmt(r.p95)} / ${fmt(r.p99)}` : '—');
    }
    return row;
  });
  return mdTable(cols, rows);
}

/** Long id lists (coverage passes every team of the union; loaders list 50 ids) shortened for the report. */
function abbreviate(text) {
  const u = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
  const count = (s, sep) => s.split(sep).length;
  return text
    .replace(new RegExp(`'\\{((?:${u},){3,}${u})\\}'`, 'g'), (_, ids) => `'{<${count(ids, ',')} ids>}'`)
    .replace(new RegExp(`'((?:${u},){3,}${u})'`, 'g'), (_, ids) => `'<${count(ids, ',')} ids>'`)
    .replace(
      new RegExp(`((?:'${u}'(?:::uuid)?, ){3,}'${u}'(?:::uuid)?)`, 'g'),
      (m) => `<${count(m, ', ')} ids>`,
    )
    .replace(
      new RegExp(`((?:\\('${u}'::uuid, '${u}'::uuid\\), ){3,}\\('${u}'::uuid, '${u}'::uuid\\))`, 'g'),
      (m) => `<${count(m, '), (')} (tenant_id, id) pairs>`,
    );
}

function renderReport(x) {
  const { machine, facts, loadTimings } = x;
  const lines = [];
  const p = (s = '') => lines.push(s);
  const n = (v) => Number(v).toLocaleString('en');
  p('# Activity stats benchmark — results');
  p();
  p(
    `Generated by \`pnpm --filter @frontline/bench-activity-stats run bench\` on ${startedAt.toISOString()} ` +
      `(runtime ${(x.runtime / 60).toFixed(1)} min). Overwritten by every run; see README.md for what is measured and the findings.`,
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
    `PostgreSQL settings (server defaults, untouched; the app sets \`jit = off\` per transaction): ${machine.settings.join(', ')}.`,
  );
  p();
  p(
    `Load average at start ${loadAtStart.map((l) => l.toFixed(1)).join(' / ')}, at the end ` +
      `${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} (1 / 5 / 15 min). The machine is shared: anything above ~1 at concurrency 1 is other ` +
      'work competing for the 2 cores, which inflates latencies (roughly by load ÷ cores when CPU-bound) and p95/p99 most.',
  );
  p();
  p('## Data');
  p();
  const c = facts.counts;
  p(
    `${n(c.activities)} activities (${n(c.done)} DONE) over the last 24 months in ${x.scopes.at(-1).unionsInScope.length} unions, ` +
      `${n(c.activity_teams)} activity–team rows (${n(c.teams_ever_visited)} of ${n(x.cfg.teams)} teams ever visited; visits per ` +
      `visited team p50 ${facts.spread.p50}, p99 ${facts.spread.p99}, max ${facts.spread.max}), ${n(c.officers)} officer rows, ` +
      `${n(c.attendance)} attendance rows (${n(c.members_ever_present)} distinct members; mean ${x.cfg.attendees} asked, ` +
      `${(c.attendance / c.done).toFixed(1)} per done activity), ${n(c.heard)} heard items (${n(c.heard_cases)} with a case), ` +
      `${n(c.campaign_linked)} activities linked to 2 province campaigns. Activities per union log-normal: largest ` +
      `${n(facts.activities.max)}, median ${n(facts.activities.median)}, smallest ${n(facts.activities.min)}; teams per union ` +
      `${n(facts.teams.max)} / ${n(facts.teams.median)} / ${n(facts.teams.min)}.`,
  );
  p();
  p(`Kinds: ${facts.kinds.map((k) => `${k.kind} ${n(k.n)} (${k.done_pct}% done)`).join(', ')}.`);
  p();
  p(
    `Tree: 江东省总工会 (province) → ${facts.cities.map((ct) => `${ct.name} (${ct.unions} unions, ${n(ct.activities)} activities)`).join(', ')}.`,
  );
  p();
  p(
    `Periods (China days): month ${x.periods.month.from} … ${x.periods.month.to}, quarter ${x.periods.quarter.from} … ` +
      `${x.periods.quarter.to}, 12 months ${x.periods.year.from} … ${x.periods.year.to}.`,
  );
  p();
  p('Scopes (token scope = home; activityStats asks for the same tenant):');
  p();
  for (const s of x.scopes) {
    p(
      `- **${s.label}** — ${s.kind}, ${s.unionsInScope.length} union(s), ${n(s.activities)} activities, ${n(s.teams)} teams`,
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
      [['relation'], ['kind'], ['size', R]],
      facts.sizes.map((r) => [r.name, r.kind === 'r' ? 'table' : 'index', mb(Number(r.bytes))]),
    ),
  );
  p();
  p('## Phases');
  p();
  for (const ph of x.phases) {
    const f = x.phaseFacts.find((pf) => pf.key === ph.key);
    p(
      `- **${ph.key}** — ${ph.label}${f ? ` (built in ${f.seconds.toFixed(1)} s; ${f.sizes.map((s) => `${s.name} ${mb(Number(s.bytes))}`).join(', ')})` : ''}`,
    );
    for (const sql of ph.sql) p(`  \`${sql.replace(/\s+/g, ' ')}\``);
  }
  p();
  p('## Latency per phase (p50 / p95 / p99 ms)');
  p();
  p(
    `Closed loop over HTTP to the activities service in the same Node process. Per scenario and phase: one request and up ` +
      `to ${x.cfg.warmup} more to warm up, then at least ${x.cfg.minRequests} and up to ${x.cfg.maxRequests} requests ` +
      `(stopping after ${x.cfg.seconds} s once ${x.cfg.minRequests} are done) at concurrency 1; scenarios matching ` +
      `\`${x.cfg.c8.source}\` also ${x.cfg.c8Requests} requests at concurrency 8. Percentiles are nearest-rank ` +
      '(with n < 100, p99 is the maximum).',
  );
  p();
  p(comparisonTable(x.results, x.phases));
  p();
  p('All samples (rows: what the answer counted; load: 1-minute load average when the level ended):');
  p();
  p(latencyTable(x.results));
  p();
  p(
    `Peak RSS of the process (client + service): ${mb(x.rss.maxRss)} (kernel max RSS); ${mb(x.rss.peakRssDuringRuns)} sampled during requests.`,
  );
  p();
  p('## Statements per scenario');
  p();
  p(
    'The SQL of one request per scenario as the ORM sent it (query log, parameters inlined), re-run with ' +
      "`EXPLAIN (ANALYZE, BUFFERS)` as the app runs it: `begin; set local role frontline_app; select set_config('app.scope_path', <scope>, true); " +
      'set local jit = off; …; rollback`. ms = execution time in that plan.',
  );
  p();
  p(
    mdTable(
      [['phase'], ['scenario'], ['statement'], ['ms', R], ['indexes'], ['seq scans']],
      x.plans.flatMap((pl) =>
        pl.statements.map((st) => [
          pl.phase,
          pl.sc.id,
          st.kind,
          Number.isNaN(st.ms) ? '' : fmt(st.ms),
          st.paths.indexes.join(', ') || '—',
          st.paths.seq.join(', ') || '—',
        ]),
      ),
    ),
  );
  p();
  if (x.rewriteResults.length) {
    p('## Candidate rewrites (SQL the app would send instead)');
    p();
    p(
      mdTable(
        [['phase'], ['rewrite'], ['scope'], ['period'], ['runs', R], ['p50 ms', R], ['max ms', R]],
        x.rewriteResults.map((r) => [
          r.phase,
          r.rw.label,
          r.scope.key,
          r.period.label,
          r.n,
          fmt(r.p50),
          fmt(r.max),
        ]),
      ),
    );
    p();
  }
  p('## Plans of the heaviest statements');
  p();
  const heavy = x.plans.filter((pl) =>
    /^(top|fed)\.stats\.12mo$|^large\.coverage\.12mo$|^top\.(lastVisited|list)$/.test(pl.sc.id),
  );
  for (const pl of heavy) {
    for (const st of pl.statements) {
      if (!(st.ms >= 20)) continue;
      p(`### ${pl.phase} — ${pl.sc.scope.label}: ${pl.sc.label} — ${st.kind} (${fmt(st.ms)} ms)`);
      p();
      p('```sql');
      p(abbreviate(st.sql));
      p('```');
      p();
      p('```text');
      p(abbreviate(st.plan));
      p('```');
      p();
    }
  }
  for (const r of x.rewriteResults) {
    p(`### ${r.phase} — rewrite: ${r.rw.label} (${r.scope.key}, ${r.period.label}, p50 ${fmt(r.p50)} ms)`);
    p();
    p('```sql');
    p(abbreviate(r.sql));
    p('```');
    p();
    p('```text');
    p(abbreviate(r.plan));
    p('```');
    p();
  }
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
