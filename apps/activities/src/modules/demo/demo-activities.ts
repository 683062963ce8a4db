import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TenantRef, TokenVerifier } from '@frontline/auth-tokens';
import { type AppError, type Database, demoLogin, type Logger, seededRandom } from '@frontline/subgraph-kit';
import {
  Activity,
  ActivityKind,
  ActivityOfficer,
  ActivityStatus,
  ActivityTeam,
} from '../activity/activity.entity.js';
import { Attendance, AttendanceSource } from '../attendance/attendance.entity.js';
import { Campaign, CampaignTarget } from '../campaign/campaign.entity.js';
import { addDays, dayjs, today, ZONE } from '../common/dates.js';
import type { CasesClient } from '../heard/cases-client.js';
import { HeardItem, HeardItemKind } from '../heard/heard-item.entity.js';
import { caseInputFor } from '../heard/heard-item.service.js';
import { PeriodKind, VisitPlan, VisitReason, VisitTask, VisitTaskStatus } from '../visit/visit.entity.js';

const UNIONS = [
  { key: 'mining', activities: 150, neverVisited: 0.25, campaignVisits: 7 },
  { key: 'textile', activities: 110, neverVisited: 0.3, campaignVisits: 3 },
  { key: 'metro', activities: 80, neverVisited: 0.4, campaignVisits: 0 },
];
const CAMPAIGN_FEDERATION = 'city.admin@frontline.demo';

const HEARD: Record<HeardItemKind, string[]> = {
  NEED: ['希望班组休息室增加空调和饮水机', '夜班职工希望食堂延长供餐时间', '希望增加子女暑期托管服务'],
  GRIEVANCE: ['加班费计算方式有异议，连续三个月少算夜班津贴', '劳保用品发放不及时，手套磨损严重'],
  HARDSHIP: ['家属患重病，医疗费用负担重', '子女上大学学费困难', '家中房屋因暴雨受损'],
  SUGGESTION: ['建议交接班记录改为电子化', '建议在车间入口增设安全提示屏', '建议组织技能比武'],
  QUESTION: ['咨询职工医疗互助保障的报销流程', '咨询带薪年休假的计算办法', '咨询住房公积金提取政策'],
};
const PLACES = ['班组休息室', '车间会议室', '职工之家', '工会活动中心', '职工家中'];

interface DemoMember {
  id: string;
  name: string;
  employeeNo: string | null;
  orgUnitId: string | null;
  hardshipStatus: string;
  status: string;
}

async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(`demo query failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * The members subgraph loads its demo roster while this service starts: wait until its teams are
 * there (members' data only through its API, with the union officer's own token).
 */
async function readUnion(membersUrl: string, token: string, signal: AbortSignal) {
  for (let attempt = 0; ; attempt++) {
    try {
      const { orgUnits } = await gql<{
        orgUnits: { id: string; name: string; kind: string; parentId: string | null }[];
      }>(membersUrl, '{ orgUnits { id name kind parentId } }', {}, token);
      const teams = orgUnits.filter((u) => u.kind === 'TEAM');
      if (teams.length) {
        const members: DemoMember[] = [];
        let after: string | null = null;
        do {
          const page: {
            members: {
              edges: { node: DemoMember }[];
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
            };
          } = await gql(
            membersUrl,
            `query($after: String) { members(first: 100, after: $after) {
               edges { node { id name employeeNo orgUnitId hardshipStatus status } } pageInfo { hasNextPage endCursor } } }`,
            { after },
            token,
          );
          members.push(...page.members.edges.map((e) => e.node));
          after = page.members.pageInfo.hasNextPage ? page.members.pageInfo.endCursor : null;
        } while (after);
        const units = new Map(orgUnits.map((u) => [u.id, u]));
        return {
          teams: teams.map((t) => ({ ...t, label: `${units.get(t.parentId ?? '')?.name ?? ''}${t.name}` })),
          members,
        };
      }
    } catch (err) {
      if (attempt > 90) throw err;
    }
    if (attempt > 90) throw new Error('members has no teams');
    await sleep(2000, undefined, { signal });
  }
}

/**
 * A year of visits and events in each demo union, with uneven coverage (some teams never visited),
 * heard items, visit tasks for members in hardship, a monthly visit plan and the city federation's
 * 春节送温暖 campaign in progress. Skips a union that already has activities (idempotent).
 */
export async function loadDemoActivities(
  db: Database,
  opts: {
    tenantsUrl: string;
    membersUrl: string;
    verifier: TokenVerifier;
    log?: Logger;
    signal: AbortSignal;
    /** Some heard items become cases in the cases subgraph, as an officer would open them. */
    cases?: CasesClient;
  },
) {
  const em = db.orm.em.fork({ clear: true, useContext: false });
  const started = Date.now();
  let tokens: { admin: string; officer: string };
  // Tenants may still be starting.
  for (let attempt = 0; ; attempt++) {
    try {
      tokens = {
        admin: await demoLogin(opts.tenantsUrl, CAMPAIGN_FEDERATION),
        officer: await demoLogin(opts.tenantsUrl, 'city.officer@frontline.demo'),
      };
      break;
    } catch (err) {
      if (attempt > 60) throw err;
      await sleep(2000, undefined, { signal: opts.signal });
    }
  }
  const city = await opts.verifier(tokens.admin);
  const now = today();
  const campaignEnd = addDays(now, 75);
  const campaignName = `${campaignEnd.slice(0, 4)}年春节送温暖`;
  let campaign = await em.findOne(
    Campaign,
    { tenantId: city.scope.id, name: campaignName },
    { filters: false },
  );
  if (!campaign) {
    campaign = Object.assign(new Campaign(), {
      id: randomUUID(),
      tenantId: city.scope.id,
      tenantPath: city.scope.path,
      name: campaignName,
      description: '走访慰问困难职工和一线职工家庭，把党和政府的关怀、工会组织的温暖送到职工心坎上',
      activityKind: ActivityKind.SEND_WARMTH,
      startsOn: addDays(now, -14),
      endsOn: campaignEnd,
      targetKind: CampaignTarget.MEMBERS_REACHED,
      targetPerUnion: 30,
      createdByName: city.name,
      createdAt: new Date(),
      updatedAt: new Date(),
      version: 1,
    });
    await em.insert(Campaign, campaign);
  }

  const loaded: { union: string; activities: number }[] = [];
  for (const [u, plan] of UNIONS.entries()) {
    const adminToken = await demoLogin(opts.tenantsUrl, `${plan.key}.admin@frontline.demo`);
    const officerToken = await demoLogin(opts.tenantsUrl, `${plan.key}.officer@frontline.demo`);
    const [admin, officer] = [await opts.verifier(adminToken), await opts.verifier(officerToken)];
    const scope: TenantRef = admin.scope;
    if ((await em.count(Activity, { tenantId: scope.id }, { filters: false })) > 0) continue;
    const { teams, members } = await readUnion(opts.membersUrl, officerToken, opts.signal);
    const rand = seededRandom(2000 + u);
    const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)] as T;
    const active = members.filter((m) => m.status === 'ACTIVE');
    const byTeam = new Map<string, DemoMember[]>();
    for (const m of active) if (m.orgUnitId) byTeam.set(m.orgUnitId, [...(byTeam.get(m.orgUnitId) ?? []), m]);
    // Uneven coverage: some teams are never visited, the rest with skewed weights.
    const weighted = teams
      .map((t) => ({ t, w: rand() < plan.neverVisited ? 0 : 0.2 + rand() ** 2 }))
      .filter((x) => x.w > 0);
    const totalW = weighted.reduce((n, x) => n + x.w, 0);
    const pickTeam = () => {
      let r = rand() * totalW;
      for (const x of weighted) {
        r -= x.w;
        if (r <= 0) return x.t;
      }
      return weighted[weighted.length - 1].t;
    };
    const people = [
      { id: admin.sub, name: admin.name },
      { id: officer.sub, name: officer.name },
    ];
    const rows = {
      activities: [] as Activity[],
      teams: [] as ActivityTeam[],
      officers: [] as ActivityOfficer[],
      attendance: [] as Attendance[],
      heard: [] as HeardItem[],
      tasks: [] as VisitTask[],
    };
    const base = { tenantId: scope.id, tenantPath: scope.path };
    const addActivity = (
      kind: ActivityKind,
      day: string,
      campaignId: string | null,
      visitMembers?: DemoMember[],
    ) => {
      const team = pickTeam();
      const hour = 9 + Math.floor(rand() * 8);
      const startsAt = dayjs.tz(`${day} ${String(hour).padStart(2, '0')}:00`, ZONE).toDate();
      const past = day < now;
      const status = past
        ? rand() < 0.05
          ? ActivityStatus.CANCELLED
          : ActivityStatus.DONE
        : ActivityStatus.PLANNED;
      const teamMembers = byTeam.get(team.id) ?? [];
      const present =
        visitMembers ??
        teamMembers.filter(() => rand() < (kind === ActivityKind.FRONTLINE_VISIT ? 0.5 : 0.25)).slice(0, 15);
      const title =
        kind === ActivityKind.FRONTLINE_VISIT
          ? `深入${team.label}走访职工`
          : kind === ActivityKind.HOME_VISIT
            ? `家访${present[0]?.name ?? '职工'}`
            : kind === ActivityKind.SYMPOSIUM
              ? `${team.label}职工座谈会`
              : kind === ActivityKind.TRAINING
                ? '安全生产与劳动法律知识培训'
                : kind === ActivityKind.SEND_WARMTH
                  ? `春节送温暖慰问${present[0]?.name ?? '困难职工'}家庭`
                  : kind === ActivityKind.SUMMER_COOLING
                    ? `高温送清凉到${team.label}`
                    : kind === ActivityKind.WORKERS_CONGRESS
                      ? '职工代表大会'
                      : '职工趣味运动会';
      const who = rand() < 0.5 ? [people[1]] : rand() < 0.5 ? [people[0]] : people;
      const activity = Object.assign(new Activity(), {
        ...base,
        id: randomUUID(),
        kind,
        customKindId: null,
        customKind: null,
        title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        place:
          kind === ActivityKind.HOME_VISIT || kind === ActivityKind.SEND_WARMTH ? '职工家中' : pick(PLACES),
        status,
        notes: null,
        photos: [],
        headcount:
          kind === ActivityKind.EVENT || kind === ActivityKind.WORKERS_CONGRESS
            ? 80 + Math.floor(rand() * 200)
            : null,
        campaignId,
        searchText: `${title} ${team.label} ${who.map((p) => p.name).join(' ')}`.toLowerCase(),
        checkinNonce: null,
        checkinExpiresAt: null,
        createdById: who[0].id,
        createdByName: who[0].name,
        createdAt: startsAt,
        updatedAt: startsAt,
        version: 1,
      });
      rows.activities.push(activity);
      rows.teams.push(
        Object.assign(new ActivityTeam(), {
          ...base,
          id: randomUUID(),
          activityId: activity.id,
          teamId: team.id,
          teamName: team.label,
        }),
      );
      for (const p of who)
        rows.officers.push(
          Object.assign(new ActivityOfficer(), {
            ...base,
            id: randomUUID(),
            activityId: activity.id,
            officerId: p.id,
            name: p.name,
          }),
        );
      if (status !== ActivityStatus.DONE) return;
      for (const m of present)
        rows.attendance.push(
          Object.assign(new Attendance(), {
            ...base,
            id: randomUUID(),
            activityId: activity.id,
            memberId: m.id,
            memberName: m.name,
            teamId: m.orgUnitId,
            source: visitMembers ? AttendanceSource.MANUAL : AttendanceSource.TEAM,
            createdAt: startsAt,
          }),
        );
      if (
        kind === ActivityKind.FRONTLINE_VISIT ||
        kind === ActivityKind.SYMPOSIUM ||
        kind === ActivityKind.HOME_VISIT
      ) {
        for (let k = Math.floor(rand() * 3); k > 0; k--) {
          const heardKind = pick(Object.values(HeardItemKind));
          const from = present.length ? [pick(present)] : [];
          const onSpot = heardKind === HeardItemKind.QUESTION && rand() < 0.7;
          rows.heard.push(
            Object.assign(new HeardItem(), {
              ...base,
              id: randomUUID(),
              activityId: activity.id,
              kind: heardKind,
              memberIds: from.map((m) => m.id),
              teamId: team.id,
              note: pick(HEARD[heardKind]),
              resolvedOnSpot: onSpot,
              resolutionNote: onSpot ? '现场解答，职工表示满意' : null,
              caseId: null,
              caseNumber: null,
              createdByName: who[0].name,
              createdAt: startsAt,
              updatedAt: startsAt,
              version: 1,
            }),
          );
        }
      }
    };
    for (let n = 0; n < plan.activities; n++) {
      const day = addDays(now, -Math.floor(rand() * 365) + (n % 25 === 0 ? 40 : 0));
      const month = Number(day.slice(5, 7));
      const r = rand();
      const kind =
        (month === 7 || month === 8) && r < 0.3
          ? ActivityKind.SUMMER_COOLING
          : (month === 1 || month === 2) && r < 0.3
            ? ActivityKind.SEND_WARMTH
            : r < 0.55
              ? ActivityKind.FRONTLINE_VISIT
              : r < 0.68
                ? ActivityKind.HOME_VISIT
                : r < 0.8
                  ? ActivityKind.SYMPOSIUM
                  : r < 0.9
                    ? ActivityKind.TRAINING
                    : ActivityKind.EVENT;
      addActivity(kind, day, null);
    }
    addActivity(ActivityKind.WORKERS_CONGRESS, addDays(now, -200), null);
    // The campaign so far: home visits to members in hardship, linked to it.
    const hardship = active.filter((m) => m.hardshipStatus !== 'NONE');
    for (let n = 0; n < plan.campaignVisits; n++) {
      const family = hardship.slice(n * 3, n * 3 + 3);
      addActivity(ActivityKind.SEND_WARMTH, addDays(now, -Math.floor(rand() * 12) - 1), campaign.id, family);
    }
    // 五必访: open tasks for members in hardship (some overdue), and a monthly plan for every team.
    for (const [k, m] of hardship.slice(plan.campaignVisits * 3).entries())
      rows.tasks.push(
        Object.assign(new VisitTask(), {
          ...base,
          id: randomUUID(),
          memberId: m.id,
          teamId: null,
          reason: VisitReason.HARDSHIP,
          note: '困难职工帮扶走访',
          assigneeId: k % 2 ? admin.sub : officer.sub,
          assigneeName: k % 2 ? admin.name : officer.name,
          dueOn: addDays(now, -10 + k * 4),
          status: VisitTaskStatus.OPEN,
          doneActivityId: null,
          doneAt: null,
          createdByName: admin.name,
          createdAt: new Date(),
          updatedAt: new Date(),
          version: 1,
        }),
      );
    const visitPlan = Object.assign(new VisitPlan(), {
      ...base,
      id: randomUUID(),
      name: '班组每月至少走访一次',
      periodKind: PeriodKind.MONTH,
      targetPerTeam: 1,
      teamIds: teams.map((t) => t.id),
      startsOn: `${now.slice(0, 4)}-01-01`,
      endsOn: null,
      active: true,
      createdAt: new Date(),
      updatedAt: new Date(),
      version: 1,
    });
    await em.transactional(async (tx) => {
      const chunks = async <T extends object>(entity: new () => T, list: T[]) => {
        for (let k = 0; k < list.length; k += 500) await tx.insertMany(entity, list.slice(k, k + 500));
      };
      await chunks(Activity, rows.activities);
      await chunks(ActivityTeam, rows.teams);
      await chunks(ActivityOfficer, rows.officers);
      await chunks(Attendance, rows.attendance);
      await chunks(HeardItem, rows.heard);
      await chunks(VisitTask, rows.tasks);
      await tx.insert(VisitPlan, visitPlan);
    });
    loaded.push({ union: plan.key, activities: rows.activities.length });
    if (opts.cases) {
      const opened = rows.heard.filter(
        (h) => !h.resolvedOnSpot && h.kind !== HeardItemKind.QUESTION && rand() < 0.15,
      );
      await openDemoCases(em, opts.cases, officerToken, opened.slice(0, 12), opts).catch((err) =>
        opts.log?.warn({ err, union: plan.key }, 'demo heard items not turned into cases'),
      );
    }
  }
  opts.log?.info({ loaded, ms: Date.now() - started }, 'demo activities loaded');
}

/**
 * Turns heard items into cases through the cases subgraph's API, with the union officer's token
 * (the same call as `openCaseFromHeardItem`), so the loop from voice to result shows in the demo.
 * The cases service may still be starting: wait for it a while.
 */
async function openDemoCases(
  em: ReturnType<Database['orm']['em']['fork']>,
  cases: CasesClient,
  token: string,
  items: HeardItem[],
  opts: { log?: Logger; signal: AbortSignal },
) {
  for (const item of items) {
    let created: { id: string; number: string } | undefined;
    for (let attempt = 0; !created; attempt++) {
      try {
        created = await cases.createCase(caseInputFor(item), {
          token,
          locale: 'zh-CN',
          requestId: `demo-${item.id}`,
        });
      } catch (err) {
        if ((err as AppError).code !== 'SERVICE_UNAVAILABLE' || attempt >= 60) throw err;
        await sleep(2000, undefined, { signal: opts.signal });
      }
    }
    await em.nativeUpdate(
      HeardItem,
      { id: item.id },
      { caseId: created.id, caseNumber: created.number, version: item.version + 1 },
      { filters: false },
    );
  }
  if (items.length) opts.log?.info({ cases: items.length }, 'demo heard items turned into cases');
}
