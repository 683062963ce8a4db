// The synthetic installation: a province federation, three city federations and 200 enterprise
// unions (log-normal sizes), 20,000 teams, and 24 months of activities with their teams, officers,
// attendance and heard items, generated inside PostgreSQL with `insert … select` from a staging table.
import { createHash } from 'node:crypto';

/** A deterministic, RFC 9562-shaped (version 4, variant 10) uuid, so zod's `z.uuid()` accepts it. */
export function uuidFrom(seed) {
  return uuidOfHex(createHash('md5').update(seed).digest('hex'));
}
function uuidOfHex(hex) {
  const h = hex.split('');
  h[12] = '4';
  h[16] = '8';
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
/** The same in SQL (team and member ids are made inside PostgreSQL): md5 with the v4 nibbles set. */
const sqlUuid = (seedExpr) =>
  `(overlay(overlay(md5(${seedExpr}) placing '4' from 13) placing '8' from 17))::uuid`;
/** Team `k` (0-based) of union `idx`; member `k` of union `idx`. */
export const teamId = (idx, k) => uuidFrom(`bench-team:${idx}:${k}`);
const sqlTeamId = (idx, k) => sqlUuid(`'bench-team:' || ${idx} || ':' || ${k}`);
const sqlMemberId = (idx, k) => sqlUuid(`'bench-member:' || ${idx} || ':' || ${k}`);

/** Inverse of the standard normal CDF (Acklam's approximation), for log-normal union sizes. */
function normalQuantile(p) {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q) =>
    (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
    ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/** Log-normal shares (sigma 1.1), largest first, of `total`, at least `min` each, summing exactly. */
export function lognormalSplit(count, total, min, sigma = 1.1) {
  const w = Array.from({ length: count }, (_, i) => Math.exp(sigma * normalQuantile(1 - (i + 0.5) / count)));
  const sum = w.reduce((x, y) => x + y, 0);
  const n = w.map((x) => Math.max(min, Math.floor((total * x) / sum)));
  n[0] += total - n.reduce((x, y) => x + y, 0);
  return n;
}

const COMPANIES = ['矿业集团', '纺织股份', '地铁运营', '机械制造', '现代物流'];
export const MEMBERS_PER_TEAM = 50;

/**
 * The tenant tree (JS, small): 江东省总工会 → 3 cities → `unionCount` unions. City 0 gets 7 of every
 * 20 unions (~70 of 200), city 1 8 (~80), city 2 5 (~50). Teams and activities are split log-normally
 * with the same ranks, so the largest union has the most teams and the most activities.
 */
export function buildTenants(unionCount, teamCount, activityCount) {
  const province = { id: uuidFrom('bench-province'), name: '江东省总工会' };
  province.path = `/${province.id}/`;
  const cities = ['临江市总工会', '云溪市总工会', '青川市总工会'].map((name, i) => {
    const id = uuidFrom(`bench-city:${i}`);
    return { id, name, path: `${province.path}${id}/`, unions: [] };
  });
  const teams = lognormalSplit(unionCount, teamCount, 8);
  const acts = lognormalSplit(unionCount, activityCount, 30);
  const unions = teams.map((t, idx) => {
    const slot = idx % 20;
    const city = cities[slot < 7 ? 0 : slot < 15 ? 1 : 2];
    const id = uuidFrom(`bench-union:${idx}`);
    const union = {
      idx,
      id,
      path: `${city.path}${id}/`,
      city,
      teams: t,
      activities: acts[idx],
      // A few full-time officers, more in big unions.
      officers: 3 + Math.ceil(t / 15),
      name: `${city.name.slice(0, 2)}${COMPANIES[idx % COMPANIES.length]}第${idx + 1}公司工会`,
    };
    union.teamIds = () => Array.from({ length: t }, (_, k) => teamId(idx, k));
    city.unions.push(union);
    return union;
  });
  return { province, cities, unions, teamCount, activityCount };
}

/**
 * Loads everything as the owner. Indexes and unique constraints of the big tables are dropped first and
 * rebuilt afterwards from their own definitions (checked identical), then `VACUUM (ANALYZE)`.
 * `attendeesPerActivity` is the mean number of named attendees of a done activity.
 */
export async function seed(client, data, { attendeesPerActivity, log }) {
  const timings = {};
  const t = async (label, fn) => {
    const s = performance.now();
    const r = await fn();
    timings[label] = (performance.now() - s) / 1000;
    log(`  ${label}: ${timings[label].toFixed(1)} s`);
    return r;
  };
  await client.query(`set maintenance_work_mem = '512MB'`);
  await client.query('set synchronous_commit = off');
  await client.query('create schema bench');
  await client.query(`create table bench.union_def (idx int primary key, id uuid not null, path text collate "C" not null,
    name text not null, teams int not null, activities int not null, officers int not null)`);
  const u = data.unions;
  await client.query(
    'insert into bench.union_def select * from unnest($1::int[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[])',
    [
      u.map((x) => x.idx),
      u.map((x) => x.id),
      u.map((x) => x.path),
      u.map((x) => x.name),
      u.map((x) => x.teams),
      u.map((x) => x.activities),
      u.map((x) => x.officers),
    ],
  );
  const A = Number(attendeesPerActivity);
  await client.query('select setseed(0.4242)');

  // The plan of every activity: kind, status, time, which teams (consecutive from a skewed first team:
  // low-numbered teams are visited often, the last ~12 % of each union never), how many attendees.
  await t('staging', async () => {
    await client.query(`create unlogged table bench.act as
      select s.*,
        case when s.kind in ('FRONTLINE_VISIT', 'HOME_VISIT') then 1 + (s.r_teams > 0.6)::int + (s.r_teams > 0.9)::int
             when s.kind in ('SYMPOSIUM', 'TRAINING', 'EVENT') then 1 + (s.r_teams > 0.5)::int + (s.r_teams > 0.8)::int
             else 1 end as n_teams,
        case when s.status <> 'DONE' then 0
             when s.kind = 'HOME_VISIT' then 1 + floor(s.r_att * 2)::int
             when s.kind = 'FRONTLINE_VISIT' then floor(s.r_att * ${A} * 2.2)::int
             when s.kind in ('SYMPOSIUM', 'TRAINING') then 5 + floor(s.r_att * ${A} * 3)::int
             else floor(s.r_att * ${A} * 2)::int end as n_att,
        case when s.kind in ('EVENT', 'SEND_WARMTH', 'SUMMER_COOLING', 'WORKERS_CONGRESS') and s.status = 'DONE'
             then 30 + floor(random() * 400)::int end as headcount
      from (
        select gen_random_uuid() as id, r.idx, r.tenant_id, r.tenant_path, r.teams, r.officers, r.g,
          case when r_kind < 0.55 then 'FRONTLINE_VISIT' when r_kind < 0.70 then 'HOME_VISIT'
               when r_kind < 0.78 then 'SYMPOSIUM' when r_kind < 0.85 then 'EVENT' when r_kind < 0.92 then 'TRAINING'
               when r_kind < 0.96 then 'SEND_WARMTH' when r_kind < 0.98 then 'SUMMER_COOLING'
               when r_kind < 0.99 then 'WORKERS_CONGRESS' else 'OTHER' end as kind,
          case when r_when < 0.02 then 'PLANNED' when r_status < 0.92 then 'DONE'
               when r_status < 0.96 then 'CANCELLED' else 'PLANNED' end as status,
          -- 24 months back from now; 2 % in the next month (planned)
          case when r_when < 0.02 then now() + r_time * interval '30 days'
               else now() - r_time * interval '730 days' end as starts_at,
          floor(power(r_team, 2.2) * greatest(1, floor(r.teams * 0.88)))::int as team_k,
          floor(r_officer * r.officers)::int as officer_k,
          (r_officers < 0.3)::int + 1 as n_officers,
          r_teams, r_att, r_heard
        from (
          select u.idx, u.id as tenant_id, u.path as tenant_path, u.teams, u.officers, g,
            random() as r_kind, random() as r_status, random() as r_when, random() as r_time, random() as r_team,
            random() as r_officer, random() as r_officers, random() as r_teams, random() as r_att, random() as r_heard
          from bench.union_def u cross join lateral generate_series(1, u.activities) g
          offset 0
        ) r
      ) s`);
    // Holiday visits belong to the two federation campaigns when they fall in the season.
    await client.query('alter table bench.act add column campaign int');
    await client.query(`update bench.act set campaign = case when kind = 'SEND_WARMTH' and extract(month from starts_at) in (1, 2) then 1
        when kind = 'SUMMER_COOLING' and extract(month from starts_at) in (7, 8) then 2 end
      where kind in ('SEND_WARMTH', 'SUMMER_COOLING')`);
    await client.query('analyze bench.act');
  });

  const big = ['activity', 'activity_team', 'activity_officer', 'attendance', 'heard_item'];
  const dropped = await dropIndexes(client, big);

  const campaigns = [
    { id: uuidFrom('bench-campaign:1'), name: '春节送温暖', kind: 'SEND_WARMTH', months: [1, 2] },
    { id: uuidFrom('bench-campaign:2'), name: '夏季送清凉', kind: 'SUMMER_COOLING', months: [7, 8] },
  ];
  await t('campaigns', async () => {
    for (const [i, c] of campaigns.entries()) {
      await client.query(
        `insert into activities.campaign (id, tenant_id, tenant_path, name, description, activity_kind, starts_on, ends_on,
           target_kind, target_per_union, created_by_name)
         values ($1, $2, $3, $4, null, $5, date_trunc('year', now())::date + $6::int, date_trunc('year', now())::date + $7::int,
           'ACTIVITIES', 20, '省总工会')`,
        [c.id, data.province.id, data.province.path, c.name, c.kind, i === 0 ? 0 : 181, i === 0 ? 58 : 242],
      );
    }
  });
  await t('activities', () =>
    client.query(
      `insert into activities.activity (id, tenant_id, tenant_path, kind, custom_kind_id, custom_kind, title, starts_at, ends_at,
         place, status, notes, headcount, campaign_id, search_text, created_by_id, created_by_name, created_at, updated_at, version)
       select a.id, a.tenant_id, a.tenant_path, a.kind, null, case when a.kind = 'OTHER' then '读书会' end,
         t.title, a.starts_at, a.starts_at + interval '2 hours',
         '第' || (a.team_k + 1) || '班组', a.status, case when a.g % 5 = 0 then '职工反映集中在排班和夜班班车。' end,
         a.headcount, ($1::uuid[])[a.campaign],
         lower(t.title || ' 第' || (a.team_k + 1) || '班组'),
         ${sqlUuid("'bench-officer:' || a.idx || ':' || a.officer_k")}, '干事' || a.officer_k,
         a.starts_at - interval '3 days', a.starts_at, 1
       from bench.act a
       cross join lateral (select case a.kind when 'FRONTLINE_VISIT' then '深入一线走访' when 'HOME_VISIT' then '职工家访'
         when 'SYMPOSIUM' then '职工座谈会' when 'EVENT' then '文体活动' when 'TRAINING' then '技能培训'
         when 'SEND_WARMTH' then '春节送温暖' when 'SUMMER_COOLING' then '夏季送清凉' when 'WORKERS_CONGRESS' then '职工代表大会'
         else '读书会' end as title) t`,
      [campaigns.map((c) => c.id)],
    ),
  );
  await t('activity teams', () =>
    client.query(`insert into activities.activity_team (id, tenant_id, tenant_path, activity_id, team_id, team_name)
      select gen_random_uuid(), a.tenant_id, a.tenant_path, a.id, ${sqlTeamId('a.idx', 'k.k')}, '第' || (k.k + 1) || '班组'
        from bench.act a cross join lateral (
          select (a.team_k + j) % a.teams as k from generate_series(0, least(a.n_teams, a.teams) - 1) j) k`),
  );
  await t('activity officers', () =>
    client.query(`insert into activities.activity_officer (id, tenant_id, tenant_path, activity_id, officer_id, name)
      select gen_random_uuid(), a.tenant_id, a.tenant_path, a.id, ${sqlUuid("'bench-officer:' || a.idx || ':' || k.k")}, '干事' || k.k
        from bench.act a cross join lateral (
          select (a.officer_k + j) % a.officers as k from generate_series(0, least(a.n_officers, a.officers) - 1) j) k`),
  );
  // Named attendees: members of the first visited team (50 per team), consecutive from a random one.
  await t('attendance', () =>
    client.query(`insert into activities.attendance (id, tenant_id, tenant_path, activity_id, member_id, member_name, team_id, source, created_at)
      select gen_random_uuid(), a.tenant_id, a.tenant_path, a.id,
        ${sqlMemberId('a.idx', `a.team_k * ${MEMBERS_PER_TEAM} + (a.m0 + j) % ${MEMBERS_PER_TEAM}`)},
        '职工' || (a.m0 + j) % ${MEMBERS_PER_TEAM}, ${sqlTeamId('a.idx', 'a.team_k')},
        case when a.g % 7 = 0 then 'CHECKIN' when a.g % 3 = 0 then 'TEAM' else 'MANUAL' end, a.starts_at
        from (select a.*, floor(random() * ${MEMBERS_PER_TEAM})::int as m0 from bench.act a where a.n_att > 0 offset 0) a
        cross join lateral generate_series(0, least(a.n_att, ${MEMBERS_PER_TEAM}) - 1) j`),
  );
  // What was heard: on ~40 % of done visits, 1–3 items; ~25 % became cases; ~30 % resolved on the spot.
  await t('heard items', () =>
    client.query(`insert into activities.heard_item (id, tenant_id, tenant_path, activity_id, kind, member_ids, team_id, note,
        resolved_on_spot, resolution_note, case_id, case_number, created_by_name, created_at, updated_at, version)
      select gen_random_uuid(), a.tenant_id, a.tenant_path, a.id,
        (array['NEED','GRIEVANCE','HARDSHIP','SUGGESTION','QUESTION'])[1 + floor(power(random(), 1.3) * 5)::int],
        array[${sqlMemberId('a.idx', `a.team_k * ${MEMBERS_PER_TEAM} + a.j`)}::text],
        ${sqlTeamId('a.idx', 'a.team_k')}, '职工反映的问题' || a.j, a.spot, case when a.spot then '当场答复' end,
        case when a.c then gen_random_uuid() end, case when a.c then 'BENCH-' || a.g || '-' || a.j end,
        '干事' || a.officer_k, a.starts_at, a.starts_at, 1
        from (select a.*, j, random() < 0.3 as spot, random() < 0.25 as c
                from bench.act a cross join lateral generate_series(1, 1 + floor(a.r_heard * 7.5)::int % 3) j
               where a.status = 'DONE' and a.kind in ('FRONTLINE_VISIT', 'HOME_VISIT') and a.r_heard < 0.4
              offset 0) a`),
  );
  await t('indexes rebuilt', () => restoreIndexes(client, dropped));
  await t('vacuum analyze', async () => {
    for (const table of [...big, 'campaign']) await client.query(`vacuum (analyze) activities.${table}`);
  });
  await client.query('drop schema bench cascade');
  return { timings, campaigns };
}

async function indexState(client, tables) {
  const { rows } = await client.query(
    `select tablename, indexname, indexdef from pg_indexes where schemaname = 'activities' and tablename = any($1) order by 1, 2`,
    [tables],
  );
  return rows;
}

async function dropIndexes(client, tables) {
  const before = await indexState(client, tables);
  const { rows: constraints } = await client.query(
    `select c.conrelid::regclass::text as tbl, c.conname, pg_get_constraintdef(c.oid) as def
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = 'activities' and c.contype in ('p', 'u') and c.conrelid::regclass::text = any($1)`,
    [tables.map((x) => `activities.${x}`)],
  );
  const constraintNames = new Set(constraints.map((c) => c.conname));
  const indexes = before.filter((i) => !constraintNames.has(i.indexname));
  for (const i of indexes) await client.query(`drop index activities."${i.indexname}"`);
  for (const c of constraints) await client.query(`alter table ${c.tbl} drop constraint "${c.conname}"`);
  return { tables, before, constraints, indexes };
}

async function restoreIndexes(client, dropped) {
  for (const c of dropped.constraints)
    await client.query(`alter table ${c.tbl} add constraint "${c.conname}" ${c.def}`);
  for (const i of dropped.indexes) await client.query(i.indexdef);
  const after = await indexState(client, dropped.tables);
  const key = (rows) => JSON.stringify(rows.map((r) => [r.indexname, r.indexdef]));
  if (key(after) !== key(dropped.before)) {
    throw new Error(`rebuilt indexes differ from the migration's:\n${key(dropped.before)}\n${key(after)}`);
  }
}
