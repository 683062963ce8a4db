import {
  ConnectionType,
  groupByKeys,
  paginate,
  parseInput,
  type RequestContext,
  requireCaller,
  scopeUpperBound,
} from '@frontline/subgraph-kit';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Arg,
  Args,
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
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { orgUnitById } from '../org-unit/org-unit.resolver.js';
import { findUnitOrFail } from '../org-unit/org-unit.service.js';
import { AgeBand, Gender, HardshipStatus, Member, MemberStatus, MembershipPeriod } from './member.entity.js';
import {
  CreateMemberInput,
  MemberOrder,
  MembersArgs,
  memberFilterSchema,
  PiiField,
  SortDirection,
  UpdateMemberInput,
} from './member.inputs.js';
import {
  changeMemberStatus,
  createMember,
  findMemberOrFail,
  moveMember,
  revealPersonalData,
  updateMember,
} from './member.service.js';
import { today, yearsBefore } from './union-scope.js';

export const MemberConnection = ConnectionType(Member, 'Member');

@InputType()
export class ChangeMemberStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => MemberStatus, { description: 'SUSPENDED, ACTIVE (reactivate), RETIRED or LEFT' })
  status!: MemberStatus;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  effectiveOn!: string;

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType()
export class MoveMemberInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID)
  orgUnitId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  effectiveOn!: string;
}

@InputType()
export class RevealPersonalDataInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => PiiField)
  field!: PiiField;

  @Field(() => String, { description: 'Why it is needed; kept in the audit log' })
  purpose!: string;
}

/** Birth-date bounds of an age band as of `on` (YYYY-MM-DD). */
export function ageBandRange(band: AgeBand, on = today()): FilterQuery<Member> {
  const yearsAgo = (n: number) => yearsBefore(on, n);
  switch (band) {
    case AgeBand.UNDER_30:
      return { birthDate: { $gt: yearsAgo(30) } };
    case AgeBand.AGE_30_39:
      return { birthDate: { $gt: yearsAgo(40), $lte: yearsAgo(30) } };
    case AgeBand.AGE_40_49:
      return { birthDate: { $gt: yearsAgo(50), $lte: yearsAgo(40) } };
    case AgeBand.AGE_50_PLUS:
      return { birthDate: { $lte: yearsAgo(50) } };
    default:
      return { birthDate: null };
  }
}

export function ageBandOf(birthDate: string | null, on = today()): AgeBand {
  if (!birthDate) return AgeBand.UNKNOWN;
  for (const band of [AgeBand.UNDER_30, AgeBand.AGE_30_39, AgeBand.AGE_40_49]) {
    const r = (ageBandRange(band, on) as { birthDate: { $gt: string; $lte?: string } }).birthDate;
    if (birthDate > r.$gt && (!r.$lte || birthDate <= r.$lte)) return band;
  }
  return AgeBand.AGE_50_PLUS;
}

const ORDER = {
  [MemberOrder.NAME]: 'namePinyin',
  [MemberOrder.JOINED_ON]: 'joinedOn',
  [MemberOrder.EMPLOYEE_NO]: 'employeeNo',
} as const;

@Resolver(() => Member)
export class MemberResolver {
  constructor(private readonly deps: MembersDeps) {}

  @Query(() => MemberConnection, { description: 'Members in scope; personal data masked' })
  async members(@Args(() => MembersArgs) args: MembersArgs, @Ctx() ctx: RequestContext) {
    requireCaller(ctx);
    const f = args.filter ?? {};
    const text = parseInput(memberFilterSchema, f, 'filter');
    const and: FilterQuery<Member>[] = [];
    if (text.orgUnitId) {
      const unit = await findUnitOrFail(ctx.em, text.orgUnitId, 'filter.orgUnitId');
      and.push({ unitPath: { $gte: unit.unitPath, $lt: scopeUpperBound(unit.unitPath) } });
    }
    if (f.status?.length) and.push({ status: { $in: f.status } });
    if (f.gender) and.push({ gender: f.gender });
    if (f.ageBand) and.push(ageBandRange(f.ageBand));
    if (text.jobType) and.push({ jobType: text.jobType });
    if (text.shiftPattern) and.push({ shiftPattern: text.shiftPattern });
    if (f.migrantWorker != null) and.push({ migrantWorker: f.migrantWorker });
    if (f.modelWorker != null) and.push({ modelWorker: f.modelWorker });
    if (f.hardship != null)
      and.push({ hardshipStatus: f.hardship ? { $ne: HardshipStatus.NONE } : HardshipStatus.NONE });
    if (text.tag) and.push({ tags: { $contains: [text.tag] } } as FilterQuery<Member>);
    if (text.search) {
      const q = text.search.replace(/[\\%_]/g, '\\$&');
      and.push({
        $or: [
          { name: { $ilike: `%${q}%` } },
          { namePinyin: { $like: `${q.toLowerCase()}%` } },
          { employeeNo: { $ilike: `${q}%` } },
        ],
      });
    }
    const dir = args.direction === SortDirection.DESC ? 'desc' : 'asc';
    return paginate(ctx.em, Member, and.length ? { $and: and } : {}, args, {
      [ORDER[args.orderBy]]: dir,
      id: dir,
    } as never);
  }

  @Query(() => Member)
  member(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    requireCaller(ctx);
    return findMemberOrFail(ctx.em, id);
  }

  @FieldResolver(() => AgeBand)
  ageBand(@Root() member: Member): AgeBand {
    return ageBandOf(member.birthDate);
  }

  @FieldResolver(() => Boolean, { description: 'Woman-worker segment (derived from gender)' })
  womanWorker(@Root() member: Member): boolean {
    return member.gender === Gender.FEMALE;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  orgUnit(@Root() member: Member, @Ctx() ctx: RequestContext) {
    return member.orgUnitId ? orgUnitById(ctx).load(member.orgUnitId) : null;
  }

  @FieldResolver(() => [MembershipPeriod], { description: 'The whole membership, oldest first' })
  history(@Root() member: Member, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, MembershipPeriod[]>('member.history', async (ids) =>
        groupByKeys(
          ids,
          await ctx.em.find(
            MembershipPeriod,
            { memberId: { $in: [...ids] } },
            { orderBy: { startedOn: 'asc', createdAt: 'asc' } },
          ),
          (p) => p.memberId,
        ),
      )
      .load(member.id);
  }

  @Mutation(() => Member)
  createMember(@Arg('input', () => CreateMemberInput) input: CreateMemberInput, @Ctx() ctx: RequestContext) {
    return createMember(ctx, this.deps, input);
  }

  @Mutation(() => Member)
  updateMember(@Arg('input', () => UpdateMemberInput) input: UpdateMemberInput, @Ctx() ctx: RequestContext) {
    return updateMember(ctx, this.deps, input);
  }

  @Mutation(() => Member, {
    description: 'Suspend, reactivate, retire or record leaving; dated, kept in history',
  })
  changeMemberStatus(
    @Arg('input', () => ChangeMemberStatusInput) input: ChangeMemberStatusInput,
    @Ctx() ctx: RequestContext,
  ) {
    return changeMemberStatus(ctx, this.deps, input);
  }

  @Mutation(() => Member, { description: 'Move a member to another team; dated, kept in history' })
  moveMember(@Arg('input', () => MoveMemberInput) input: MoveMemberInput, @Ctx() ctx: RequestContext) {
    return moveMember(ctx, this.deps, input);
  }

  @Mutation(() => String, {
    nullable: true,
    description: 'Admins: show one piece of personal data in clear, stating why; every reveal is audited',
  })
  revealPersonalData(
    @Arg('input', () => RevealPersonalDataInput) input: RevealPersonalDataInput,
    @Ctx() ctx: RequestContext,
  ) {
    return revealPersonalData(ctx, this.deps, {
      id: input.memberId,
      field: input.field,
      purpose: input.purpose,
    });
  }
}
