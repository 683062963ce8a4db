import { randomUUID } from 'node:crypto';
import type { TokenVerifier } from '@frontline/auth-tokens';
import {
  callSubgraph,
  chinaDay,
  type Database,
  demoLogin,
  type EntityManager,
  type Logger,
  seededRandom,
} from '@frontline/subgraph-kit';
import type { CasesDeps } from '../../deps.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import {
  Assistance,
  AssistanceForm,
  Case,
  CaseEvent,
  CaseEventType,
  CaseKind,
  CasePriority,
  CaseSource,
  CaseStatus,
  Satisfaction,
} from '../case/case.entity.js';
import { caseEvent, caseMember, receivedCase } from '../case/case.rows.js';
import { nextDue } from '../case/case.service.js';
import { slaFor } from '../case/workflow.js';

const SUMMARIES: Record<CaseKind, string[]> = {
  [CaseKind.NEED]: [
    '夜班班车停运，下班回家困难',
    '井下夜餐品种单一，希望改善',
    '希望车间增设母婴室',
    '宿舍热水供应时间太短',
    '希望开设职工子女暑期托管班',
    '车间空调制冷效果差，高温难耐',
    '更衣室储物柜不够用',
  ],
  [CaseKind.GRIEVANCE]: [
    '加班费未按规定标准计算',
    '劳动合同到期未续签即停发工资',
    '高温津贴未按时发放',
    '被要求连续上三个夜班',
    '工伤医疗费报销被拖延',
    '年休假申请多次被拒',
  ],
  [CaseKind.HARDSHIP]: [
    '家属重病住院，医疗费用负担重',
    '因病致贫，子女上学困难',
    '单亲家庭，收入低难以维持生活',
    '家中遭遇火灾，住房受损',
  ],
  [CaseKind.SUGGESTION]: [
    '建议优化排班，减少倒班频次',
    '建议在班组设立职工意见箱',
    '建议开展岗位技能比武',
    '建议改善候车区遮阳避雨条件',
  ],
  [CaseKind.CONSULTATION]: [
    '咨询退休养老金计算办法',
    '咨询医保异地就医报销流程',
    '咨询工会会员互助保障',
    '咨询产假及育儿假规定',
  ],
  [CaseKind.LEGAL_AID]: ['工伤认定争议，申请法律援助', '劳务派遣工同工不同酬', '解除劳动合同经济补偿争议'],
};
const RESULTS: Record<CaseKind, string> = {
  [CaseKind.NEED]: '与行政部门协商落实，已整改到位',
  [CaseKind.GRIEVANCE]: '经工会与企业协商，已按规定补发并书面答复职工',
  [CaseKind.HARDSHIP]: '已发放帮扶资金并建立困难职工档案',
  [CaseKind.SUGGESTION]: '建议已转交相关部门采纳实施',
  [CaseKind.CONSULTATION]: '已当面解答并提供政策文件',
  [CaseKind.LEGAL_AID]: '法律援助律师代理，已达成调解协议',
};
const KIND_MIX: [CaseKind, number][] = [
  [CaseKind.NEED, 0.32],
  [CaseKind.GRIEVANCE, 0.2],
  [CaseKind.HARDSHIP, 0.14],
  [CaseKind.SUGGESTION, 0.12],
  [CaseKind.CONSULTATION, 0.16],
  [CaseKind.LEGAL_AID, 0.06],
];
const UNIONS = [
  { prefix: 'mining', count: 90, dissatisfied: 0.08 },
  { prefix: 'textile', count: 70, dissatisfied: 0.1 },
  { prefix: 'metro', count: 55, dissatisfied: 0.18 },
];
const DAY = 86_400_000;

interface Party {
  id: string;
  name: string;
  orgUnit: { id: string; name: string; unitPath: string } | null;
}

interface Officer {
  id: string;
  name: string;
  tenantId: string;
  tenantPath: string;
  tenantName: string;
}

async function fetchMembers(membersUrl: string, token: string): Promise<Party[]> {
  const body = await callSubgraph<{ members: { edges: { node: Party }[] } }>(
    membersUrl,
    '{ members(first: 100) { edges { node { id name orgUnit { id name unitPath } } } } }',
    {},
    { token, serviceKey: 'service.members' },
  );
  return body.data?.members.edges.map((e) => e.node) ?? [];
}

/** Members are loaded by the members service at its own start: wait for them (dev start runs both at once). */
async function waitForMembers(membersUrl: string, token: string, log?: Logger): Promise<Party[]> {
  for (let attempt = 0; attempt < 90; attempt++) {
    const found = await fetchMembers(membersUrl, token).catch(() => []);
    if (found.length) return found;
    if (attempt === 5) log?.info('demo cases: waiting for the members service and its demo members');
    await new Promise((r) => setTimeout(r, 2000));
  }
  return [];
}

/**
 * Months of cases in each demo union, so the inbox and dashboards mean something on first start:
 * every kind, most closed with a rating, some open and overdue, some escalated to the city
 * federation, hotline cases the federation dispatched down, help delivered on hardship cases.
 * Loaded once (skipped when a union already has cases).
 */
export async function loadDemoCases(
  db: Database,
  deps: CasesDeps,
  urls: { tenants: string; members: string },
  verify: TokenVerifier,
  log?: Logger,
): Promise<void> {
  const em = db.orm.em.fork({ clear: true, useContext: false }) as unknown as EntityManager;
  const officer = async (email: string): Promise<Officer & { token: string }> => {
    const token = await demoLogin(urls.tenants, email);
    const claims = await verify(token);
    const tenantName = (await deps.directory.get(claims.scope.id, token))?.name ?? '';
    return {
      id: claims.sub,
      name: claims.name,
      tenantId: claims.scope.id,
      tenantPath: claims.scope.path,
      tenantName,
      token,
    };
  };
  const city = await officer('city.officer@frontline.demo');
  const now = deps.now();
  let loaded = 0;
  const unionsLoaded: { admin: Officer; parties: Party[] }[] = [];
  for (const [u, plan] of UNIONS.entries()) {
    const admin = await officer(`${plan.prefix}.admin@frontline.demo`);
    const staff = [admin, await officer(`${plan.prefix}.officer@frontline.demo`)];
    if ((await em.count(Case, { tenantId: admin.tenantId }, { filters: false })) > 0) continue;
    const parties = await waitForMembers(urls.members, admin.token, log);
    if (!parties.length) {
      log?.warn({ union: admin.tenantName }, 'demo cases skipped: no members');
      continue;
    }
    // First start: no tenant has corrected the official calendar yet.
    const calendar = new WorkingCalendar();
    const rand = seededRandom(7000 + u);
    const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
    const kindOf = () => {
      let x = rand();
      for (const [kind, share] of KIND_MIX) {
        x -= share;
        if (x < 0) return kind;
      }
      return CaseKind.NEED;
    };
    const counters = new Map<number, number>();
    const rows: object[] = [];
    // Oldest first, so numbers rise with time.
    const ages = Array.from({ length: plan.count }, () => Math.floor(rand() ** 1.3 * 240 * DAY)).sort(
      (a, b) => b - a,
    );
    for (const age of ages) {
      const kind = kindOf();
      const receivedAt = new Date(now.getTime() - age - Math.floor(rand() * 8 * 3_600_000));
      const priority =
        rand() < 0.1 ? CasePriority.URGENT : rand() < 0.25 ? CasePriority.HIGH : CasePriority.NORMAL;
      const sla = slaFor(kind, priority);
      const lead = pick(staff);
      const group = kind === CaseKind.NEED && rand() < 0.3;
      const concerned = group ? [pick(parties), pick(parties), pick(parties)] : [pick(parties)];
      const members = [...new Map(concerned.map((p) => [p.id, p])).values()];
      const year = Number(chinaDay(receivedAt).slice(0, 4));
      counters.set(year, (counters.get(year) ?? 0) + 1);
      const escalated = (kind === CaseKind.GRIEVANCE || kind === CaseKind.LEGAL_AID) && rand() < 0.25;
      const handler = escalated ? city : lead;
      const c = receivedCase({
        tenantId: admin.tenantId,
        tenantPath: admin.tenantPath,
        tenantName: admin.tenantName,
        number: `${year}-${String(counters.get(year)).padStart(6, '0')}`,
        kind,
        priority,
        source: pick([
          CaseSource.WALK_IN,
          CaseSource.WALK_IN,
          CaseSource.VISIT,
          CaseSource.HOTLINE,
          CaseSource.ONLINE,
        ]),
        summary: pick(SUMMARIES[kind]),
        detailsPlain: kind === CaseKind.HARDSHIP ? null : '职工在班组恳谈会上反映，班组长已初步了解情况。',
        detailsSealed:
          kind === CaseKind.HARDSHIP ? deps.pii.encrypt('家庭人均月收入低于当地最低生活保障标准。') : null,
        orgUnitId: members[0].orgUnit?.id ?? null,
        unitPath: members[0].orgUnit?.unitPath ?? null,
        orgUnitName: members[0].orgUnit?.name ?? null,
        memberNames: members.map((m) => m.name).join('、'),
        handlingTenantId: handler.tenantId,
        handlingTenantPath: handler.tenantPath,
        handlingTenantName: handler.tenantName,
        receivedAt,
        responseDueAt: calendar.deadline(receivedAt, sla.responseDays),
        resolutionDueAt: calendar.deadline(receivedAt, sla.resolutionDays),
        createdByName: lead.name,
      });
      const events: CaseEvent[] = [];
      const event = (
        type: CaseEventType,
        at: Date,
        by: Officer,
        from: CaseStatus | null,
        to: CaseStatus | null,
        note: string | null = null,
        data: Record<string, unknown> | null = null,
      ) => events.push(caseEvent(c, by, { type, from, to, note, data }, at));
      event(CaseEventType.CREATED, receivedAt, lead, null, CaseStatus.RECEIVED, null, { source: c.source });
      const later = (from: Date, minDays: number, maxDays: number) =>
        new Date(
          Math.min(now.getTime() - 60_000, from.getTime() + (minDays + rand() * (maxDays - minDays)) * DAY),
        );
      const ageDays = age / DAY;
      let at = receivedAt;
      if (escalated) {
        at = later(at, 0.1, 1);
        c.escalatedAt = at;
        event(
          CaseEventType.ESCALATED,
          at,
          lead,
          CaseStatus.RECEIVED,
          CaseStatus.RECEIVED,
          '企业层面协调未果，提请市总工会督办',
          {
            fromTenantName: lead.tenantName,
            toTenantName: city.tenantName,
          },
        );
      }
      // Late responders make some cases overdue; the youngest are still waiting.
      const respondsIn = rand() < 0.15 ? 2 + rand() * 4 : 0.05 + rand() * 1.5;
      if (ageDays > respondsIn) {
        at = later(at, respondsIn, respondsIn);
        c.firstRespondedAt = at;
        c.status = CaseStatus.ACCEPTED;
        c.leadOfficerId = handler.id;
        c.leadOfficerName = handler.name;
        event(CaseEventType.ACCEPTED, at, handler, CaseStatus.RECEIVED, CaseStatus.ACCEPTED);
        at = later(at, 0.01, 0.5);
        c.status = CaseStatus.IN_PROGRESS;
        event(CaseEventType.STARTED, at, handler, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS);
        const takes = sla.resolutionDays * (rand() < 0.2 ? 1.6 + rand() : 0.3 + rand() * 0.9) * 1.4;
        if (kind === CaseKind.HARDSHIP) {
          const on = later(at, 1, 4);
          const amountFen = (5 + Math.floor(rand() * 26)) * 10_000;
          rows.push(
            Object.assign(new Assistance(), {
              id: randomUUID(),
              tenantId: c.tenantId,
              tenantPath: c.tenantPath,
              handlingTenantPath: c.handlingTenantPath,
              caseId: c.id,
              form: rand() < 0.75 ? AssistanceForm.MONEY : AssistanceForm.IN_KIND,
              amountFen,
              items: null,
              deliveredOn: chinaDay(on),
              fund: pick(['困难职工帮扶资金', '工会经费', '金秋助学专项']),
              approvedByName: admin.name,
              deliveredByTenantName: handler.tenantName,
              note: null,
              recordedByName: handler.name,
              recordedAt: on,
            }),
          );
          event(CaseEventType.ASSISTANCE, on, handler, null, null, null, { amountFen });
        }
        if (ageDays > respondsIn + takes) {
          at = later(at, takes, takes);
          c.status = CaseStatus.RESOLVED;
          c.resolvedAt = at;
          c.result = RESULTS[kind];
          event(CaseEventType.RESOLVED, at, handler, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, c.result);
          if (ageDays > respondsIn + takes + 4 || rand() < 0.5) {
            at = later(at, 0.5, 3);
            const x = rand();
            c.satisfaction =
              x < plan.dissatisfied
                ? Satisfaction.DISSATISFIED
                : x < plan.dissatisfied + 0.25
                  ? Satisfaction.BASICALLY_SATISFIED
                  : Satisfaction.SATISFIED;
            c.callbackAt = at;
            c.callbackComment =
              c.satisfaction === Satisfaction.DISSATISFIED ? '问题没有根本解决' : '感谢工会';
            const dissatisfied = c.satisfaction === Satisfaction.DISSATISFIED;
            c.status = dissatisfied ? CaseStatus.REOPENED : CaseStatus.CALLBACK_DONE;
            event(CaseEventType.CALLBACK, at, lead, CaseStatus.RESOLVED, c.status, c.callbackComment, {
              satisfaction: c.satisfaction,
            });
            if (dissatisfied) {
              c.reopenCount = 1;
              c.resolvedAt = null;
              event(
                CaseEventType.REOPENED,
                new Date(at.getTime() + 1),
                lead,
                CaseStatus.RESOLVED,
                CaseStatus.REOPENED,
              );
              // Half of the older ones were worked again and settled; the rest are still open.
              if (ageDays > 45 && rand() < 0.5) {
                at = later(at, 5, 20);
                c.status = CaseStatus.RESOLVED;
                c.resolvedAt = at;
                event(
                  CaseEventType.RESOLVED,
                  at,
                  handler,
                  CaseStatus.REOPENED,
                  CaseStatus.RESOLVED,
                  '再次协调，问题已解决',
                );
                at = later(at, 1, 3);
                c.satisfaction = Satisfaction.BASICALLY_SATISFIED;
                c.callbackAt = at;
                c.callbackComment = '这次基本解决了';
                event(
                  CaseEventType.CALLBACK,
                  at,
                  lead,
                  CaseStatus.RESOLVED,
                  CaseStatus.CALLBACK_DONE,
                  c.callbackComment,
                  {
                    satisfaction: c.satisfaction,
                  },
                );
                at = later(at, 0, 1);
                c.status = CaseStatus.CLOSED;
                c.closedAt = at;
                event(CaseEventType.CLOSED, at, lead, CaseStatus.CALLBACK_DONE, CaseStatus.CLOSED);
              }
            } else if (rand() < 0.9) {
              at = later(at, 0, 1);
              c.status = CaseStatus.CLOSED;
              c.closedAt = at;
              event(CaseEventType.CLOSED, at, lead, CaseStatus.CALLBACK_DONE, CaseStatus.CLOSED);
            }
          }
        }
      } else if (rand() < 0.05 && ageDays > 1) {
        at = later(at, 0.2, 1);
        c.status = CaseStatus.REJECTED;
        c.firstRespondedAt = at;
        c.rejectionReason = '不属于工会受理范围，已引导职工向劳动监察部门反映';
        event(
          CaseEventType.REJECTED,
          at,
          handler,
          CaseStatus.RECEIVED,
          CaseStatus.REJECTED,
          c.rejectionReason,
        );
      }
      c.updatedAt = at;
      c.nextDueAt = nextDue(c);
      rows.push(c, ...events);
      for (const m of members) rows.push(caseMember(c, m.id, m.name));
    }
    await em.transactional(async (tx) => {
      for (const row of rows) tx.persist(row);
      for (const [year, last] of counters) {
        await tx.execute(
          `insert into cases.case_counter (id, tenant_id, tenant_path, year, last) values (?, ?, ?, ?, ?)
           on conflict (tenant_id, year) do update set last = greatest(cases.case_counter.last, excluded.last)`,
          [randomUUID(), admin.tenantId, admin.tenantPath, year, last],
        );
      }
    });
    loaded += plan.count;
    unionsLoaded.push({ admin, parties });
  }
  if (unionsLoaded.length && (await em.count(Case, { tenantId: city.tenantId }, { filters: false })) === 0) {
    loaded += await loadDispatchedHotlineCases(em, deps, city, unionsLoaded);
  }
  if (loaded) log?.info({ cases: loaded }, 'demo cases loaded');
}

/** 12351 hotline calls taken by the city federation and dispatched down to the worker's union. */
async function loadDispatchedHotlineCases(
  em: EntityManager,
  deps: CasesDeps,
  city: Officer,
  unions: { admin: Officer; parties: Party[] }[],
): Promise<number> {
  const rand = seededRandom(9100);
  const calendar = new WorkingCalendar();
  const now = deps.now();
  const calls = [
    '12351热线：反映单位拖欠两个月工资',
    '12351热线：反映夜班无休息场所',
    '12351热线：反映未缴纳工伤保险',
    '12351热线：反映被强制加班',
    '12351热线：反映食堂卫生问题',
    '12351热线：反映劳务派遣工待遇差',
  ];
  let seq = 0;
  await em.transactional(async (tx) => {
    for (const [i, summary] of calls.entries()) {
      const { admin, parties } = unions[i % unions.length];
      const member = parties[Math.floor(rand() * parties.length)];
      const receivedAt = new Date(now.getTime() - (5 + i * 9) * DAY);
      const sla = slaFor(CaseKind.GRIEVANCE, CasePriority.HIGH);
      const year = Number(chinaDay(receivedAt).slice(0, 4));
      seq++;
      const dispatchedAt = new Date(receivedAt.getTime() + 3 * 3_600_000);
      const answered = i % 3 !== 0;
      const c = receivedCase({
        tenantId: city.tenantId,
        tenantPath: city.tenantPath,
        tenantName: city.tenantName,
        number: `${year}-${String(seq).padStart(6, '0')}`,
        kind: CaseKind.GRIEVANCE,
        status: answered ? CaseStatus.IN_PROGRESS : CaseStatus.RECEIVED,
        priority: CasePriority.HIGH,
        source: CaseSource.HOTLINE,
        summary,
        detailsPlain: '来电职工要求匿名，请企业工会核实后回复。',
        orgUnitId: member.orgUnit?.id ?? null,
        unitPath: member.orgUnit?.unitPath ?? null,
        orgUnitName: member.orgUnit?.name ?? null,
        memberNames: member.name,
        handlingTenantId: admin.tenantId,
        handlingTenantPath: admin.tenantPath,
        handlingTenantName: admin.tenantName,
        leadOfficerId: answered ? admin.id : null,
        leadOfficerName: answered ? admin.name : null,
        receivedAt,
        responseDueAt: calendar.deadline(receivedAt, sla.responseDays),
        resolutionDueAt: calendar.deadline(receivedAt, sla.resolutionDays),
        firstRespondedAt: answered ? new Date(dispatchedAt.getTime() + DAY) : null,
        dispatchedAt,
        createdByName: city.name,
        updatedAt: dispatchedAt,
        version: answered ? 3 : 2,
      });
      c.nextDueAt = nextDue(c);
      tx.persist(c);
      const event = (
        type: CaseEventType,
        at: Date,
        by: Officer,
        from: CaseStatus | null,
        to: CaseStatus,
        data: Record<string, unknown> | null = null,
      ) => tx.persist(caseEvent(c, by, { type, from, to, data }, at));
      event(CaseEventType.CREATED, receivedAt, city, null, CaseStatus.RECEIVED, {
        source: CaseSource.HOTLINE,
      });
      event(CaseEventType.DISPATCHED, dispatchedAt, city, CaseStatus.RECEIVED, CaseStatus.RECEIVED, {
        fromTenantName: city.tenantName,
        toTenantName: admin.tenantName,
      });
      if (answered && c.firstRespondedAt) {
        event(CaseEventType.ACCEPTED, c.firstRespondedAt, admin, CaseStatus.RECEIVED, CaseStatus.ACCEPTED);
        event(
          CaseEventType.STARTED,
          new Date(c.firstRespondedAt.getTime() + 60_000),
          admin,
          CaseStatus.ACCEPTED,
          CaseStatus.IN_PROGRESS,
        );
      }
      tx.persist(caseMember(c, member.id, member.name));
    }
    const year = Number(chinaDay(now).slice(0, 4));
    await tx.execute(
      `insert into cases.case_counter (id, tenant_id, tenant_path, year, last) values (?, ?, ?, ?, ?)
       on conflict (tenant_id, year) do nothing`,
      [randomUUID(), city.tenantId, city.tenantPath, year, seq],
    );
  });
  return calls.length;
}
