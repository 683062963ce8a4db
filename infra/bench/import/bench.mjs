// Roster import benchmark: generates a 100,000-row XLSX, imports it through the members service
// (running in this process, over real HTTP, on a throw-away PostgreSQL database) as a dry run, a
// real run and an idempotent re-run, and prints rows/s and peak RSS of each.
// Run: pnpm --filter @frontline/bench-import run bench   (see README.md for the knobs)
import { execFileSync } from 'node:child_process';
import { openAsBlob } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openTestDatabase } from '@frontline/subgraph-kit/testing';
import { graphql, loginAs, startTestTenants } from '@frontline/tenants/testing';

const env = process.env;
const cfg = {
  rows: Number(env.BENCH_ROWS ?? 100_000),
  db: env.BENCH_DB === 'pglite' ? 'pglite' : 'postgresql',
  batchSize: env.BENCH_BATCH_SIZE ?? '500',
  phases: (env.BENCH_PHASES ?? 'dry-run,import,re-run').split(','),
};

const t0 = performance.now();
const log = (msg) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const resources = {};
async function cleanup() {
  for (const [what, step] of [
    ['members service', () => resources.service?.close()],
    ['members database', () => resources.database?.dispose()],
    ['tenants service', () => resources.tenants?.close()],
    ['temp dir', () => resources.tmp && rm(resources.tmp, { recursive: true, force: true })],
  ]) {
    try {
      await step();
    } catch (err) {
      console.error(`cleanup of ${what} failed:`, err);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    cleanup().finally(() => process.exit(130));
  });
}

/** Samples this process's RSS (and heap) every 50 ms while a phase runs. */
function sampler() {
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);
  return {
    startRss: start.rss,
    stop() {
      clearInterval(timer);
      return { peakRss, peakHeap };
    },
  };
}

const JOB = `query($id: ID!) { memberImportJob(id: $id) { status total processed created updated unchanged failed
  failureKey startedAt finishedAt } }`;
const START = `mutation($input: StartMemberImportInput!) { startMemberImport(input: $input) { id } }`;

async function main() {
  const membersEntry = import.meta.resolve('@frontline/members/testing');
  // The package exports only ./testing; its app and schema modules sit beside it in dist/.
  const { loadMembersConfig, startMembersService } = await import(new URL('./app.js', membersEntry).href);
  const { entities, migrations, SCHEMA_NAME } = await import(new URL('./schema.js', membersEntry).href);

  log(`config ${JSON.stringify(cfg)}; ${os.cpus().length} cores, node ${process.version}`);
  resources.tmp = await mkdtemp(join(os.tmpdir(), 'frontline-bench-import-'));
  const file = join(resources.tmp, '会员花名册.xlsx');
  const g0 = performance.now();
  // In a child process, so generating the file does not count in this process's memory.
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('./generate.mjs', import.meta.url)), file, String(cfg.rows)],
    {
      stdio: 'inherit',
    },
  );
  const size = (await stat(file)).size;
  log(
    `generated ${cfg.rows.toLocaleString('en')} rows: ${mb(size)} XLSX in ${((performance.now() - g0) / 1000).toFixed(1)} s`,
  );

  resources.tenants = await startTestTenants(cfg.db);
  resources.database = await openTestDatabase(cfg.db, { schema: SCHEMA_NAME, entities, migrations });
  log(
    `${cfg.db} ready${resources.database.url ? ` (throw-away database ${new URL(resources.database.url).pathname.slice(1)})` : ''}`,
  );
  const tenantsUrl = resources.tenants.url;
  const config = loadMembersConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'warn',
    DATA_DIR: resources.tmp,
    TENANTS_URL: tenantsUrl,
    JWKS_URL: new URL('/.well-known/jwks.json', tenantsUrl).toString(),
    IMPORT_BATCH_SIZE: cfg.batchSize,
  });
  resources.service = await startMembersService(config, { db: resources.database.db });
  const base = resources.service.server.url;
  const url = `${base}/graphql`;
  const token = await loginAs(tenantsUrl, 'mining.admin@frontline.demo');
  const q = async (query, variables) => {
    const res = await graphql(url, query, { token, variables });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  for (const w of ['一车间', '二车间', '三车间', '四车间', '五车间']) {
    const { createOrgUnit } = await q(
      `mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }`,
      {
        i: { kind: 'WORKSHOP', name: w },
      },
    );
    for (const t of ['甲班', '乙班', '丙班', '丁班'])
      await q(`mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }`, {
        i: { kind: 'TEAM', name: t, parentId: createOrgUnit.id },
      });
  }

  const u0 = performance.now();
  const uploadRes = await fetch(`${base}/imports/upload?filename=${encodeURIComponent('会员花名册.xlsx')}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: await openAsBlob(file),
  });
  const { uploadId } = await uploadRes.json();
  log(`uploaded in ${((performance.now() - u0) / 1000).toFixed(1)} s (upload ${uploadId})`);

  const results = [];
  for (const phase of cfg.phases) {
    global.gc?.();
    const mem = sampler();
    const cpu0 = process.cpuUsage();
    const load0 = os.loadavg()[0];
    const wall0 = performance.now();
    const { startMemberImport } = await q(START, { input: { uploadId, dryRun: phase === 'dry-run' } });
    let job;
    const trace = [];
    let nextMark = 0.1;
    for (;;) {
      ({ memberImportJob: job } = await q(JOB, { id: startMemberImport.id }));
      if (job.total && job.processed / job.total >= nextMark) {
        const at = ((performance.now() - wall0) / 1000).toFixed(0);
        trace.push(
          `${Math.round((job.processed / job.total) * 100)}% ${at} s ${mb(process.memoryUsage().rss)}`,
        );
        nextMark = Math.floor((job.processed / job.total) * 10 + 1) / 10;
      }
      if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const wall = (performance.now() - wall0) / 1000;
    const { peakRss, peakHeap } = mem.stop();
    const cpu = process.cpuUsage(cpu0);
    global.gc?.();
    const afterGc = process.memoryUsage();
    if (job.status !== 'SUCCEEDED') throw new Error(`${phase} failed: ${job.failureKey}`);
    const jobSeconds = (Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000;
    const r = {
      phase,
      rows: job.total,
      created: job.created,
      updated: job.updated,
      unchanged: job.unchanged,
      failed: job.failed,
      seconds: Number(wall.toFixed(1)),
      rowsPerSecond: Math.round(job.total / wall),
      // CPU of this process (both services, parsing, ORM) per row; the database server's is not in it.
      cpuMsPer1000Rows: Math.round(((cpu.user + cpu.system) / 1000 / job.total) * 1000),
      loadAvg: `${load0.toFixed(1)}→${os.loadavg()[0].toFixed(1)}`,
      jobRowsPerSecond: Math.round(job.total / jobSeconds),
      rssBefore: mb(mem.startRss),
      peakRss: mb(peakRss),
      peakHeap: mb(peakHeap),
      ...(global.gc ? { heapAfterGc: mb(afterGc.heapUsed), rssAfterGc: mb(afterGc.rss) } : {}),
    };
    results.push(r);
    log(`${phase}: ${JSON.stringify(r)}`);
    log(`  progress, time, RSS: ${trace.join(', ')}`);
  }
  const { members } = await q(`{ members(first: 1) { totalCount } }`);
  log(`members in the union after the runs: ${members.totalCount.toLocaleString('en')}`);
  console.log(
    '\n| phase | rows | created | updated | unchanged | failed | wall s | rows/s | CPU ms / 1000 rows | load | RSS before | peak RSS | peak heap |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results)
    console.log(
      `| ${r.phase} | ${r.rows} | ${r.created} | ${r.updated} | ${r.unchanged} | ${r.failed} | ${r.seconds} | ${r.rowsPerSecond} | ${r.cpuMsPer1000Rows} | ${r.loadAvg} | ${r.rssBefore} | ${r.peakRss} | ${r.peakHeap} |`,
    );
}

try {
  await main();
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await cleanup();
}
