import {
  chinaDayRange,
  parseInput,
  periodSchema,
  type RequestContext,
  requireCaller,
  scopeUpperBound,
} from '@frontline/subgraph-kit';
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { NO_DEADLINE } from '../case/case.entity.js';

/**
 * `Tenant` belongs to the tenants subgraph. This subgraph adds case figures to it; it needs the
 * tenant's path (`@requires`) to roll up a federation's whole subtree.
 */
@Directive('@key(fields: "id")')
@ObjectType('Tenant')
export class TenantRef {
  @Field(() => ID)
  id!: string;

  @Directive('@external')
  @Field(() => String)
  path!: string;
}

export const tenantRefReference = {
  __resolveReference: (ref: { id: string; path?: string }) => Object.assign(new TenantRef(), ref),
};

@ObjectType()
export class CaseCount {
  @Field(() => String)
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'The headline figures of a group of cases (the three "firsts")' })
export class CaseFigures {
  @Field(() => Int, { description: 'Cases received in the period' })
  received!: number;

  @Field(() => Int, { description: 'Of those, still being handled' })
  open!: number;

  @Field(() => Int, { description: 'Of those, past a running deadline now' })
  overdue!: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from receipt to first response' })
  medianFirstResponseHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median hours from receipt to resolution' })
  medianResolutionHours!: number | null;

  @Field(() => Int, { description: 'Cases with a callback rating' })
  rated!: number;

  @Field(() => Int, { description: 'Rated SATISFIED or BASICALLY_SATISFIED' })
  satisfied!: number;

  @Field(() => Int)
  dissatisfied!: number;

  @Field(() => Float, { nullable: true, description: 'satisfied / rated (0..1); null with no ratings' })
  satisfactionRate!: number | null;
}

@ObjectType()
export class ChildCaseFigures extends CaseFigures {
  @Field(() => TenantRef, { description: 'A child tenant (or the tenant itself, for its own cases)' })
  tenant!: TenantRef;

  @Field(() => Int, { description: 'Assistance records delivered in the period on its cases' })
  assistanceCount!: number;

  @Field(() => Float, { description: 'Their total in fen' })
  assistanceFen!: number;
}

@ObjectType()
export class MonthCaseFigures extends CaseFigures {
  @Field(() => String, { description: 'YYYY-MM (China time)' })
  month!: string;
}

@ObjectType({ description: 'Help delivered on hardship cases in the period' })
export class AssistanceTotals {
  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: 'Total in fen (money and value of goods)' })
  totalFen!: number;

  @Field(() => Float)
  moneyFen!: number;

  @Field(() => [CaseCount], { description: 'Total fen by source fund' })
  byFund!: CaseCount[];
}

@ObjectType({ description: 'Case figures of a tenant for a period; a federation: its whole subtree' })
export class CaseStats extends CaseFigures {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => Int, { description: 'Overdue now, whenever received' })
  overdueNow!: number;

  @Field(() => [CaseCount])
  byKind!: CaseCount[];

  @Field(() => [CaseCount])
  byStatus!: CaseCount[];

  @Field(() => [ChildCaseFigures], {
    description: 'Per child tenant (a federation’s unions); empty for a union',
  })
  byChild!: ChildCaseFigures[];

  @Field(() => [MonthCaseFigures], { description: 'Per month of receipt, for charts' })
  byMonth!: MonthCaseFigures[];

  @Field(() => AssistanceTotals)
  assistance!: AssistanceTotals;

  @Field(() => Int, { description: 'Cases opened from visits (activities) in the period' })
  fromVisits!: number;

  @Field(() => Int, { description: 'Of those, closed with a satisfied rating' })
  fromVisitsClosedSatisfied!: number;
}

const statsPeriod = periodSchema.refine(
  (p) => Date.parse(p.to) - Date.parse(p.from) <= 5 * 366 * 86_400_000,
  {
    message: 'validation.periodTooLong',
    path: ['to'],
  },
);

/** The figures every group shares; `c` is the filtered case set. */
const FIGURES = `
  count(*)::int as received,
  count(*) filter (where next_due_at < ?)::int as open,
  count(*) filter (where next_due_at < now())::int as overdue,
  percentile_cont(0.5) within group (order by extract(epoch from first_responded_at - received_at))
    filter (where first_responded_at is not null) / 3600 as median_first_response_hours,
  percentile_cont(0.5) within group (order by extract(epoch from resolved_at - received_at))
    filter (where resolved_at is not null) / 3600 as median_resolution_hours,
  count(*) filter (where satisfaction is not null)::int as rated,
  count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED'))::int as satisfied,
  count(*) filter (where satisfaction = 'DISSATISFIED')::int as dissatisfied`;

type FigureRow = Record<string, unknown>;

function figures(row: FigureRow | undefined): CaseFigures {
  const rated = Number(row?.rated ?? 0);
  const satisfied = Number(row?.satisfied ?? 0);
  const hours = (v: unknown) => (v == null ? null : Math.round(Number(v) * 10) / 10);
  return {
    received: Number(row?.received ?? 0),
    open: Number(row?.open ?? 0),
    overdue: Number(row?.overdue ?? 0),
    medianFirstResponseHours: hours(row?.median_first_response_hours),
    medianResolutionHours: hours(row?.median_resolution_hours),
    rated,
    satisfied,
    dissatisfied: Number(row?.dissatisfied ?? 0),
    satisfactionRate: rated ? Math.round((satisfied / rated) * 1000) / 1000 : null,
  };
}

@Resolver(() => TenantRef)
export class TenantCaseStatsResolver {
  @Directive('@requires(fields: "path")')
  @FieldResolver(() => CaseStats, {
    description: 'Case figures for cases received in the period (China dates)',
  })
  async caseStats(
    @Root() tenant: TenantRef,
    @Ctx() ctx: RequestContext,
    @Arg('from', () => String, { description: 'YYYY-MM-DD' }) from: string,
    @Arg('to', () => String, { description: 'YYYY-MM-DD' }) to: string,
  ): Promise<CaseStats> {
    requireCaller(ctx);
    const period = parseInput(statsPeriod, { from, to });
    // RLS keeps this inside the caller's scope; the path range narrows it to the tenant asked for.
    const range = [tenant.path, scopeUpperBound(tenant.path)];
    const { start, end } = chinaDayRange(period.from, period.to);
    const cohort = `from cases."case" where tenant_path >= ? and tenant_path < ? and received_at >= ? and received_at < ?`;
    const cohortArgs = [...range, start, end];
    const [groups, counts, [overdueNow], assistance, byFund] = await Promise.all([
      ctx.em.execute(
        `select grouping(child) as total, grouping(month) as by_month, child, month, ${FIGURES},
           count(*) filter (where source = 'VISIT')::int as from_visits,
           count(*) filter (where source = 'VISIT' and status = 'CLOSED'
             and satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED'))::int as from_visits_closed_satisfied
         from (select *, split_part(substr(tenant_path, ?), '/', 1) as child,
                 to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month ${cohort}) c
         group by grouping sets ((), (child), (month))`,
        [NO_DEADLINE, tenant.path.length + 1, ...cohortArgs],
      ),
      ctx.em.execute(
        `select grouping(kind) as by_status, kind, status, count(*)::int as count ${cohort}
         group by grouping sets ((kind), (status))`,
        cohortArgs,
      ),
      ctx.em.execute(
        `select count(*)::int as count from cases."case"
          where tenant_path >= ? and tenant_path < ? and next_due_at < now()`,
        range,
      ),
      ctx.em.execute(
        `select grouping(child) as total, child, count(*)::int as count,
           coalesce(sum(amount_fen), 0)::float8 as total_fen,
           coalesce(sum(amount_fen) filter (where form = 'MONEY'), 0)::float8 as money
         from (select *, split_part(substr(tenant_path, ?), '/', 1) as child from cases.assistance
                where tenant_path >= ? and tenant_path < ? and delivered_on between ? and ?) a
         group by grouping sets ((), (child))`,
        [tenant.path.length + 1, ...range, period.from, period.to],
      ),
      ctx.em.execute(
        `select fund as value, sum(amount_fen)::float8 as count from cases.assistance
          where tenant_path >= ? and tenant_path < ? and delivered_on between ? and ?
          group by fund order by 2 desc limit 20`,
        [...range, period.from, period.to],
      ),
    ]);
    const total = groups.find((g) => g.total === 1 && g.by_month === 1);
    const ownId = tenant.id;
    const helped = assistance.find((a) => a.total === 1) ?? { count: 0, total_fen: 0, money: 0 };
    const helpedByChild = new Map(assistance.filter((a) => a.total === 0).map((a) => [a.child || ownId, a]));
    const caseChildren = groups
      .filter((g) => g.total === 0)
      .map((g) => ({ id: (g.child as string) || ownId, g }));
    // A union may have had help delivered in the period on cases received before it.
    for (const id of helpedByChild.keys())
      if (!caseChildren.some((c) => c.id === id)) caseChildren.push({ id, g: undefined as never });
    const byChild = caseChildren
      .map(({ id, g }) => ({
        ...figures(g),
        tenant: Object.assign(new TenantRef(), { id }),
        assistanceCount: Number(helpedByChild.get(id)?.count ?? 0),
        assistanceFen: Number(helpedByChild.get(id)?.total_fen ?? 0),
      }))
      .sort((a, b) => b.received - a.received || b.assistanceFen - a.assistanceFen);
    return {
      ...figures(total),
      from: period.from,
      to: period.to,
      overdueNow: overdueNow.count,
      byKind: counts.filter((r) => r.by_status === 0).map((r) => ({ value: r.kind, count: r.count })),
      byStatus: counts.filter((r) => r.by_status === 1).map((r) => ({ value: r.status, count: r.count })),
      // A union's cases are all its own: no breakdown.
      byChild: byChild.length === 1 && byChild[0].tenant.id === ownId ? [] : byChild,
      byMonth: groups
        .filter((g) => g.by_month === 0)
        .map((g) => ({ ...figures(g), month: g.month as string }))
        .sort((a, b) => a.month.localeCompare(b.month)),
      assistance: {
        count: Number(helped.count),
        totalFen: Number(helped.total_fen),
        moneyFen: Number(helped.money),
        byFund: byFund.map((r) => ({ value: r.value, count: r.count })),
      },
      fromVisits: Number(total?.from_visits ?? 0),
      fromVisitsClosedSatisfied: Number(total?.from_visits_closed_satisfied ?? 0),
    };
  }
}
