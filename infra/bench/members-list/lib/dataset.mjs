// The synthetic installation: a province federation, three city federations and their enterprise
// unions (uneven sizes), ~50 shift teams per union, and the members themselves, generated inside
// PostgreSQL with `insert ... select from generate_series` so a million rows load in about a minute.
import { createHash } from 'node:crypto';

/** A deterministic, RFC 9562-shaped (version 4, variant 10) uuid, so zod's `z.uuid()` accepts it. */
export function uuidFrom(seed) {
  const h = createHash('md5').update(`frontline-bench:${seed}`).digest('hex').split('');
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

/** Log-normal sizes (sigma 1.1), largest first, summing exactly to `total`. */
export function unionSizes(count, total, sigma = 1.1) {
  const w = Array.from({ length: count }, (_, i) => Math.exp(sigma * normalQuantile(1 - (i + 0.5) / count)));
  const sum = w.reduce((x, y) => x + y, 0);
  const n = w.map((x) => Math.max(20, Math.floor((total * x) / sum)));
  n[0] += total - n.reduce((x, y) => x + y, 0);
  return n;
}

export const INDUSTRIES = [
  { company: '矿业集团', jobs: ['采掘', '机电', '运输', '通风', '安全'] },
  { company: '纺织股份', jobs: ['纺纱', '织布', '印染', '质检', '机修'] },
  { company: '地铁运营', jobs: ['站务', '乘务', '检修', '调度', '安保'] },
  { company: '机械制造', jobs: ['装配', '焊接', '机加工', '质检', '仓储'] },
  { company: '现代物流', jobs: ['驾驶', '分拣', '仓储', '装卸', '调度'] },
];
export const SHIFTS = [
  '三班倒',
  '三班倒',
  '三班倒',
  '三班倒',
  '常白班',
  '常白班',
  '常白班',
  '四班三倒',
  '四班三倒',
  '两班倒',
];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏丁任沈姚'.split(
    '',
  );
const MALE_CHARS = '伟磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭龙峰建国文'.split('');
const FEMALE_CHARS = '芳娜敏静丽艳娟秀霞英玲红燕萍雪婷倩琳晨颖慧佳莉璐洁琴云兰梅悦'.split('');
const TEAM_NAMES = ['甲班', '乙班', '丙班', '丁班', '戊班'];
const BRANCH_NAMES = ['第一分厂', '第二分厂'];
const REGIONS = [
  '3201',
  '3202',
  '3205',
  '3206',
  '3301',
  '3302',
  '3401',
  '3412',
  '4101',
  '4201',
  '5101',
  '3611',
];
const WORKSHOPS_PER_BRANCH = 5;
const TEAMS_PER_WORKSHOP = 5;
export const TEAMS_PER_UNION = BRANCH_NAMES.length * WORKSHOPS_PER_BRANCH * TEAMS_PER_WORKSHOP;

/**
 * The tenant tree and org units, built in JS (small: ~12k units): province → 3 cities → unions.
 * City 0 gets 7 of every 20 unions (~70 of 200), city 1 8 (~80), city 2 5 (~50).
 */
export function buildTenants(unionCount, memberCount) {
  const province = { id: uuidFrom('province'), name: '江东省总工会' };
  province.path = `/${province.id}/`;
  const cities = ['临江市总工会', '云溪市总工会', '青川市总工会'].map((name, i) => {
    const id = uuidFrom(`city:${i}`);
    return { id, name, path: `${province.path}${id}/`, unions: [] };
  });
  const sizes = unionSizes(unionCount, memberCount);
  const unions = sizes.map((n, idx) => {
    const slot = idx % 20;
    const city = cities[slot < 7 ? 0 : slot < 15 ? 1 : 2];
    const industry = idx % INDUSTRIES.length;
    const id = uuidFrom(`union:${idx}`);
    const union = {
      idx,
      id,
      path: `${city.path}${id}/`,
      city,
      n,
      industry,
      // Share of women varies by trade: textile high, mining low.
      femaleShare: [0.15, 0.7, 0.45, 0.3, 0.25][industry],
      name: `${city.name.slice(0, 2)}${INDUSTRIES[industry].company}第${idx + 1}公司工会`,
    };
    city.unions.push(union);
    return union;
  });
  const units = [];
  const teams = [];
  for (const u of unions) {
    u.workshops = [];
    BRANCH_NAMES.forEach((branchName, b) => {
      const branchId = uuidFrom(`unit:${u.idx}:b${b}`);
      const branchPath = `/${branchId}/`;
      units.push({ u, id: branchId, parentId: null, path: branchPath, kind: 'BRANCH', name: branchName });
      for (let w = 0; w < WORKSHOPS_PER_BRANCH; w++) {
        const wsIndex = b * WORKSHOPS_PER_BRANCH + w;
        const wsId = uuidFrom(`unit:${u.idx}:w${wsIndex}`);
        const wsPath = `${branchPath}${wsId}/`;
        const wsName = `${INDUSTRIES[u.industry].jobs[w]}${['一', '二'][b]}车间`;
        units.push({ u, id: wsId, parentId: branchId, path: wsPath, kind: 'WORKSHOP', name: wsName });
        u.workshops.push({ id: wsId, name: wsName, path: wsPath });
        for (let t = 0; t < TEAMS_PER_WORKSHOP; t++) {
          const k = wsIndex * TEAMS_PER_WORKSHOP + t;
          const teamId = uuidFrom(`unit:${u.idx}:t${k}`);
          const name = `${wsName}${TEAM_NAMES[t]}`;
          units.push({ u, id: teamId, parentId: wsId, path: `${wsPath}${teamId}/`, kind: 'TEAM', name });
          teams.push({ unionIdx: u.idx, k, id: teamId, path: `${wsPath}${teamId}/`, name });
        }
      }
    });
  }
  return { province, cities, unions, units, teams, memberCount };
}

/** Name parts with their pinyin, computed with the members service's own `namePinyin`. */
function nameParts(namePinyin) {
  const py = (chars) => chars.map((c) => namePinyin(c));
  return {
    surnames: SURNAMES,
    surnamesPy: SURNAMES.map((s) => namePinyin(`${s}`)),
    given: [...MALE_CHARS, ...FEMALE_CHARS],
    givenPy: py([...MALE_CHARS, ...FEMALE_CHARS]),
    half: MALE_CHARS.length,
  };
}

const b64u = (bytes) => `rtrim(translate(encode(${bytes}, 'base64'), '+/', '-_'), '=')`;
/** `v1.<iv>.<tag>.<ciphertext>` shaped like PiiCipher's output (same lengths), from a digest. */
const sealed = (key, ctLen) =>
  `'v1.' || ${b64u(`substr(sha256(${key}), 1, 12)`)} || '.' || ${b64u(`substr(sha256(${key}), 13, 16)`)} || '.' || ${b64u(`substr(sha256(sha256(${key})), 1, ${ctLen})`)}`;

/**
 * Loads the tree into the migrated schema as the owner. Indexes and unique constraints of the two
 * big tables are dropped first and rebuilt afterwards from their own definitions (the usual bulk
 * load); the rebuilt set is checked against the original.
 */
export async function seed(client, data, namePinyin, log) {
  const timings = {};
  const t = async (label, fn) => {
    const s = performance.now();
    const r = await fn();
    timings[label] = (performance.now() - s) / 1000;
    log(`  ${label}: ${timings[label].toFixed(1)} s`);
    return r;
  };
  await client.query(`set maintenance_work_mem = '1GB'`);
  await client.query('set synchronous_commit = off');
  await client.query('create schema bench');
  await client.query(`create table bench.union_def (idx int primary key, id uuid not null, path text collate "C" not null,
    name text not null, n int not null, industry int not null, female_share float8 not null)`);
  await client.query(`create table bench.team (union_idx int not null, k int not null, id uuid not null,
    unit_path text collate "C" not null, name text not null, primary key (union_idx, k))`);
  const u = data.unions;
  await client.query(
    `insert into bench.union_def select * from unnest($1::int[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::int[], $7::float8[])`,
    [
      u.map((x) => x.idx),
      u.map((x) => x.id),
      u.map((x) => x.path),
      u.map((x) => x.name),
      u.map((x) => x.n),
      u.map((x) => x.industry),
      u.map((x) => x.femaleShare),
    ],
  );
  const tm = data.teams;
  await client.query(
    `insert into bench.team select * from unnest($1::int[], $2::int[], $3::uuid[], $4::text[], $5::text[])`,
    [
      tm.map((x) => x.unionIdx),
      tm.map((x) => x.k),
      tm.map((x) => x.id),
      tm.map((x) => x.path),
      tm.map((x) => x.name),
    ],
  );
  const un = data.units;
  await t('org units', () =>
    client.query(
      `insert into members.org_unit (id, tenant_id, tenant_path, parent_id, unit_path, kind, name, leader_name, status)
       select * , 'ACTIVE' from unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[])`,
      [
        un.map((x) => x.id),
        un.map((x) => x.u.id),
        un.map((x) => x.u.path),
        un.map((x) => x.parentId),
        un.map((x) => x.path),
        un.map((x) => x.kind),
        un.map((x) => x.name),
        un.map((x, i) => (x.kind === 'TEAM' ? `${SURNAMES[i % SURNAMES.length]}班长` : null)),
      ],
    ),
  );

  const dropped = await dropIndexes(client, ['member', 'membership_period']);

  const parts = nameParts(namePinyin);
  const jobs = INDUSTRIES.flatMap((i) => i.jobs);
  // Several statements, so progress shows; each takes a band of unions (largest first).
  const bands = [];
  for (let i = 0; i < u.length; ) {
    let rows = 0;
    const from = i;
    while (i < u.length && rows < 120_000) rows += u[i++].n;
    bands.push([from, i - 1, rows]);
  }
  const insertMembers = `
    insert into members.member (id, tenant_id, tenant_path, name, name_pinyin, gender, birth_date,
      national_id_sealed, national_id_hash, national_id_masked, phone_sealed, phone_hash, phone_masked,
      employee_no, job_title, job_type, shift_pattern, org_unit_id, unit_path, joined_on, status,
      migrant_worker, model_worker, hardship_status, hardship_note_sealed, tags, created_at, updated_at, version)
    select gen_random_uuid(), m.tenant_id, m.tenant_path, m.name, m.name_pinyin, m.gender, m.birth_date,
      case when m.birth_date is not null then ${sealed("convert_to('nid:' || m.k, 'UTF8')", 18)} end,
      case when m.birth_date is not null then ${b64u("sha256(convert_to('nidh:' || m.k, 'UTF8'))")} end,
      case when m.birth_date is not null then ($7::text[])[1 + (m.h % ${REGIONS.length})] || '**********' || lpad((m.h % 10000)::text, 4, '0') end,
      case when m.has_phone then ${sealed("convert_to('ph:' || m.k, 'UTF8')", 11)} end,
      case when m.has_phone then ${b64u("sha256(convert_to('phh:' || m.k, 'UTF8'))")} end,
      case when m.has_phone then '1' || (array['38','39','58','86','37','88','50','36','59','87'])[1 + (m.h % 10)] || '****' || lpad(((m.h / 7) % 10000)::text, 4, '0') end,
      'E' || lpad(m.g::text, 7, '0'),
      case when m.r_title < 0.06 then '班组长' when m.r_title < 0.14 then '技术员' else m.job_type || '工' end,
      m.job_type, m.shift_pattern, m.team_id, m.unit_path,
      m.joined_on,
      case when m.r_status < 0.90 then 'ACTIVE' when m.r_status < 0.92 then 'SUSPENDED'
           when m.r_status < 0.96 then 'RETIRED' else 'LEFT' end,
      m.r_flag < 0.30, m.r_model < 0.015,
      case when m.r_hard < 0.005 then 'SEVERE' when m.r_hard < 0.035 then 'HARDSHIP' else 'NONE' end,
      case when m.r_hard < 0.035 then ${sealed("convert_to('hn:' || m.k, 'UTF8')", 60)} end,
      case when m.r_tag < 0.08 then '{党员}'::text[] when m.r_tag < 0.11 then '{退役军人}'::text[]
           when m.r_tag < 0.13 then '{党员,技能人才}'::text[] when m.r_tag < 0.15 then '{技能人才}'::text[] else '{}'::text[] end,
      m.joined_on::timestamptz, m.joined_on::timestamptz, 1
    from (
      select s.*,
        ($1::text[])[s.i_sur] || ($3::text[])[s.i_g1] || coalesce(($3::text[])[s.i_g2], '') as name,
        ($2::text[])[s.i_sur] || ($4::text[])[s.i_g1] || coalesce(($4::text[])[s.i_g2], '') as name_pinyin,
        ($6::text[])[1 + s.industry * 5 + s.i_job] as job_type,
        ($5::text[])[s.i_shift] as shift_pattern,
        least(current_date, greatest(date '1995-01-01' + s.join_days,
          coalesce((s.birth_date + interval '18 years')::date, date '1995-01-01'))) as joined_on,
        t.id as team_id, t.unit_path
      from (
        select u.idx, u.id as tenant_id, u.path as tenant_path, u.industry, u.g, u.id::text || ':' || u.g as k,
          abs(hashtext(u.id::text || ':' || u.g)::bigint) as h,
          case when r_g < 0.02 then null when r_g < u.female_share then 'FEMALE' else 'MALE' end as gender,
          1 + floor(power(random(), 1.8) * ${parts.surnames.length})::int as i_sur,
          (case when r_g >= 0.02 and r_g < u.female_share then ${parts.half} else 0 end) + 1 + floor(random() * ${parts.half})::int as i_g1,
          case when random() < 0.65 then (case when r_g >= 0.02 and r_g < u.female_share then ${parts.half} else 0 end) + 1 + floor(random() * ${parts.half})::int end as i_g2,
          case when random() < 0.03 then null else date '1966-01-01' + floor(random() * 14600)::int end as birth_date,
          floor(random() * 11600)::int as join_days,
          floor(power(random(), 1.5) * 5)::int as i_job,
          1 + floor(random() * 10)::int as i_shift,
          floor(power(random(), 1.4) * ${TEAMS_PER_UNION})::int as team_k,
          random() < 0.92 as has_phone,
          random() as r_title, random() as r_status, random() as r_flag, random() as r_model,
          random() as r_hard, random() as r_tag
        from (
          select u.*, g, random() as r_g
            from bench.union_def u cross join lateral generate_series(1, u.n) g
           where u.idx between $8 and $9
          offset 0
        ) u
        offset 0
      ) s
      join bench.team t on t.union_idx = s.idx and t.k = s.team_k
      offset 0
    ) m`;
  await client.query('select setseed(0.42)');
  await t('members', async () => {
    let done = 0;
    for (const [from, to, rows] of bands) {
      await client.query(insertMembers, [
        parts.surnames,
        parts.surnamesPy,
        parts.given,
        parts.givenPy,
        SHIFTS,
        jobs,
        REGIONS,
        from,
        to,
      ]);
      done += rows;
      log(`    members ${done.toLocaleString('en')} / ${data.memberCount.toLocaleString('en')}`);
    }
  });
  // One JOINED period per member; a second one from the status change for those no longer active.
  await t('membership periods', () =>
    client.query(`
      insert into members.membership_period (id, tenant_id, tenant_path, member_id, union_id, union_name,
        org_unit_id, org_unit_name, status, started_on, ended_on, reason, created_at)
      select gen_random_uuid(), s.tenant_id, s.tenant_path, s.id, s.tenant_id, s.union_name, s.org_unit_id, s.team_name,
        case when v.k = 1 then 'ACTIVE' else s.status end,
        case when v.k = 1 then s.joined_on else s.changed_on end,
        case when v.k = 1 and s.status <> 'ACTIVE' then s.changed_on end,
        case when v.k = 1 then 'JOINED' else 'STATUS_CHANGED' end,
        s.created_at
      from (
        select m.id, m.tenant_id, m.tenant_path, m.org_unit_id, m.status, m.joined_on, m.created_at,
          u.name as union_name, t.name as team_name,
          m.joined_on + floor(random() * greatest(current_date - m.joined_on, 1))::int as changed_on
        from members.member m join bench.union_def u on u.id = m.tenant_id join bench.team t on t.id = m.org_unit_id
        offset 0
      ) s cross join lateral (values (1), (2)) v(k)
      where v.k = 1 or s.status <> 'ACTIVE'`),
  );
  await t('indexes rebuilt', () => restoreIndexes(client, dropped));
  await t('vacuum analyze', async () => {
    for (const table of ['member', 'membership_period', 'org_unit']) {
      await client.query(`vacuum (analyze) members.${table}`);
    }
  });
  return timings;
}

async function indexState(client, tables) {
  const { rows } = await client.query(
    `select tablename, indexname, indexdef from pg_indexes where schemaname = 'members' and tablename = any($1) order by 1, 2`,
    [tables],
  );
  return rows;
}

async function dropIndexes(client, tables) {
  const before = await indexState(client, tables);
  const { rows: constraints } = await client.query(
    `select c.conrelid::regclass::text as tbl, c.conname, pg_get_constraintdef(c.oid) as def
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = 'members' and c.contype in ('p', 'u') and c.conrelid::regclass::text = any($1)`,
    [tables.map((x) => `members.${x}`)],
  );
  const constraintNames = new Set(constraints.map((c) => c.conname));
  const indexes = before.filter((i) => !constraintNames.has(i.indexname));
  for (const i of indexes) await client.query(`drop index members."${i.indexname}"`);
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
