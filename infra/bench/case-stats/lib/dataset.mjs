// The synthetic installation: a province federation, three city federations and 200 enterprise
// unions (log-normal sizes), and 24 months of cases with their members, timelines and assistance,
// generated inside PostgreSQL with `insert … select from generate_series` (200k cases in ~1 min).
import { createHash } from 'node:crypto';

/** A deterministic, RFC 9562-shaped (version 4, variant 10) uuid, so zod's `z.uuid()` accepts it. */
export function uuidFrom(seed) {
  const h = createHash('md5').update(`frontline-bench-cases:${seed}`).digest('hex').split('');
  h[12] = '4';
  h[16] = '89ab'[Number.parseInt(h[16], 16) % 4];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

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

/** Log-normal sizes (sigma 1.1), largest first, summing exactly to `total`, at least `min` each. */
export function unionSizes(count, total, sigma = 1.1, min = 5) {
  const w = Array.from({ length: count }, (_, i) => Math.exp(sigma * normalQuantile(1 - (i + 0.5) / count)));
  const sum = w.reduce((x, y) => x + y, 0);
  const n = w.map((x) => Math.max(min, Math.floor((total * x) / sum)));
  n[0] += total - n.reduce((x, y) => x + y, 0);
  return n;
}

const COMPANIES = ['矿业集团', '纺织股份', '地铁运营', '机械制造', '现代物流'];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏丁任沈姚'.split(
    '',
  );
const GIVEN = '伟磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯芳娜敏静丽艳娟秀霞英玲红燕萍雪婷倩琳晨颖'.split('');
const SUMMARIES = {
  NEED: ['夜班班车停运，下班回家困难', '食堂夜班供餐时间太短', '更衣室淋浴热水不足', '希望增设职工书屋'],
  GRIEVANCE: ['加班费未按规定计发', '劳动合同到期未续签也未补偿', '高温津贴未发放', '休息日被安排加班未调休'],
  HARDSHIP: ['家属重病医疗费用负担重', '子女上学学费困难', '家庭遭遇火灾生活困难', '单亲家庭生活困难'],
  SUGGESTION: ['建议车间增加通风设备', '建议优化排班减少连续夜班', '建议开展技能比武', '建议增设母婴室'],
  CONSULTATION: ['咨询工伤认定流程', '咨询住房公积金提取', '咨询产假天数', '咨询年休假计算'],
  LEGAL_AID: ['工伤赔偿纠纷需法律援助', '被违法解除劳动合同', '拖欠工资仲裁', '职业病鉴定争议'],
};
const FUNDS = ['困难职工帮扶资金', '送温暖资金', '金秋助学资金', '医疗互助金'];

/**
 * The tenant tree: 江东省总工会 → 3 city federations → `unionCount` unions. City 0 gets 7 of every
 * 20 unions (~70 of 200), city 1 8 (~80), city 2 5 (~50). `caseCount` cases: ~98 % owned by the
 * unions (log-normal shares, largest first), ~2 % by the federations (hotline), dispatched down.
 */
export function buildTenants(unionCount, caseCount, federationShare = 0.02) {
  const province = { id: uuidFrom('province'), name: '江东省总工会', kind: 'FEDERATION' };
  province.path = `/${province.id}/`;
  const cities = ['临江市总工会', '云溪市总工会', '青川市总工会'].map((name, i) => {
    const id = uuidFrom(`city:${i}`);
    return { id, name, kind: 'FEDERATION', path: `${province.path}${id}/`, unions: [], parent: province };
  });
  const fedCases = Math.round(caseCount * federationShare);
  const sizes = unionSizes(unionCount, caseCount - fedCases);
  const unions = sizes.map((n, idx) => {
    const slot = idx % 20;
    const city = cities[slot < 7 ? 0 : slot < 15 ? 1 : 2];
    const id = uuidFrom(`union:${idx}`);
    const union = {
      idx,
      id,
      kind: 'ENTERPRISE_UNION',
      path: `${city.path}${id}/`,
      city,
      n,
      name: `${city.name.slice(0, 2)}${COMPANIES[idx % COMPANIES.length]}第${idx + 1}公司工会`,
    };
    city.unions.push(union);
    return union;
  });
  // Hotline cases: 30 % taken in by the province, the rest by the cities in proportion to their unions.
  province.n = Math.round(fedCases * 0.3);
  province.unions = unions;
  let left = fedCases - province.n;
  cities.forEach((c, i) => {
    c.n =
      i === cities.length - 1 ? left : Math.round(((fedCases - province.n) * c.unions.length) / unionCount);
    left -= c.n;
  });
  return { province, cities, unions, caseCount };
}

/**
 * The owners of cases as one table: each union (escalates to its city) and each federation (its
 * hotline cases are dispatched to one of its unions).
 */
async function loadOwners(client, data) {
  await client.query('create schema bench');
  await client.query(`create table bench.owner (idx int primary key, kind text not null, id uuid not null,
    path text collate "C" not null, name text not null, n int not null,
    up_id uuid, up_path text collate "C", up_name text,
    sub_ids uuid[], sub_paths text[], sub_names text[])`);
  const rows = [
    ...data.unions.map((u) => [
      u.idx,
      'UNION',
      u.id,
      u.path,
      u.name,
      u.n,
      u.city.id,
      u.city.path,
      u.city.name,
    ]),
    ...[data.province, ...data.cities].map((f, i) => [
      data.unions.length + i,
      'FEDERATION',
      f.id,
      f.path,
      f.name,
      f.n,
      null,
      null,
      null,
    ]),
  ];
  const col = (i) => rows.map((r) => r[i]);
  await client.query(
    `insert into bench.owner (idx, kind, id, path, name, n, up_id, up_path, up_name)
     select * from unnest($1::int[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::uuid[], $8::text[], $9::text[])`,
    [0, 1, 2, 3, 4, 5, 6, 7, 8].map(col),
  );
  await client.query(`update bench.owner f set sub_ids = s.ids, sub_paths = s.paths, sub_names = s.names
    from (select f2.idx, array_agg(u.id order by u.idx) ids, array_agg(u.path order by u.idx) paths,
                 array_agg(u.name order by u.idx) names
            from bench.owner f2 join bench.owner u on u.kind = 'UNION' and u.path > f2.path and u.path < left(f2.path, -1) || '0'
           where f2.kind = 'FEDERATION' group by f2.idx) s
   where s.idx = f.idx`);
}

const nameSql = (seed) =>
  `(($1::text[])[1 + abs(hashtext(${seed} || 's')) % ${SURNAMES.length}] || ($2::text[])[1 + abs(hashtext(${seed} || 'g')) % ${GIVEN.length}]
    || case when abs(hashtext(${seed} || 'h')) % 3 > 0 then ($2::text[])[1 + abs(hashtext(${seed} || 'i')) % ${GIVEN.length}] else '' end)`;
/** 1–3 members per case (mean 1.5), derived from the case id so case_member and member_names agree. */
const memberCountSql = (id) =>
  `(1 + (abs(hashtext(${id}::text || 'm')) % 100 < 40)::int + (abs(hashtext(${id}::text || 'n')) % 100 < 10)::int)`;

/**
 * Loads the cases as the owner. Indexes and unique constraints of the four big tables are dropped
 * first and rebuilt afterwards from their own definitions (checked identical), then VACUUM (ANALYZE).
 */
export async function seed(client, data, log) {
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
  await loadOwners(client, data);
  const tables = ['case', 'case_member', 'case_event', 'assistance'];
  const dropped = await dropIndexes(client, tables);
  await client.query('select setseed(0.42)');

  const kinds = Object.keys(SUMMARIES);
  const summaries = kinds.flatMap((k) => SUMMARIES[k]);
  await t('cases', () =>
    client.query(
      `
    insert into cases."case" (id, tenant_id, tenant_path, tenant_name, number, kind, status, priority, source,
      source_activity_id, source_item_id, summary, details, details_sealed, confidential, org_unit_id, unit_path,
      org_unit_name, member_names, handling_tenant_id, handling_tenant_path, handling_tenant_name,
      lead_officer_id, lead_officer_name, received_at, response_due_at, resolution_due_at, next_due_at,
      first_responded_at, resolved_at, result, rejection_reason, satisfaction, callback_comment, callback_at,
      closed_at, escalated_at, dispatched_at, reopen_count, created_by_name, created_at, updated_at, version)
    select x.id, x.tenant_id, x.tenant_path, x.tenant_name,
      to_char(x.received_at at time zone 'Asia/Shanghai', 'YYYY') || '-' || lpad(row_number() over (
        partition by x.tenant_id, to_char(x.received_at at time zone 'Asia/Shanghai', 'YYYY') order by x.received_at)::text, 6, '0'),
      x.kind, x.status, x.priority, x.source,
      case when x.source = 'VISIT' then md5(x.id::text || 'act')::uuid end,
      case when x.source = 'VISIT' then md5(x.id::text || 'item')::uuid end,
      x.summary,
      case when x.kind <> 'HARDSHIP' then x.summary || '。' || x.member_names || '反映，涉及班组约' || (3 + abs(hashtext(x.id::text)) % 20) || '人。' end,
      case when x.kind = 'HARDSHIP' then 'v1.' || encode(sha256(convert_to(x.id::text, 'UTF8')), 'base64') end,
      x.kind = 'HARDSHIP' or x.r_conf < 0.02,
      x.org_unit_id, x.unit_path, x.org_unit_name, x.member_names,
      x.handling_id, x.handling_path, x.handling_name,
      md5(x.handling_id::text || ':o' || x.officer)::uuid, ($1::text[])[1 + x.officer] || '干事',
      x.received_at, x.response_due_at, x.resolution_due_at,
      case when x.status in ('RECEIVED') then x.response_due_at
           when x.status in ('ACCEPTED', 'IN_PROGRESS') then x.resolution_due_at
           when x.status = 'REOPENED' then x.resolution_due_at + interval '15 days'
           else timestamptz '9999-12-31 00:00:00+00' end,
      x.first_responded_at, x.resolved_at,
      case when x.resolved_at is not null then '已协调相关部门处理，结果已告知职工' end,
      case when x.status = 'REJECTED' then '不属于工会受理范围，已告知相关渠道' end,
      x.satisfaction,
      case when x.satisfaction = 'DISSATISFIED' then '处理速度太慢' end,
      x.callback_at, x.closed_at, x.escalated_at, x.dispatched_at,
      (x.status = 'REOPENED')::int, x.created_by, x.received_at, coalesce(x.closed_at, x.callback_at, x.resolved_at, x.first_responded_at, x.received_at),
      1 + (x.first_responded_at is not null)::int + (x.resolved_at is not null)::int + (x.callback_at is not null)::int + (x.closed_at is not null)::int
    from (
      select s.*,
        case when s.status in ('RESOLVED', 'CALLBACK_DONE', 'CLOSED') then s.received_at + s.res_days * interval '1 day' end as resolved_at,
        case when s.status in ('CALLBACK_DONE', 'CLOSED') and (s.status = 'CALLBACK_DONE' or s.r_rated < 0.8)
             then (array['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'])[case when s.r_sat < 0.65 then 1 when s.r_sat < 0.90 then 2 else 3 end] end as satisfaction,
        case when s.status in ('CALLBACK_DONE', 'CLOSED') then s.received_at + (s.res_days + 2) * interval '1 day' end as callback_at,
        case when s.status = 'CLOSED' then s.received_at + (s.res_days + 3) * interval '1 day'
             when s.status = 'REJECTED' then s.first_responded_at end as closed_at,
        case when s.owner_kind = 'UNION' and s.r_esc < 0.05 then s.received_at + s.fr_days * interval '1 day' end as escalated_at,
        case when s.owner_kind = 'UNION' and s.r_esc < 0.05 then s.up_id when s.owner_kind = 'UNION' then s.tenant_id else s.sub_ids[s.sub] end as handling_id,
        case when s.owner_kind = 'UNION' and s.r_esc < 0.05 then s.up_path when s.owner_kind = 'UNION' then s.tenant_path else s.sub_paths[s.sub] end as handling_path,
        case when s.owner_kind = 'UNION' and s.r_esc < 0.05 then s.up_name when s.owner_kind = 'UNION' then s.tenant_name else s.sub_names[s.sub] end as handling_name,
        case when s.owner_kind = 'FEDERATION' then s.received_at + interval '3 hours' end as dispatched_at,
        ${nameSql('s.id::text')} ||
          case when ${memberCountSql('s.id')} >= 2 then '、' || ${nameSql("s.id::text || ':2'")} else '' end ||
          case when ${memberCountSql('s.id')} >= 3 then '、' || ${nameSql("s.id::text || ':3'")} else '' end as member_names
      from (
        select r.*,
          case when r.r_state < 0.04 then 'REJECTED'
               when r.r_state < 0.05 then 'IN_PROGRESS'   -- stuck: deadline long passed
               when r.r_state < 0.055 then 'REOPENED'
               when r.received_at + r.fr_days * interval '1 day' > now() then 'RECEIVED'
               when r.received_at + r.res_days * interval '1 day' > now() then (case when r.r_sub < 0.3 then 'ACCEPTED' else 'IN_PROGRESS' end)
               when r.received_at + (r.res_days + 7) * interval '1 day' > now() then (case when r.r_sub < 0.6 then 'RESOLVED' else 'CALLBACK_DONE' end)
               else 'CLOSED' end as status,
          case when r.r_state < 0.055 or r.received_at + r.fr_days * interval '1 day' <= now()
               then r.received_at + r.fr_days * interval '1 day' end as first_responded_at
        from (
          select q.*,
            q.received_at + interval '3 days' as response_due_at,
            q.received_at + case when q.kind = 'LEGAL_AID' then interval '30 days' else interval '21 days' end as resolution_due_at,
            ($4::text[])[1 + q.kind_i * 4 + floor(random() * 4)::int] as summary
          from (
            select o.kind as owner_kind, o.id as tenant_id, o.path as tenant_path, o.name as tenant_name,
              o.up_id, o.up_path, o.up_name, o.sub_ids, o.sub_paths, o.sub_names,
              case when o.kind = 'FEDERATION' then 1 + floor(random() * cardinality(o.sub_ids))::int end as sub,
              gen_random_uuid() as id,
              now() - random() * interval '730 days' as received_at,
              k.kind_i, ($3::text[])[1 + k.kind_i] as kind,
              case when r_p < 0.05 then 'LOW' when r_p < 0.85 then 'NORMAL' when r_p < 0.97 then 'HIGH' else 'URGENT' end as priority,
              case when o.kind = 'FEDERATION' then 'HOTLINE' when r_src < 0.2 then 'VISIT' when r_src < 0.5 then 'WALK_IN'
                   when r_src < 0.6 then 'HOTLINE' else 'ONLINE' end as source,
              md5(o.id::text || ':t' || team)::uuid as org_unit_id,
              case when o.kind = 'UNION' then '/' || md5(o.id::text || ':b' || team / 25)::uuid || '/' || md5(o.id::text || ':w' || team / 5)::uuid
                || '/' || md5(o.id::text || ':t' || team)::uuid || '/' end as unit_path,
              case when o.kind = 'UNION' then '第' || (1 + team / 5) || '车间' || (array['甲','乙','丙','丁','戊'])[1 + team % 5] || '班' end as org_unit_name,
              floor(random() * 5)::int as officer, ($1::text[])[1 + floor(random() * 10)::int] || '干事' as created_by,
              0.2 + 4.8 * power(random(), 2) as fr_days, 1 + 39 * power(random(), 1.6) as res_days0,
              random() as r_state, random() as r_sub, random() as r_rated, random() as r_sat, random() as r_esc, random() as r_conf
            from bench.owner o cross join lateral generate_series(1, o.n) g
            cross join lateral (select random() as r_kind, random() as r_p, random() as r_src, floor(power(random(), 1.4) * 50)::int as team, g as gg) z
            cross join lateral (select case when z.r_kind < 0.35 then 0 when z.r_kind < 0.55 then 1 when z.r_kind < 0.70 then 2
                when z.r_kind < 0.80 then 3 when z.r_kind < 0.95 then 4 else 5 end as kind_i) k
            offset 0
          ) q
          offset 0
        ) q2
        cross join lateral (select greatest(q2.res_days0, q2.fr_days + 0.5) as res_days) rd
        cross join lateral (select q2.*, rd.res_days) r
        offset 0
      ) s
      offset 0
    ) x`,
      [SURNAMES, GIVEN, kinds, summaries],
    ),
  );
  await t('case members', () =>
    client.query(
      `insert into cases.case_member (id, tenant_id, tenant_path, handling_tenant_path, case_id, member_id, member_name)
       select gen_random_uuid(), c.tenant_id, c.tenant_path, c.handling_tenant_path, c.id,
              md5(c.tenant_id::text || ':m' || (abs(hashtext(c.id::text))::bigint + k * 7919) % 60000)::uuid,
              case k when 1 then ${nameSql('c.id::text')} when 2 then ${nameSql("c.id::text || ':2'")} else ${nameSql("c.id::text || ':3'")} end
         from cases."case" c cross join lateral generate_series(1, ${memberCountSql('c.id')}) k`,
      [SURNAMES, GIVEN],
    ),
  );
  await t('case events', () =>
    client.query(`
      insert into cases.case_event (id, tenant_id, tenant_path, handling_tenant_path, case_id, type, at, actor_name,
        actor_tenant_name, from_status, to_status, note, data)
      select gen_random_uuid(), c.tenant_id, c.tenant_path, c.handling_tenant_path, c.id, e.type, e.at,
             coalesce(c.lead_officer_name, c.created_by_name), c.handling_tenant_name, e.from_status, e.to_status, e.note, e.data
        from cases."case" c
        cross join lateral (select abs(hashtext(c.id::text || 'e')) as h) hh
        cross join lateral (values
          ('CREATED', c.received_at, null, 'RECEIVED', null, null::jsonb, true),
          ('ACCEPTED', c.first_responded_at, 'RECEIVED', 'ACCEPTED', null, null, c.first_responded_at is not null and c.status <> 'REJECTED'),
          ('REJECTED', c.closed_at, 'RECEIVED', 'REJECTED', c.rejection_reason, null, c.status = 'REJECTED'),
          ('ASSIGNED', c.first_responded_at, null, null, null, jsonb_build_object('officer', c.lead_officer_name), c.first_responded_at is not null and hh.h % 4 = 0),
          ('STARTED', c.first_responded_at + interval '2 hours', 'ACCEPTED', 'IN_PROGRESS', null, null,
            c.first_responded_at is not null and c.status not in ('REJECTED', 'ACCEPTED') and hh.h % 2 = 0),
          ('ESCALATED', c.escalated_at, null, null, '超出本级处理权限，提请上级工会', jsonb_build_object('to', c.handling_tenant_name), c.escalated_at is not null),
          ('DISPATCHED', c.dispatched_at, null, null, '转企业工会办理', jsonb_build_object('to', c.handling_tenant_name), c.dispatched_at is not null),
          ('COMMENTED', c.received_at + interval '1 day', null, null, '已电话联系职工了解情况', null, hh.h % 4 = 3),
          ('RESOLVED', c.resolved_at, 'IN_PROGRESS', 'RESOLVED', c.result, null, c.resolved_at is not null),
          ('CALLBACK', c.callback_at, 'RESOLVED', 'CALLBACK_DONE', null, jsonb_build_object('satisfaction', c.satisfaction), c.satisfaction is not null),
          ('CLOSED', c.closed_at, 'CALLBACK_DONE', 'CLOSED', null, null, c.status = 'CLOSED'),
          ('REOPENED', c.received_at + interval '30 days', 'CLOSED', 'REOPENED', '职工不满意，重新办理', null, c.status = 'REOPENED')
        ) e(type, at, from_status, to_status, note, data, keep)
       where e.keep`),
  );
  await t('assistance', () =>
    client.query(
      `insert into cases.assistance (id, tenant_id, tenant_path, handling_tenant_path, case_id, form, amount_fen, items,
         delivered_on, fund, approved_by_name, delivered_by_tenant_name, note, recorded_by_name, recorded_at)
       select gen_random_uuid(), c.tenant_id, c.tenant_path, c.handling_tenant_path, c.id,
              case when a.r_form < 0.7 then 'MONEY' else 'IN_KIND' end,
              (500 + floor(a.r_amt * 4500)::int) * 100,
              case when a.r_form >= 0.7 then '米、油、棉被' end,
              least(current_date, (coalesce(c.resolved_at, c.first_responded_at + interval '3 days') at time zone 'Asia/Shanghai')::date),
              ($1::text[])[1 + floor(a.r_fund * ${FUNDS.length})::int], '主席', c.handling_tenant_name, null,
              c.lead_officer_name, coalesce(c.resolved_at, c.first_responded_at + interval '3 days')
         from cases."case" c cross join lateral (select random() as r_pick, random() as r_form, random() as r_amt, random() as r_fund, c.id as cid) a
        where c.kind = 'HARDSHIP' and c.first_responded_at is not null and c.status <> 'REJECTED' and a.r_pick < 0.6 / 0.96`,
      [FUNDS],
    ),
  );
  await t('indexes rebuilt', () => restoreIndexes(client, dropped));
  await t('vacuum analyze', async () => {
    for (const table of tables) await client.query(`vacuum (analyze) cases."${table}"`);
  });
  return timings;
}

async function indexState(client, tables) {
  const { rows } = await client.query(
    `select tablename, indexname, indexdef from pg_indexes where schemaname = 'cases' and tablename = any($1) order by 1, 2`,
    [tables],
  );
  return rows;
}

async function dropIndexes(client, tables) {
  const before = await indexState(client, tables);
  const { rows: constraints } = await client.query(
    `select c.conrelid::regclass::text as tbl, c.conname, pg_get_constraintdef(c.oid) as def
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = 'cases' and c.contype in ('p', 'u') and c.conrelid::regclass::text = any($1)`,
    [tables.map((x) => `cases."${x}"`).concat(tables.map((x) => `cases.${x}`))],
  );
  const constraintNames = new Set(constraints.map((c) => c.conname));
  const indexes = before.filter((i) => !constraintNames.has(i.indexname));
  for (const i of indexes) await client.query(`drop index cases."${i.indexname}"`);
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
