// The "maintained aggregate" alternative, prototyped in the bench database: per tenant per day
// counters by kind/status/source/rating, and histograms (log-spaced hour bins) for the two medians.
// Built here in one go from the case table; in the service it would be kept up to date on every
// case transition (trigger or service code). What it cannot hold: `open`/`overdue`, which depend
// on now() — those stay live queries over the few open cases.

/** Bin of an hour count: 10·ln(1+h) — ~5 % relative resolution, ~70 bins up to 1,000 h. */
const BIN = (expr) => `floor(10 * ln(1 + greatest(${expr}, 0)))::int`;
const BIN_MID_HOURS = (bin) => `(exp((${bin} + 0.5) / 10) - 1)`;

export async function buildRollup(client) {
  const s = performance.now();
  await client.query(`create table cases.case_stats_day (
      tenant_id uuid not null, tenant_path text collate "C" not null, day date not null,
      kind text not null, status text not null, visit boolean not null, satisfaction text,
      received int not null, open int not null)`);
  await client.query(`insert into cases.case_stats_day
      select tenant_id, tenant_path, (received_at at time zone 'Asia/Shanghai')::date, kind, status, source = 'VISIT',
             satisfaction, count(*), count(*) filter (where next_due_at < '9999-12-31')
        from cases."case" group by 1, 2, 3, 4, 5, 6, 7`);
  await client.query(`create table cases.case_stats_hist (
      tenant_id uuid not null, tenant_path text collate "C" not null, day date not null,
      metric smallint not null, bin int not null, n int not null)`);
  await client.query(`insert into cases.case_stats_hist
      select tenant_id, tenant_path, (received_at at time zone 'Asia/Shanghai')::date, 1,
             ${BIN('extract(epoch from first_responded_at - received_at) / 3600')}, count(*)
        from cases."case" where first_responded_at is not null group by 1, 2, 3, 4, 5
      union all
      select tenant_id, tenant_path, (received_at at time zone 'Asia/Shanghai')::date, 2,
             ${BIN('extract(epoch from resolved_at - received_at) / 3600')}, count(*)
        from cases."case" where resolved_at is not null group by 1, 2, 3, 4, 5`);
  for (const t of ['case_stats_day', 'case_stats_hist']) {
    await client.query(`create index ${t}_path_day_idx on cases.${t} (tenant_path, day)`);
    await client.query(`alter table cases.${t} enable row level security`);
    await client.query(`alter table cases.${t} force row level security`);
    await client.query(`create policy ${t}_tenant_scope on cases.${t} using
      (tenant_path >= nullif(current_setting('app.scope_path', true), '') and tenant_path < left(nullif(current_setting('app.scope_path', true), ''), -1) || '0')`);
    await client.query(`grant select on cases.${t} to frontline_app`);
    await client.query(`vacuum (analyze) cases.${t}`);
  }
  const { rows } = await client.query(`select
      (select count(*) from cases.case_stats_day)::int as day_rows,
      (select count(*) from cases.case_stats_hist)::int as hist_rows,
      pg_total_relation_size('cases.case_stats_day') + pg_total_relation_size('cases.case_stats_hist') as bytes,
      (select count(*) from (select distinct tenant_id, (received_at at time zone 'Asia/Shanghai')::date from cases."case") x)::int as tenant_days,
      (select count(*) from (select distinct tenant_id, to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM') from cases."case") x)::int as tenant_months,
      (select count(*) from (select distinct tenant_id, to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM'), kind, status, source = 'VISIT', satisfaction from cases."case") x)::int as month_rows`);
  return { ...rows[0], seconds: (performance.now() - s) / 1000 };
}

export async function dropRollup(client) {
  await client.query('drop table if exists cases.case_stats_day, cases.case_stats_hist');
}

/**
 * What caseStats would run against the rollup: one statement for totals/byChild/byMonth plus
 * byKind/byStatus, one for the two medians per group (from the histograms). The live `overdue`
 * counts are left out (they would stay as today's query over open cases).
 */
export function rollupStatements(tenantPath, upper, from, to) {
  const lit = (s) => `'${s.replace(/'/g, "''")}'`;
  const where = `tenant_path >= ${lit(tenantPath)} and tenant_path < ${lit(upper)} and day between ${lit(from)} and ${lit(to)}`;
  const child = `split_part(substr(tenant_path, ${tenantPath.length + 1}), '/', 1)`;
  return [
    `select grouping(child) as g_child, grouping(month) as g_month, grouping(kind) as g_kind, grouping(status) as g_status,
       child, month, kind, status, sum(received)::int as received, sum(open)::int as open,
       sum(received) filter (where satisfaction is not null)::int as rated,
       sum(received) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED'))::int as satisfied,
       sum(received) filter (where satisfaction = 'DISSATISFIED')::int as dissatisfied,
       sum(received) filter (where visit)::int as from_visits
     from (select *, ${child} as child, to_char(day, 'YYYY-MM') as month from cases.case_stats_day where ${where}) d
     group by grouping sets ((), (child), (month), (kind), (status))`,
    `select g_child, g_month, child, month, metric, min(bin) filter (where 2 * cum >= total) as median_bin,
       ${BIN_MID_HOURS('min(bin) filter (where 2 * cum >= total)')} as median_hours
     from (select *, sum(n) over w as cum, sum(n) over (partition by g_child, g_month, child, month, metric) as total
             from (select grouping(child) as g_child, grouping(month) as g_month, child, month, metric, bin, sum(n) as n
                     from (select *, ${child} as child, to_char(day, 'YYYY-MM') as month from cases.case_stats_hist where ${where}) h
                    group by grouping sets ((metric, bin), (child, metric, bin), (month, metric, bin))) g
           window w as (partition by g_child, g_month, child, month, metric order by bin)) c
     group by g_child, g_month, child, month, metric`,
  ];
}
