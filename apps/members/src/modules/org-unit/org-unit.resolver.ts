import { byKeys, groupByKeys, type RequestContext, requireCaller } from '@frontline/subgraph-kit';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { MembersDeps } from '../../deps.js';
import { OrgUnit, OrgUnitEvent, OrgUnitKind, OrgUnitStatus } from './org-unit.entity.js';
import { createOrgUnit, findUnitOrFail, updateOrgUnit } from './org-unit.service.js';

/** A union's org tree is bounded; thousands of teams at most. */
export const ORG_UNIT_LIMIT = 5000;

@InputType()
export class CreateOrgUnitInput {
  @Field(() => ID, { nullable: true, description: 'Parent unit; none for a top-level unit' })
  parentId?: string;

  @Field(() => OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  leaderName?: string;
}

@InputType({ description: 'Rename, re-lead, move (parentId), close or reopen (status) a unit' })
export class UpdateOrgUnitInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => OrgUnitKind, { nullable: true })
  kind?: OrgUnitKind;

  @Field(() => String, { nullable: true })
  leaderName?: string;

  @Field(() => ID, { nullable: true })
  parentId?: string;

  @Field(() => OrgUnitStatus, { nullable: true })
  status?: OrgUnitStatus;
}

export function orgUnitById(ctx: RequestContext) {
  return ctx.loaders.get<string, OrgUnit>('orgUnit.byId', async (ids) =>
    byKeys(ids, await ctx.em.find(OrgUnit, { id: { $in: [...ids] } }), (u) => u.id),
  );
}

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  constructor(private readonly deps: MembersDeps) {}

  @Query(() => [OrgUnit], { description: `Org units in scope in tree order (at most ${ORG_UNIT_LIMIT})` })
  orgUnits(
    @Ctx() ctx: RequestContext,
    @Arg('includeClosed', () => Boolean, { defaultValue: false }) includeClosed: boolean,
  ) {
    requireCaller(ctx);
    return ctx.em.find(OrgUnit, includeClosed ? {} : { status: OrgUnitStatus.ACTIVE }, {
      orderBy: { tenantId: 'asc', unitPath: 'asc' },
      limit: ORG_UNIT_LIMIT,
    });
  }

  @Query(() => OrgUnit)
  orgUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    requireCaller(ctx);
    return findUnitOrFail(ctx.em, id);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  parent(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext) {
    return unit.parentId ? orgUnitById(ctx).load(unit.parentId) : null;
  }

  @FieldResolver(() => Int, { description: 'Active members in this unit and below' })
  activeMemberCount(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, number>('orgUnit.activeCount', async (paths) => {
        // One aggregate for every unit asked for in this request.
        const rows: { path: string; n: number }[] = await ctx.em.execute(
          `select p.path, count(m.id)::int as n
             from unnest(string_to_array(?, ',')) as p(path)
             left join members.member m
               on m.status = 'ACTIVE' and m.unit_path >= p.path and m.unit_path < left(p.path, -1) || '0'
            group by p.path`,
          // Paths hold only ids and slashes, so a comma-joined list is unambiguous.
          [paths.join(',')],
        );
        const counts = new Map(rows.map((r) => [r.path, r.n]));
        return paths.map((p) => counts.get(p) ?? 0);
      })
      .load(unit.unitPath);
  }

  @FieldResolver(() => [OrgUnitEvent], {
    description: 'Dated history: created, renamed, moved, closed, reopened',
  })
  history(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, OrgUnitEvent[]>('orgUnit.history', async (ids) =>
        groupByKeys(
          ids,
          await ctx.em.find(OrgUnitEvent, { orgUnitId: { $in: [...ids] } }, { orderBy: { at: 'asc' } }),
          (e) => e.orgUnitId,
        ),
      )
      .load(unit.id);
  }

  @Mutation(() => OrgUnit)
  createOrgUnit(
    @Arg('input', () => CreateOrgUnitInput) input: CreateOrgUnitInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createOrgUnit(ctx, this.deps, input);
  }

  @Mutation(() => OrgUnit)
  updateOrgUnit(
    @Arg('input', () => UpdateOrgUnitInput) input: UpdateOrgUnitInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateOrgUnit(ctx, this.deps, input);
  }
}

export const orgUnitReference = {
  __resolveReference: (ref: { id: string }, ctx: RequestContext) => orgUnitById(ctx).load(ref.id),
};
