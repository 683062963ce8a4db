import {
  parseInput,
  periodSchema,
  type RequestContext,
  requireCaller,
  scopeUpperBound,
} from '@frontline/subgraph-kit';
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { AgeBand } from './member.entity.js';
import { today, yearsBefore } from './union-scope.js';

/**
 * `Tenant` belongs to the tenants subgraph. This subgraph adds member figures to it; it needs the
 * tenant's path (`@requires`) to count a federation's whole subtree.
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
export class SegmentCount {
  @Field(() => String)
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Member figures of a tenant (a federation: its whole subtree)' })
export class MemberStats {
  @Field(() => Int)
  activeCount!: number;

  @Field(() => Int, { description: 'Active woman workers' })
  women!: number;

  @Field(() => Int)
  migrantWorkers!: number;

  @Field(() => Int)
  modelWorkers!: number;

  @Field(() => Int, { description: 'Active members in hardship (any level)' })
  hardship!: number;

  @Field(() => [SegmentCount], { description: 'Active members by age band' })
  byAgeBand!: SegmentCount[];

  @Field(() => [SegmentCount], { description: 'Active members by job type' })
  byJobType!: SegmentCount[];

  @Field(() => [SegmentCount], { description: 'Active members by shift pattern' })
  byShiftPattern!: SegmentCount[];

  @Field(() => Int, { description: 'Joined or transferred in during the period' })
  joins!: number;

  @Field(() => Int, { description: 'Left, retired or transferred out during the period' })
  leaves!: number;

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;
}

@Resolver(() => TenantRef)
export class TenantRefResolver {
  @Directive('@requires(fields: "path")')
  @FieldResolver(() => MemberStats)
  async memberStats(
    @Root() tenant: TenantRef,
    @Ctx() ctx: RequestContext,
    @Arg('from', () => String, { description: 'YYYY-MM-DD' }) from: string,
    @Arg('to', () => String, { description: 'YYYY-MM-DD' }) to: string,
  ): Promise<MemberStats> {
    requireCaller(ctx);
    const period = parseInput(periodSchema, { from, to });
    // RLS keeps this inside the caller's scope; the path range narrows it to the tenant asked for.
    const range = [tenant.path, scopeUpperBound(tenant.path)];
    const on = today();
    const [totals] = await ctx.em.execute(
      `select
         count(*) filter (where status = 'ACTIVE')::int as active,
         count(*) filter (where status = 'ACTIVE' and gender = 'FEMALE')::int as women,
         count(*) filter (where status = 'ACTIVE' and migrant_worker)::int as migrant,
         count(*) filter (where status = 'ACTIVE' and model_worker)::int as model,
         count(*) filter (where status = 'ACTIVE' and hardship_status <> 'NONE')::int as hardship,
         count(*) filter (where status = 'ACTIVE' and birth_date > ?)::int as under_30,
         count(*) filter (where status = 'ACTIVE' and birth_date > ? and birth_date <= ?)::int as age_30_39,
         count(*) filter (where status = 'ACTIVE' and birth_date > ? and birth_date <= ?)::int as age_40_49,
         count(*) filter (where status = 'ACTIVE' and birth_date <= ?)::int as age_50_plus,
         count(*) filter (where status = 'ACTIVE' and birth_date is null)::int as age_unknown
       from members.member where tenant_path >= ? and tenant_path < ?`,
      [
        yearsBefore(on, 30),
        yearsBefore(on, 40),
        yearsBefore(on, 30),
        yearsBefore(on, 50),
        yearsBefore(on, 40),
        yearsBefore(on, 50),
        ...range,
      ],
    );
    const segment = (column: string) =>
      ctx.em.execute(
        `select coalesce(${column}, '') as value, count(*)::int as count from members.member
          where tenant_path >= ? and tenant_path < ? and status = 'ACTIVE'
          group by 1 order by 2 desc, 1 limit 50`,
        range,
      ) as Promise<SegmentCount[]>;
    const [byJobType, byShiftPattern, [flows]] = await Promise.all([
      segment('job_type'),
      segment('shift_pattern'),
      ctx.em.execute(
        `select
           (select count(*) from members.membership_period
             where tenant_path >= ? and tenant_path < ? and reason in ('JOINED', 'TRANSFERRED_IN', 'IMPORTED')
               and started_on between ? and ?)::int as joins,
           (select count(*) from members.membership_period
             where tenant_path >= ? and tenant_path < ? and status in ('LEFT', 'RETIRED') and reason = 'STATUS_CHANGED'
               and started_on between ? and ?)::int
           + (select count(*) from members.transfer
             where tenant_path >= ? and tenant_path < ? and status = 'ACCEPTED'
               and not (to_tenant_path >= ? and to_tenant_path < ?)
               and decided_at::date between ? and ?)::int as leaves`,
        [
          ...range,
          period.from,
          period.to,
          ...range,
          period.from,
          period.to,
          ...range,
          ...range,
          period.from,
          period.to,
        ],
      ),
    ]);
    return {
      activeCount: totals.active,
      women: totals.women,
      migrantWorkers: totals.migrant,
      modelWorkers: totals.model,
      hardship: totals.hardship,
      byAgeBand: [
        { value: AgeBand.UNDER_30, count: totals.under_30 },
        { value: AgeBand.AGE_30_39, count: totals.age_30_39 },
        { value: AgeBand.AGE_40_49, count: totals.age_40_49 },
        { value: AgeBand.AGE_50_PLUS, count: totals.age_50_plus },
        { value: AgeBand.UNKNOWN, count: totals.age_unknown },
      ],
      byJobType,
      byShiftPattern,
      joins: flows.joins,
      leaves: flows.leaves,
      from: period.from,
      to: period.to,
    };
  }
}
