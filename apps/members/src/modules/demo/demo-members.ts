import { randomUUID } from 'node:crypto';
import type { TenantRef, TokenVerifier } from '@frontline/auth-tokens';
import {
  type Database,
  demoLogin,
  type Logger,
  maskNationalId,
  maskPhone,
  nationalIdCheckChar,
  seededRandom,
} from '@frontline/subgraph-kit';
import type { MembersDeps } from '../../deps.js';
import {
  Gender,
  HardshipStatus,
  Member,
  MemberStatus,
  MembershipPeriod,
  PeriodReason,
} from '../member/member.entity.js';
import { NATIONAL_ID_PURPOSE, namePinyin, PHONE_PURPOSE } from '../member/member.service.js';
import { OrgUnit, OrgUnitKind, OrgUnitStatus } from '../org-unit/org-unit.entity.js';
import { Transfer, TransferStatus } from '../transfer/transfer.entity.js';

interface UnionPlan {
  admin: string;
  region: string;
  employeePrefix: string;
  /** branch → workshops → teams */
  tree: [string, [string, string[]][]][];
  jobTypes: string[];
  shifts: string[];
  size: number;
}

const TEAMS = ['甲班', '乙班', '丙班', '丁班'];
const PLANS: UnionPlan[] = [
  {
    admin: 'mining.admin@frontline.demo',
    region: '330102',
    employeePrefix: 'KY',
    tree: [
      [
        '一号矿井',
        [
          ['综采一队', TEAMS],
          ['掘进二队', TEAMS.slice(0, 3)],
          ['机电队', TEAMS.slice(0, 2)],
        ],
      ],
      [
        '选煤厂',
        [
          ['洗选车间', TEAMS.slice(0, 3)],
          ['装运车间', TEAMS.slice(0, 2)],
        ],
      ],
    ],
    jobTypes: ['采掘', '机电', '运输', '通风', '安全监察'],
    shifts: ['三班倒', '四班三运转', '常白班'],
    size: 320,
  },
  {
    admin: 'textile.admin@frontline.demo',
    region: '330104',
    employeePrefix: 'FZ',
    tree: [
      [
        '第一分厂',
        [
          ['纺纱车间', TEAMS.slice(0, 3)],
          ['织布车间', TEAMS.slice(0, 3)],
        ],
      ],
      [
        '第二分厂',
        [
          ['印染车间', TEAMS.slice(0, 2)],
          ['成品车间', TEAMS.slice(0, 2)],
        ],
      ],
    ],
    jobTypes: ['挡车工', '保全工', '质检', '搬运', '设备维修'],
    shifts: ['两班倒', '三班倒', '常白班'],
    size: 260,
  },
  {
    admin: 'metro.admin@frontline.demo',
    region: '330106',
    employeePrefix: 'DT',
    tree: [
      [
        '运营一分公司',
        [
          ['乘务车间', TEAMS],
          ['站务一中心', TEAMS.slice(0, 3)],
        ],
      ],
      [
        '维保分公司',
        [
          ['车辆检修车间', TEAMS.slice(0, 3)],
          ['供电车间', TEAMS.slice(0, 2)],
        ],
      ],
    ],
    jobTypes: ['电客车司机', '站务员', '行车调度', '车辆检修', '供电检修'],
    shifts: ['四班两运转', '早晚班', '常白班'],
    size: 280,
  },
];

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强海燕建华晓东文博春梅丽娟德明红梅玉兰国强永刚金凤立新雪梅';

/** Deterministic, so every fresh `npm start` shows the same demo roster. */
/** A valid 18-character ID number: region, birth date, sequence with the gender digit, check character. */
export function demoNationalId(region: string, birthDate: string, seq: number, female: boolean): string {
  const order = seq % 500;
  const genderDigit = female ? (order * 2) % 10 : (order * 2 + 1) % 10;
  const body = `${region}${birthDate.replaceAll('-', '')}${String(Math.floor(order / 5) % 100).padStart(2, '0')}${genderDigit}`;
  return body + nationalIdCheckChar(body);
}

function pad(n: number) {
  return String(n).padStart(2, '0');
}

/**
 * Loads a realistic roster into each demo union once (skipped where the union has members): teams
 * down to shift level, a few hundred members with valid ID numbers, and transfers in history. The
 * unions are found by signing in as their demo admins at the tenants service.
 */
export async function loadDemoMembers(
  db: Database,
  deps: MembersDeps,
  tenantsUrl: string,
  verify: TokenVerifier,
  log?: Logger,
) {
  const em = db.orm.em.fork({ clear: true, useContext: false });
  const unions: { plan: UnionPlan; scope: TenantRef; name: string; teams: OrgUnit[]; members: Member[] }[] =
    [];
  for (const [i, plan] of PLANS.entries()) {
    const token = await demoLogin(tenantsUrl, plan.admin);
    const { scope } = await verify(token);
    const name = (await deps.directory.get(scope.id, token))?.name ?? '';
    if ((await em.count(Member, { tenantId: scope.id }, { filters: false })) > 0) continue;
    const rand = seededRandom(1000 + i);
    const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
    const units: OrgUnit[] = [];
    const unit = (parent: OrgUnit | null, kind: OrgUnitKind, unitName: string) => {
      const id = randomUUID();
      const u = Object.assign(new OrgUnit(), {
        id,
        tenantId: scope.id,
        tenantPath: scope.path,
        parentId: parent?.id ?? null,
        unitPath: `${parent?.unitPath ?? '/'}${id}/`,
        kind,
        name: unitName,
        leaderName: `${pick([...SURNAMES])}${pick([...GIVEN])}`,
        status: OrgUnitStatus.ACTIVE,
        closedAt: null,
        createdAt: new Date('2020-01-01'),
        updatedAt: new Date('2020-01-01'),
        version: 1,
      });
      units.push(u);
      return u;
    };
    const teams: OrgUnit[] = [];
    for (const [branch, workshops] of plan.tree) {
      const b = unit(null, OrgUnitKind.BRANCH, branch);
      for (const [workshop, teamNames] of workshops) {
        const w = unit(b, OrgUnitKind.WORKSHOP, workshop);
        for (const t of teamNames) teams.push(unit(w, OrgUnitKind.TEAM, t));
      }
    }
    const members: Member[] = [];
    const periods: MembershipPeriod[] = [];
    for (let n = 0; n < plan.size; n++) {
      const female = rand() < (plan.employeePrefix === 'FZ' ? 0.7 : 0.3);
      const birth = `${1966 + Math.floor(rand() * 38)}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
      const nid = demoNationalId(plan.region, birth, n + i * 1000, female);
      const phone = `1${pick(['35', '38', '39', '58', '86', '88'])}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`;
      const team = pick(teams);
      const joinedYear = Math.max(Number(birth.slice(0, 4)) + 19, 1990 + Math.floor(rand() * 35));
      const joinedOn = `${Math.min(joinedYear, 2026)}-${pad(1 + Math.floor(rand() * 12))}-01`;
      const memberName = `${pick([...SURNAMES])}${pick([...GIVEN])}${rand() < 0.4 ? pick([...GIVEN]) : ''}`;
      const hardship =
        rand() < 0.06
          ? rand() < 0.3
            ? HardshipStatus.SEVERE
            : HardshipStatus.HARDSHIP
          : HardshipStatus.NONE;
      const status =
        rand() < 0.03 ? MemberStatus.RETIRED : rand() < 0.02 ? MemberStatus.SUSPENDED : MemberStatus.ACTIVE;
      const member = Object.assign(new Member(), {
        id: randomUUID(),
        tenantId: scope.id,
        tenantPath: scope.path,
        name: memberName,
        namePinyin: namePinyin(memberName),
        gender: female ? Gender.FEMALE : Gender.MALE,
        birthDate: birth,
        nationalIdSealed: deps.pii.encrypt(nid),
        nationalIdHash: deps.pii.hash(NATIONAL_ID_PURPOSE, nid),
        nationalIdMasked: maskNationalId(nid),
        phoneSealed: deps.pii.encrypt(phone),
        phoneHash: deps.pii.hash(PHONE_PURPOSE, phone),
        phoneMasked: maskPhone(phone),
        employeeNo: `${plan.employeePrefix}${String(10001 + n)}`,
        jobTitle: null,
        jobType: pick(plan.jobTypes),
        shiftPattern: pick(plan.shifts),
        orgUnitId: team.id,
        unitPath: team.unitPath,
        joinedOn,
        status,
        migrantWorker: rand() < 0.25,
        modelWorker: rand() < 0.04,
        hardshipStatus: hardship,
        hardshipNoteSealed:
          hardship === HardshipStatus.NONE
            ? null
            : deps.pii.encrypt('家庭成员重病，收入低于当地最低生活保障标准'),
        tags: rand() < 0.1 ? ['退役军人'] : [],
        createdAt: new Date(),
        updatedAt: new Date(),
        version: 1,
      });
      members.push(member);
      const base = {
        tenantId: scope.id,
        tenantPath: scope.path,
        memberId: member.id,
        unionId: scope.id,
        unionName: name,
        orgUnitId: team.id,
        orgUnitName: team.name,
        note: null,
        createdAt: new Date(),
      };
      if (status === MemberStatus.ACTIVE) {
        periods.push(
          Object.assign(new MembershipPeriod(), {
            ...base,
            id: randomUUID(),
            status,
            startedOn: joinedOn,
            endedOn: null,
            reason: PeriodReason.JOINED,
          }),
        );
      } else {
        periods.push(
          Object.assign(new MembershipPeriod(), {
            ...base,
            id: randomUUID(),
            status: MemberStatus.ACTIVE,
            startedOn: joinedOn,
            endedOn: '2025-07-01',
            reason: PeriodReason.JOINED,
          }),
        );
        periods.push(
          Object.assign(new MembershipPeriod(), {
            ...base,
            id: randomUUID(),
            status,
            startedOn: '2025-07-01',
            endedOn: null,
            reason: PeriodReason.STATUS_CHANGED,
          }),
        );
      }
    }
    await em.insertMany(OrgUnit, units);
    for (let k = 0; k < members.length; k += 500) await em.insertMany(Member, members.slice(k, k + 500));
    for (let k = 0; k < periods.length; k += 500)
      await em.insertMany(MembershipPeriod, periods.slice(k, k + 500));
    unions.push({ plan, scope, name, teams, members });
  }
  // Transfers in history: two members of the third union moved to the first one (accepted through
  // the same database function the API uses), and one pending from the first to the second.
  if (unions.length >= 3) {
    const [first, second, third] = unions;
    const active = (u: (typeof unions)[number]) => u.members.filter((m) => m.status === MemberStatus.ACTIVE);
    const transfer = (
      from: (typeof unions)[number],
      to: (typeof unions)[number],
      member: Member,
      reason: string,
      daysAgo: number,
    ) =>
      Object.assign(new Transfer(), {
        id: randomUUID(),
        tenantId: from.scope.id,
        tenantPath: from.scope.path,
        fromTenantName: from.name,
        toTenantId: to.scope.id,
        toTenantPath: to.scope.path,
        toTenantName: to.name,
        memberId: member.id,
        memberName: member.name,
        memberNationalId: member.nationalIdMasked,
        status: TransferStatus.PENDING,
        reason,
        requestedAt: new Date(Date.now() - daysAgo * 86_400_000),
        requestedByName: '何文博',
        decidedAt: null,
        decidedByName: null,
        decisionNote: null,
        nudgedAt: null,
        nudgeCount: 0,
        version: 1,
      });
    for (const [k, member] of active(third).slice(0, 2).entries()) {
      const t = transfer(third, first, member, '工作调动', 60 + k * 20);
      await em.insert(Transfer, t);
      await db
        .forScope(first.scope)
        .transactional((tx) =>
          tx.execute('select members.accept_transfer(?, ?, ?, ?, ?, ?, ?)', [
            t.id,
            1,
            first.teams[k].id,
            first.name,
            '王德明',
            '欢迎加入',
            '2026-09-01',
          ]),
        );
    }
    await em.insert(Transfer, transfer(first, second, active(first)[0], '家庭搬迁，调入新单位工作', 9));
  }
  log?.info(
    { unions: unions.map((u) => ({ union: u.name, members: u.members.length })) },
    'demo members loaded',
  );
}
