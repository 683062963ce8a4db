import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTokenVerifier, loadOrCreateDevKey, signAccessToken } from '@frontline/auth-tokens';
import { machineFacts, mdTable } from '@frontline/bench-common/report.mjs';
import { measure, rssSampler } from '@frontline/bench-common/runner.mjs';
import { openDatabase } from '@frontline/subgraph-kit';
import { createThrowawayPostgres } from '@frontline/subgraph-kit/testing';
import { graphql } from '@frontline/tenants/testing';
import pg from 'pg';
import { buildTenants, seed } from './lib/dataset.mjs';
import { accessPaths, dataStatements, explainAsApp, statementKind } from './lib/explain.mjs';
import { DEEP_PAGE, listScenarios, MEMBERS_QUERY, STATS_QUERY, statsPeriod } from './lib/scenarios.mjs';

process.env.MIKRO_ORM_NO_COLOR = 'true';

const env = process.env;
const num = (name, dflt) => (env[name] ? Number(env[name]) : dflt);
const cfg = {
  members: num('BENCH_MEMBERS', 1_000_000),
  unions: num('BENCH_UNIONS', 200),
  maxRequests: num('BENCH_REQUESTS', 200),
  minRequests: num('BENCH_MIN_REQUESTS', 8),
  seconds: num('BENCH_SECONDS', 4),
  warmup: num('BENCH_WARMUP', 2),
  concurrency: (env.BENCH_CONCURRENCY ?? '1,8').split(',').map(Number),
  explainSlowest: num('BENCH_EXPLAIN', 3),
  only: env.BENCH_ONLY ? new RegExp(env.BENCH_ONLY) : null,
  keepDb: env.BENCH_KEEP_DB === '1',
  /** e.g. `jit=off,max_parallel_workers_per_gather=0`: ALTER DATABASE … SET on the throw-away database. */
  dbSettings: (env.BENCH_DB_SETTINGS ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
  /** SQL run as the owner after the load (then ANALYZE), e.g. a candidate index to compare. */
  afterLoadSql: env.BENCH_AFTER_LOAD_SQL ?? '',
  /** Where the report goes (default RESULTS.md next to this script). */
  out: env.BENCH_OUT ?? '',
};

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
  const membersEntry = import.meta.resolve('@frontline/members/testing');
  // The package exports only ./testing; its app and schema modules sit beside it in dist/.
  const { loadMembersConfig, startMembersService } = await import(new URL('./app.js', membersEntry).href);
  const { entities, migrations, SCHEMA_NAME } = await import(new URL('./schema.js', membersEntry).href);
  const { namePinyin } = await import(new URL('./modules/member/member.service.js', membersEntry).href);

  log(`config ${JSON.stringify({ ...cfg, only: cfg.only?.source ?? null })}`);
  resources.tmp = await mkdtemp(join(os.tmpdir(), 'frontline-bench-members-'));
  const pgdb = await createThrowawayPostgres('frontline_bench_members');
  resources.pgdb = pgdb;
  log(`created database ${pgdb.name}`);
  if (cfg.dbSettings.length) {
    const admin = new pg.Client({ connectionString: pgdb.url });
    await admin.connect();
    try {
      for (const kv of cfg.dbSettings) {
        const [k, v] = kv.split('=');
        if (!/^[a-z_.]+$/.test(k)) throw new Error(`bad setting name ${k}`);
        await admin.query(`alter database "${pgdb.name}" set ${k} = ${pg.escapeLiteral(v)}`);
      }
    } finally {
      await admin.end();
    }
    log(`database settings: ${cfg.dbSettings.join(', ')}`);
  }

  let captured = null;
  const ormLogger = { debug: (o) => captured?.push(o.orm) };
  const db = await openDatabase({
    schema: SCHEMA_NAME,
    entities,
    migrations,
    databaseUrl: pgdb.url,
    logger: ormLogger,
  });
  resources.db = db;
  const applied = await db.migrate();
  log(`migrated: ${applied.join(', ')}`);

  const owner = new pg.Client({ connectionString: pgdb.url });
  await owner.connect();
  resources.owner = owner;

  const data = buildTenants(cfg.unions, cfg.members);
  log(`loading ${cfg.members.toLocaleString('en')} members into ${cfg.unions} unions …`);
  const loadStart = performance.now();
  const loadTimings = await seed(owner, data, namePinyin, log);
  loadTimings.total = (performance.now() - loadStart) / 1000;
  log(`loaded in ${loadTimings.total.toFixed(0)} s`);
  if (cfg.afterLoadSql) {
    const s = performance.now();
    await owner.query(cfg.afterLoadSql);
    await owner.query('analyze members.member');
    loadTimings['after-load SQL'] = (performance.now() - s) / 1000;
    log(`ran BENCH_AFTER_LOAD_SQL in ${loadTimings['after-load SQL'].toFixed(1)} s`);
  }
  const facts = await databaseFacts(owner, data, namePinyin);

  // Tokens signed directly with a dev key; the service verifies them against its public JWK.
  const key = await loadOrCreateDevKey(join(resources.tmp, 'keys'));
  const sign = async (tenant, kind) => {
    const ref = { id: tenant.id, path: tenant.path, kind };
    const roles = kind === 'FEDERATION' ? ['FEDERATION_OFFICER'] : ['UNION_OFFICER'];
    return (
      await signAccessToken(
        key,
        { sub: crypto.randomUUID(), name: '基准测试', roles, home: ref, scope: ref },
        4 * 3600,
      )
    ).token;
  };
  const config = loadMembersConfig({
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'warn',
    DATA_DIR: join(resources.tmp, 'data'),
    DATABASE_URL: pgdb.url,
    TENANTS_URL: 'http://127.0.0.1:9/graphql',
    JWT_PUBLIC_KEY: await readFile(join(resources.tmp, 'keys', 'jwt-public.pem'), 'utf8'),
    PII_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
    PII_HMAC_KEY: Buffer.alloc(32, 2).toString('base64'),
  });
  const service = await startMembersService(config, {
    db,
    verifier: createTokenVerifier({ jwks: { keys: [key.publicJwk] } }),
  });
  resources.service = service;
  const url = `${service.server.url}/graphql`;
  log(`members service on ${url}`);

  const { unions, cities, province } = data;
  const largest = unions[0];
  const scopes = [
    {
      key: 'small',
      label: `union S (${unions.at(-1).n} members)`,
      tenant: unions.at(-1),
      kind: 'ENTERPRISE_UNION',
    },
    {
      key: 'medium',
      label: `union M (${unions[unions.length >> 1].n.toLocaleString('en')})`,
      tenant: unions[unions.length >> 1],
      kind: 'ENTERPRISE_UNION',
    },
    {
      key: 'large',
      label: `union L (${largest.n.toLocaleString('en')})`,
      tenant: largest,
      kind: 'ENTERPRISE_UNION',
    },
    {
      key: 'fed',
      label: `federation (${cities[0].unions.length} unions)`,
      tenant: cities[0],
      kind: 'FEDERATION',
    },
    { key: 'top', label: `top federation (${unions.length} unions)`, tenant: province, kind: 'FEDERATION' },
  ];
  for (const s of scopes) {
    s.token = await sign(s.tenant, s.kind);
    // A workshop of the scope's own union, or of the largest union inside a federation.
    s.unit = (s.kind === 'ENTERPRISE_UNION' ? s.tenant : largest).workshops[0];
    s.unionsInScope = unions.filter((u) => u.path.startsWith(s.tenant.path));
    s.rows = s.unionsInScope.reduce((a, u) => a + u.n, 0);
  }

  const call = async (query, variables, token) => {
    const res = await graphql(url, query, { token, variables });
    if (res.status !== 200 || res.errors?.length || !res.data) {
      throw new Error(`request failed (${res.status}): ${JSON.stringify(res.errors ?? res).slice(0, 500)}`);
    }
    return res.data;
  };

  // Deep-page cursors: follow endCursor from the first page (same order, no filter).
  for (const s of scopes) {
    let after = null;
    for (let page = 1; page < DEEP_PAGE; page++) {
      const d = await call(MEMBERS_QUERY, { first: 20, orderBy: 'NAME', direction: 'ASC', after }, s.token);
      after = d.members.pageInfo.endCursor;
    }
    s.deepCursor = after;
  }

  const period = statsPeriod();
  const scenarios = [];
  for (const s of scopes) {
    for (const l of listScenarios()) {
      scenarios.push({
        id: `${s.key}.${l.key}`,
        scope: s,
        label: l.label,
        query: MEMBERS_QUERY,
        variables: l.variables(s),
        matches: (d) => d.members.totalCount,
      });
    }
    if (s.key !== 'small' && s.key !== 'medium') {
      scenarios.push({
        id: `${s.key}.stats`,
        scope: s,
        label: 'Tenant.memberStats via _entities',
        query: STATS_QUERY,
        variables: {
          r: [{ __typename: 'Tenant', id: s.tenant.id, path: s.tenant.path }],
          ...period,
        },
        matches: (d) => d._entities[0].memberStats.activeCount,
      });
    }
  }
  const selected = scenarios.filter((sc) => !cfg.only || cfg.only.test(sc.id));

  const rss = rssSampler();
  const results = [];
  log(`running ${selected.length} scenarios × concurrency ${cfg.concurrency.join(', ')}`);
  for (const sc of selected) {
    // The first call also warms up (and tells how many rows match).
    const first = await call(sc.query, sc.variables, sc.scope.token);
    sc.matched = sc.matches(first);
    for (const [i, concurrency] of cfg.concurrency.entries()) {
      const r = await measure(() => call(sc.query, sc.variables, sc.scope.token), {
        concurrency,
        // The first level warms up (plans, caches, JIT of the JS); later levels follow straight on.
        warmup: i === 0 ? cfg.warmup : 0,
        maxRequests: cfg.maxRequests,
        minRequests: cfg.minRequests,
        seconds: cfg.seconds,
      });
      results.push({ sc, concurrency, ...r, load1: os.loadavg()[0] });
      log(
        `${sc.id.padEnd(17)} c=${concurrency} n=${String(r.n).padStart(3)} p50 ${fmt(r.p50).padStart(6)} ` +
          `p95 ${fmt(r.p95).padStart(6)} p99 ${fmt(r.p99).padStart(6)} ms  ${r.rps.toFixed(1)} req/s  ` +
          `load ${os.loadavg()[0].toFixed(1)}  (${sc.label}, ${sc.scope.label})`,
      );
    }
  }
  const peakRssDuringRuns = rss.peak();
  rss.stop();

  // The SQL of one request per scenario, with the ORM's own timings.
  // JIT compiles a statement whose plan costs more than jit_above_cost (when jit is on).
  const jitRow = (
    await owner.query(
      `select current_setting('jit') as jit, current_setting('jit_above_cost')::float8 as above`,
    )
  ).rows[0];
  const jitAbove = jitRow.jit === 'on' ? jitRow.above : Number.POSITIVE_INFINITY;
  // `config.set` (not the logger's setDebugMode, which the next `sync()` resets); with query-params
  // the logged SQL carries its values inlined, exactly as sent.
  for (const sc of selected) {
    captured = [];
    db.orm.config.set('debug', ['query', 'query-params']);
    try {
      await call(sc.query, sc.variables, sc.scope.token);
    } finally {
      db.orm.config.set('debug', false);
    }
    sc.statements = dataStatements(captured);
    captured = null;
    for (const st of sc.statements) {
      st.kind = statementKind(st.sql);
      st.paths = accessPaths(await explainAsApp(owner, sc.scope.tenant.path, st.sql, 'costs'), jitAbove);
    }
  }
  const c1 = results.filter((r) => r.concurrency === (cfg.concurrency.includes(1) ? 1 : cfg.concurrency[0]));
  const slowest = [...c1].sort((a, b) => b.p50 - a.p50).slice(0, cfg.explainSlowest);
  log(`explaining the ${slowest.length} slowest: ${slowest.map((r) => r.sc.id).join(', ')}`);
  for (const r of slowest) {
    for (const st of r.sc.statements) {
      st.plan = await explainAsApp(owner, r.sc.scope.tenant.path, st.sql, 'analyze, buffers');
    }
  }

  const usage = process.resourceUsage();
  const machine = await machineFacts(owner);
  const report = renderReport({
    cfg,
    startedAt,
    machine,
    facts,
    loadTimings,
    scopes,
    results,
    selected,
    slowest,
    rss: { maxRss: usage.maxRSS * 1024, peakRssDuringRuns },
    runtime: (performance.now() - t0) / 1000,
  });
  const out = cfg.out ? pathToFileURL(resolve(cfg.out)) : new URL('./RESULTS.md', import.meta.url);
  await writeFile(out, report);
  console.log(`\n${latencyTable(results)}\n`);
  console.log(
    `peak RSS ${mb(usage.maxRSS * 1024)} (during requests ${mb(peakRssDuringRuns)}); written to ${out.pathname}`,
  );
}

async function databaseFacts(client, data, namePinyin) {
  const one = async (sql, params) => (await client.query(sql, params)).rows;
  const [counts] = await one(`select
      (select count(*) from members.member)::int as members,
      (select count(*) from members.membership_period)::int as periods,
      (select count(*) from members.org_unit)::int as units,
      (select count(distinct tenant_id) from members.member)::int as unions,
      (select round(100.0 * count(*) filter (where status = 'ACTIVE') / count(*), 1) from members.member) as active_pct`);
  const sizes = await one(`select c.relname as name, c.relkind as kind, pg_relation_size(c.oid) as bytes
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'members' and (c.relname like 'member%' ) and c.relkind in ('r', 'i') order by bytes desc`);
  // The generated pinyin must match what the service computes from the name (it sorts by it).
  const sample = await one(
    'select name, name_pinyin from members.member tablesample system (0.5) limit 2000',
  );
  const pinyinMismatches = sample.filter((r) => namePinyin(r.name) !== r.name_pinyin).length;
  if (pinyinMismatches > sample.length * 0.01) {
    throw new Error(
      `generated pinyin differs from the service's for ${pinyinMismatches}/${sample.length} names`,
    );
  }
  const n = data.unions.map((u) => u.n);
  return {
    counts,
    sizes,
    pinyin: { checked: sample.length, mismatches: pinyinMismatches },
    unionSizes: { max: n[0], median: n[n.length >> 1], min: n.at(-1) },
    cities: data.cities.map((c) => ({
      name: c.name,
      unions: c.unions.length,
      members: c.unions.reduce((a, u) => a + u.n, 0),
    })),
  };
}

function latencyTable(results) {
  const R = 'right';
  return mdTable(
    [
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
      r.sc.scope.label,
      r.sc.label,
      r.sc.matched.toLocaleString('en'),
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

function renderReport(x) {
  const { machine, facts, loadTimings } = x;
  const lines = [];
  const p = (s = '') => lines.push(s);
  p('# Members list benchmark — results');
  p();
  p(
    `Generated by \`pnpm --filter @frontline/bench-members-list run bench\` on ${x.startedAt.toISOString()} ` +
      `(runtime ${(x.runtime / 60).toFixed(1)} min). Overwritten by every run; see README.md for what is measured.`,
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
  p(`PostgreSQL settings (server defaults, untouched): ${machine.settings.join(', ')}.`);
  p();
  p(
    `Load average at start ${loadAtStart.map((l) => l.toFixed(1)).join(' / ')}, at the end ` +
      `${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} (1 / 5 / 15 min; anything above ~0 is other work on the machine).`,
  );
  if (x.cfg.dbSettings.length)
    p(`BENCH_DB_SETTINGS (on the throw-away database): \`${x.cfg.dbSettings.join(', ')}\`.`);
  if (x.cfg.afterLoadSql) p(`BENCH_AFTER_LOAD_SQL (run after the load): \`${x.cfg.afterLoadSql}\`.`);
  p();
  p('## Data');
  p();
  p(
    `${facts.counts.members.toLocaleString('en')} members (${facts.counts.active_pct}% ACTIVE) in ${facts.counts.unions} unions, ` +
      `${facts.counts.periods.toLocaleString('en')} membership periods, ${facts.counts.units.toLocaleString('en')} org units ` +
      `(branch → workshop → team, 50 teams per union). Union sizes log-normal: largest ${facts.unionSizes.max.toLocaleString('en')}, ` +
      `median ${facts.unionSizes.median.toLocaleString('en')}, smallest ${facts.unionSizes.min.toLocaleString('en')}. ` +
      `Pinyin check: ${facts.pinyin.mismatches}/${facts.pinyin.checked} sampled names differ from the service's \`namePinyin\`.`,
  );
  p();
  p(
    `Tree: 江东省总工会 (top) → ${facts.cities.map((c) => `${c.name} (${c.unions} unions, ${c.members.toLocaleString('en')} members)`).join(', ')}.`,
  );
  p();
  p('Scopes measured (token scope = home):');
  p();
  for (const s of x.scopes) {
    p(
      `- **${s.label}** — ${s.kind}, ${s.unionsInScope.length} union(s), ${s.rows.toLocaleString('en')} members; filter unit: workshop “${s.unit.name}”`,
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
      [['relation'], ['kind'], ['size', 'right']],
      facts.sizes.map((r) => [r.name, r.kind === 'r' ? 'table' : 'index', mb(Number(r.bytes))]),
    ),
  );
  p();
  p('## Latency');
  p();
  p(
    `Closed loop over HTTP to the members service in the same Node process (client and server share the event loop ` +
      `and the ${machine.nproc} cores with PostgreSQL). Per scenario: one request, then up to ${x.cfg.warmup} more ` +
      `(at most 1 s) to warm up, at the first concurrency level only; then at each level up to ${x.cfg.maxRequests} ` +
      `requests or ${x.cfg.seconds} s, at least ${x.cfg.minRequests} (but stopping after ${3 * x.cfg.seconds} s once 5 are ` +
      'done). Page size 20. "matches" is the totalCount (activeCount for memberStats). Percentiles are nearest-rank: ' +
      'with n < 100, p99 is the maximum; with n < 20, p95 is too. "load" is the 1-minute load average as the level ' +
      "ended; it includes this benchmark's own PostgreSQL backends (and their parallel workers) at concurrency 8.",
  );
  p();
  p(latencyTable(x.results));
  p();
  p(
    `Peak RSS of the process: ${mb(x.rss.maxRss)} (kernel max RSS over the whole run); ${mb(x.rss.peakRssDuringRuns)} sampled during the requests.`,
  );
  p();
  p('## Access paths per scenario');
  p();
  p(
    'The SQL of one request per scenario as the ORM sent it (captured from its query log), explained as `frontline_app` ' +
      'with `app.scope_path` set. "ORM ms" is the ORM-measured time of that statement in the captured request.',
  );
  p();
  p(
    mdTable(
      [['scenario'], ['statement'], ['ORM ms', 'right'], ['indexes used'], ['seq scan'], ['JIT¹']],
      x.selected.flatMap((sc) =>
        (sc.statements ?? []).map((st) => [
          `${sc.scope.key}: ${sc.label}`,
          st.kind,
          st.tookMs ?? '',
          st.paths.indexes.join(', ') || '—',
          st.paths.seq.join(', ') || '—',
          st.paths.jit ? 'yes' : '',
        ]),
      ),
    ),
  );
  p();
  p(
    '¹ the plan costs more than `jit_above_cost`, so PostgreSQL JIT-compiles it (with `jit = on`); the plans below show what that costs.',
  );
  p();
  p(`## Plans of the ${x.slowest.length} slowest scenarios (p50 at c=1)`);
  p();
  p(
    "`begin; set local role frontline_app; select set_config('app.scope_path', <scope path>, true); " +
      'explain (analyze, buffers) <sql>; rollback;`',
  );
  for (const r of x.slowest) {
    p();
    p(`### ${r.sc.scope.label}: ${r.sc.label} — p50 ${fmt(r.p50)} ms`);
    for (const st of r.sc.statements) {
      const a = accessPaths(st.plan);
      p();
      p(
        `**${st.kind}** (ORM ${st.tookMs} ms) — indexes: ${a.indexes.join(', ') || 'none'}; ` +
          `seq scans: ${a.seq.join(', ') || 'none'}${a.jit ? '; JIT compiled' : ''}`,
      );
      p();
      p('```sql');
      p(st.sql);
      p('```');
      p();
      p('```text');
      p(st.plan);
      p('```');
    }
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
