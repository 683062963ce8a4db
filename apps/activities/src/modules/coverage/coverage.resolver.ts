import {
  ConnectionArgs,
  type EntityManager,
  paginate,
  parseInput,
  type RequestContext,
  requireCaller,
  scopeUpperBound,
} from '@frontline/subgraph-kit';
import {
  Arg,
  Args,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { z } from 'zod';
import { Activity, ActivityKind } from '../activity/activity.entity.js';
import { childFilter } from '../activity/activity.service.js';
import { ActivityConnection } from '../activity/connections.js';
import { periodBounds, periodSchema } from '../common/dates.js';
import { MemberRef, OrgUnitRef, orgUnitRef, TenantRef } from '../common/refs.js';
import { idField } from '../common/validation.js';
import { HeardItemKind } from '../heard/heard-item.entity.js';
import { visitsByTeam } from '../visit/visit.service.js';

@ObjectType()
export class OfficerVisits {
  @Field(() => ID)
  officerId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  visits!: number;
}

@ObjectType({ description: 'One team’s visits in a period' })
export class TeamCoverage {
  @Field(() => OrgUnitRef)
  team!: OrgUnitRef;

  @Field(() => String, { description: 'Name at the last visit (snapshot)' })
  teamName!: string;

  @Field(() => Int)
  visits!: number;

  @Field(() => GraphQLISODateTime)
  lastVisitedAt!: Date;

  @Field(() => [OfficerVisits], { description: 'Who went, most visits first' })
  officers!: OfficerVisits[];
}

@ObjectType({
  description:
    'Frontline coverage: which teams were visited (activities DONE) in a period. Teams are the members subgraph’s: pass `teamIds` to learn which of them were not visited.',
})
export class Coverage {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => [TeamCoverage], { description: 'Visited teams, most visits first' })
  visited!: TeamCoverage[];

  @Field(() => [OrgUnitRef], { description: 'Of `teamIds`, those not visited (empty without `teamIds`)' })
  notVisited!: OrgUnitRef[];

  @Field(() => Int)
  teamsVisited!: number;

  @Field(() => Int, { nullable: true, description: 'Size of `teamIds`; null without it' })
  teamsTotal!: number | null;

  @Field(() => Float, { nullable: true, description: 'teamsVisited / teamsTotal; null without `teamIds`' })
  rate!: number | null;
}

@ObjectType()
export class KindCount {
  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field(() => Int, { description: 'Not cancelled' })
  total!: number;

  @Field(() => Int)
  done!: number;
}

@ObjectType()
export class HeardKindCount {
  @Field(() => HeardItemKind)
  kind!: HeardItemKind;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  turnedIntoCases!: number;

  @Field(() => Int)
  resolvedOnSpot!: number;
}

@ObjectType({
  description:
    'Activity figures of a tenant for a period (a federation: its whole subtree). `teamsTotal` is not here: teams are the members subgraph’s, so a coverage rate joins teamsCovered with members’ team count.',
})
export class ActivityStats {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => Int, { description: 'Activities not cancelled' })
  activitiesTotal!: number;

  @Field(() => Int)
  activitiesDone!: number;

  @Field(() => [KindCount])
  byKind!: KindCount[];

  @Field(() => Int, { description: 'Distinct members present at done activities' })
  membersReached!: number;

  @Field(() => Int, { description: 'Counted (not named) people at done activities' })
  headcount!: number;

  @Field(() => Int, { description: 'Distinct teams visited by done activities' })
  teamsCovered!: number;

  @Field(() => Int, { description: 'Enterprise unions with at least one done activity' })
  unionsActive!: number;

  @Field(() => Int)
  heardItems!: number;

  @Field(() => [HeardKindCount])
  heardByKind!: HeardKindCount[];

  @Field(() => Int)
  heardTurnedIntoCases!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'heardTurnedIntoCases / heardItems; null when none heard',
  })
  caseShare!: number | null;
}

const coverageArgs = periodSchema.and(
  z.object({
    teamIds: z.array(idField).max(5000).optional().nullable(),
    kinds: z.array(z.enum(ActivityKind)).max(20).optional().nullable(),
  }),
);

async function officersByTeam(em: EntityManager, start: Date, end: Date, teamIds: string[]) {
  if (!teamIds.length) return new Map<string, OfficerVisits[]>();
  const rows: { team_id: string; officer_id: string; name: string; visits: number }[] = await em.execute(
    `select t.team_id, o.officer_id, max(o.name) as name, count(distinct a.id)::int as visits
       from activities.activity_team t
       join activities.activity a on a.tenant_id = t.tenant_id and a.id = t.activity_id
       join activities.activity_officer o on o.tenant_id = a.tenant_id and o.activity_id = a.id
      where a.status = 'DONE' and a.starts_at >= ? and a.starts_at < ?
        and t.team_id = any(string_to_array(?, ',')::uuid[])
      group by t.team_id, o.officer_id
      order by visits desc, name`,
    [start, end, teamIds.join(',')],
  );
  const map = new Map<string, OfficerVisits[]>();
  for (const r of rows) {
    const list = map.get(r.team_id) ?? [];
    list.push({ officerId: r.officer_id, name: r.name, visits: r.visits });
    map.set(r.team_id, list);
  }
  return map;
}

/** Each visited team's name at its last visit in the period (only the period is read). */
async function teamNames(em: EntityManager, start: Date, end: Date, teamIds: string[]) {
  if (!teamIds.length) return new Map<string, string>();
  const rows: { team_id: string; team_name: string }[] = await em.execute(
    `select distinct on (t.team_id) t.team_id, t.team_name
       from activities.activity_team t
       join activities.activity a on a.tenant_id = t.tenant_id and a.id = t.activity_id
      where t.team_id = any(string_to_array(?, ',')::uuid[]) and a.starts_at >= ? and a.starts_at < ?
      order by t.team_id, a.starts_at desc`,
    [teamIds.join(','), start, end],
  );
  return new Map(rows.map((r) => [r.team_id, r.team_name]));
}

@Resolver()
export class CoverageResolver {
  @Query(() => Coverage, {
    description:
      'Which teams were visited from `from` to `to` (whole days, China time), how often, by whom and when last. Pass `teamIds` (the union’s teams, from the members subgraph) to get the ones not visited.',
  })
  async coverage(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => String, { description: 'YYYY-MM-DD' }) from: string,
    @Arg('to', () => String, { description: 'YYYY-MM-DD' }) to: string,
    @Arg('teamIds', () => [ID], { nullable: true }) teamIds?: string[],
  ): Promise<Coverage> {
    requireCaller(ctx);
    const args = parseInput(coverageArgs, { from, to, teamIds });
    const { start, end } = periodBounds(args.from, args.to);
    const wanted = args.teamIds ? [...new Set(args.teamIds)] : null;
    const counts = await visitsByTeam(ctx.em, start, end, wanted);
    const visitedIds = [...counts.keys()];
    const [officers, names] = await Promise.all([
      officersByTeam(ctx.em, start, end, visitedIds),
      teamNames(ctx.em, start, end, visitedIds),
    ]);
    const visited = visitedIds
      .map((id) => ({
        team: orgUnitRef(id),
        teamName: names.get(id) ?? '',
        visits: counts.get(id)?.visits ?? 0,
        lastVisitedAt: counts.get(id)?.lastAt as Date,
        officers: officers.get(id) ?? [],
      }))
      .sort((a, b) => b.visits - a.visits || a.teamName.localeCompare(b.teamName, 'zh-CN'));
    const notVisited = wanted ? wanted.filter((id) => !counts.has(id)).map(orgUnitRef) : [];
    return {
      from: args.from,
      to: args.to,
      visited,
      notVisited,
      teamsVisited: visited.length,
      teamsTotal: wanted ? wanted.length : null,
      rate: wanted?.length ? Math.round((visited.length / wanted.length) * 1000) / 1000 : null,
    };
  }
}

/** `OrgUnit` of the members subgraph, with this subgraph's activities at it. */
@Resolver(() => OrgUnitRef)
export class OrgUnitRefResolver {
  @FieldResolver(() => ActivityConnection, { description: 'Activities at this team, newest first' })
  activities(
    @Root() unit: OrgUnitRef,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ) {
    requireCaller(ctx);
    return paginate(ctx.em, Activity, childFilter('activity_team', 'team_id', unit.id), args, {
      startsAt: 'desc',
      id: 'desc',
    });
  }

  @FieldResolver(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Start of the last done activity here',
  })
  async lastVisitedAt(@Root() unit: OrgUnitRef, @Ctx() ctx: RequestContext): Promise<Date | null> {
    requireCaller(ctx);
    // One aggregate for every unit of the request.
    return ctx.loaders
      .get<string, Date>('orgUnit.lastVisitedAt', async (ids) => {
        const rows: { team_id: string; last_at: string | Date }[] = await ctx.em.execute(
          `select t.team_id, max(a.starts_at) as last_at
             from activities.activity_team t
             join activities.activity a on a.tenant_id = t.tenant_id and a.id = t.activity_id
            where a.status = 'DONE' and t.team_id = any(string_to_array(?, ',')::uuid[])
            group by t.team_id`,
          [ids.join(',')],
        );
        const map = new Map(rows.map((r) => [r.team_id, new Date(r.last_at)]));
        return ids.map((id) => map.get(id) ?? null);
      })
      .load(unit.id);
  }
}

/** `Member` of the members subgraph, with the activities they were present at. */
@Resolver(() => MemberRef)
export class MemberRefResolver {
  @FieldResolver(() => ActivityConnection, {
    description: 'Activities this member was present at, newest first',
  })
  activities(
    @Root() member: MemberRef,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ) {
    requireCaller(ctx);
    return paginate(ctx.em, Activity, childFilter('attendance', 'member_id', member.id), args, {
      startsAt: 'desc',
      id: 'desc',
    });
  }
}

/** `Tenant` of the tenants subgraph: activity figures, a federation's rolled up over its subtree. */
@Resolver(() => TenantRef)
export class TenantRefResolver {
  @Directive('@requires(fields: "path")')
  @FieldResolver(() => ActivityStats)
  async activityStats(
    @Root() tenant: TenantRef,
    @Ctx() ctx: RequestContext,
    @Arg('from', () => String, { description: 'YYYY-MM-DD' }) from: string,
    @Arg('to', () => String, { description: 'YYYY-MM-DD' }) to: string,
  ): Promise<ActivityStats> {
    requireCaller(ctx);
    const period = parseInput(periodSchema, { from, to });
    const { start, end } = periodBounds(period.from, period.to);
    // RLS keeps this inside the caller's scope (a union asking with a wider path still gets only
    // itself); the path range narrows it to the tenant asked for.
    const where = `a.tenant_path >= ? and a.tenant_path < ? and a.starts_at >= ? and a.starts_at < ?`;
    const params = [tenant.path, scopeUpperBound(tenant.path), start, end];
    const [byKind, [reach], heard] = await Promise.all([
      ctx.em.execute(
        `select a.kind, count(*) filter (where a.status <> 'CANCELLED')::int as total,
                count(*) filter (where a.status = 'DONE')::int as done
           from activities.activity a where ${where} group by a.kind order by a.kind`,
        params,
      ) as Promise<KindCount[]>,
      ctx.em.execute(
        `select
           (select count(distinct t.member_id) from activities.attendance t
              join activities.activity a on a.tenant_id = t.tenant_id and a.id = t.activity_id
             where ${where} and a.status = 'DONE')::int as members,
           (select count(distinct t.team_id) from activities.activity_team t
              join activities.activity a on a.tenant_id = t.tenant_id and a.id = t.activity_id
             where ${where} and a.status = 'DONE')::int as teams,
           (select count(distinct a.tenant_id) from activities.activity a where ${where} and a.status = 'DONE')::int as unions,
           (select coalesce(sum(a.headcount), 0) from activities.activity a where ${where} and a.status = 'DONE')::int as headcount`,
        [...params, ...params, ...params, ...params],
      ),
      ctx.em.execute(
        `select h.kind, count(*)::int as count, count(h.case_id)::int as cases,
                count(*) filter (where h.resolved_on_spot)::int as on_spot
           from activities.heard_item h
           join activities.activity a on a.tenant_id = h.tenant_id and a.id = h.activity_id
          where ${where} and a.status <> 'CANCELLED'
          group by h.kind order by h.kind`,
        params,
      ) as Promise<{ kind: HeardItemKind; count: number; cases: number; on_spot: number }[]>,
    ]);
    const heardItems = heard.reduce((n, h) => n + h.count, 0);
    const turned = heard.reduce((n, h) => n + h.cases, 0);
    return {
      from: period.from,
      to: period.to,
      activitiesTotal: byKind.reduce((n, k) => n + k.total, 0),
      activitiesDone: byKind.reduce((n, k) => n + k.done, 0),
      byKind,
      membersReached: reach.members,
      headcount: reach.headcount,
      teamsCovered: reach.teams,
      unionsActive: reach.unions,
      heardItems,
      heardByKind: heard.map((h) => ({
        kind: h.kind,
        count: h.count,
        turnedIntoCases: h.cases,
        resolvedOnSpot: h.on_spot,
      })),
      heardTurnedIntoCases: turned,
      caseShare: heardItems ? Math.round((turned / heardItems) * 1000) / 1000 : null,
    };
  }
}
