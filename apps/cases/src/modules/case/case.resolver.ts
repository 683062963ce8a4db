import {
  badInput,
  ConnectionArgs,
  ConnectionType,
  chinaDayRange,
  groupByKeys,
  isoDate,
  paginate,
  parseInput,
  type RequestContext,
  requireCaller,
  scopeUpperBound,
  startOfChinaDay,
} from '@frontline/subgraph-kit';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { z } from 'zod';
import type { CasesDeps } from '../../deps.js';
import {
  Assistance,
  Case,
  CaseAssistant,
  CaseEvent,
  CaseKind,
  CaseMember,
  CasePriority,
  CaseSource,
  CaseStatus,
  NO_DEADLINE,
} from './case.entity.js';
import {
  AddAssistanceInput,
  AssignCaseInput,
  CaseStepInput,
  CommentCaseInput,
  CreateCaseInput,
  DispatchCaseInput,
  EscalateCaseInput,
  RecordCallbackInput,
  UpdateCaseInput,
} from './case.inputs.js';
import { allowedActions, relationOf } from './case.rules.js';
import * as service from './case.service.js';
import { CaseAction } from './workflow.js';

export const CaseConnection = ConnectionType(Case, 'Case');

export enum DeadlineState {
  OVERDUE = 'OVERDUE',
  DUE_SOON = 'DUE_SOON',
  ON_TIME = 'ON_TIME',
}

export enum CaseScopeFilter {
  MINE = 'MINE',
  HANDLED_HERE = 'HANDLED_HERE',
  ESCALATED_FROM_HERE = 'ESCALATED_FROM_HERE',
  DISPATCHED_FROM_HERE = 'DISPATCHED_FROM_HERE',
}

export enum CaseOrder {
  URGENCY = 'URGENCY',
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
}

export enum CaseRelation {
  HANDLER = 'HANDLER',
  OWNER = 'OWNER',
  OVERSEER = 'OVERSEER',
}

registerEnumType(DeadlineState, { name: 'DeadlineState' });
registerEnumType(CaseScopeFilter, {
  name: 'CaseScopeFilter',
  description:
    'MINE: led by or assisted by me; HANDLED_HERE: handled by the tenant I act on; ESCALATED_FROM_HERE: ours, handled above; DISPATCHED_FROM_HERE: sent down to a union',
});
registerEnumType(CaseOrder, {
  name: 'CaseOrder',
  description: 'URGENCY: overdue first, then by next deadline',
});
registerEnumType(CaseRelation, { name: 'CaseRelation' });
registerEnumType(CaseAction, { name: 'CaseAction' });

/** Within this many hours of a deadline a case is DUE_SOON. */
export const DUE_SOON_HOURS = 48;

@InputType()
export class CaseFilter {
  @Field(() => [CaseKind], { nullable: true })
  kind?: CaseKind[];

  @Field(() => [CaseStatus], { nullable: true })
  status?: CaseStatus[];

  @Field(() => Boolean, { nullable: true, description: 'Only cases still being handled' })
  open?: boolean;

  @Field(() => DeadlineState, { nullable: true })
  deadline?: DeadlineState;

  @Field(() => CaseScopeFilter, { nullable: true })
  scope?: CaseScopeFilter;

  @Field(() => ID, { nullable: true, description: 'Lead officer' })
  assigneeId?: string;

  @Field(() => ID, { nullable: true, description: 'Cases of this team and the teams under it' })
  orgUnitId?: string;

  @Field(() => ID, { nullable: true })
  memberId?: string;

  @Field(() => ID, { nullable: true, description: 'Cases of one tenant in the caller’s scope' })
  tenantId?: string;

  @Field(() => CasePriority, { nullable: true })
  priority?: CasePriority;

  @Field(() => CaseSource, { nullable: true })
  source?: CaseSource;

  @Field(() => String, { nullable: true, description: 'Received on or after (YYYY-MM-DD, China time)' })
  receivedFrom?: string;

  @Field(() => String, { nullable: true, description: 'Received on or before (YYYY-MM-DD)' })
  receivedTo?: string;

  @Field(() => String, { nullable: true, description: 'Number, summary or member name contains' })
  text?: string;
}

const filterSchema = z
  .object({
    assigneeId: z.uuid().nullish(),
    orgUnitId: z.uuid().nullish(),
    memberId: z.uuid().nullish(),
    tenantId: z.uuid().nullish(),
    receivedFrom: isoDate.nullish(),
    receivedTo: isoDate.nullish(),
    text: z.string().trim().max(100).nullish(),
  })
  .loose();

@ArgsType()
export class CasesArgs extends ConnectionArgs {
  @Field(() => CaseFilter, { nullable: true })
  filter?: CaseFilter;

  @Field(() => CaseOrder, { nullable: true, defaultValue: CaseOrder.URGENCY })
  orderBy?: CaseOrder;
}

/** A team as the members subgraph owns it; this subgraph adds its cases (and uses its path). */
@Directive('@key(fields: "id")')
@ObjectType('OrgUnit')
export class OrgUnitRef {
  @Field(() => ID)
  id!: string;

  @Directive('@external')
  @Field(() => String)
  unitPath!: string;
}

/** A visit or event of the activities subgraph, referenced as a case's source. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Activity')
export class ActivityRef {
  @Field(() => ID)
  id!: string;
}

/** A member as the members subgraph owns it; this subgraph adds their cases. */
@Directive('@key(fields: "id")')
@ObjectType('Member')
export class MemberRef {
  @Field(() => ID)
  id!: string;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** Builds the where-clause of a case list from its filter. */
export async function caseWhere(
  ctx: RequestContext,
  deps: CasesDeps,
  filter: CaseFilter | undefined,
): Promise<FilterQuery<Case>> {
  const now = deps.now();
  const caller = requireCaller(ctx);
  const f = parseInput(filterSchema, filter ?? {}, 'filter') as CaseFilter;
  const where: FilterQuery<Case> & Record<string, unknown> = {};
  const and: FilterQuery<Case>[] = [];
  if (f.kind?.length) where.kind = { $in: f.kind };
  if (f.status?.length) where.status = { $in: f.status };
  if (f.open) where.nextDueAt = { $lt: NO_DEADLINE };
  if (f.priority) where.priority = f.priority;
  if (f.source) where.source = f.source;
  if (f.assigneeId) where.leadOfficerId = f.assigneeId;
  if (f.tenantId) where.tenantId = f.tenantId;
  if (f.deadline === DeadlineState.OVERDUE) where.nextDueAt = { $lt: now };
  if (f.deadline === DeadlineState.DUE_SOON)
    where.nextDueAt = { $gte: now, $lt: new Date(now.getTime() + DUE_SOON_HOURS * 3_600_000) };
  if (f.deadline === DeadlineState.ON_TIME)
    where.nextDueAt = { $gte: new Date(now.getTime() + DUE_SOON_HOURS * 3_600_000), $lt: NO_DEADLINE };
  if (f.receivedFrom || f.receivedTo) {
    where.receivedAt = {
      ...(f.receivedFrom ? { $gte: startOfChinaDay(f.receivedFrom) } : {}),
      ...(f.receivedTo ? { $lt: chinaDayRange(f.receivedTo, f.receivedTo).end } : {}),
    };
  }
  if (f.text) {
    const like = `%${likeEscape(f.text)}%`;
    and.push({
      $or: [{ number: { $like: like } }, { summary: { $ilike: like } }, { memberNames: { $like: like } }],
    });
  }
  switch (f.scope) {
    case CaseScopeFilter.MINE: {
      const assisted = await ctx.em.find(CaseAssistant, { refId: caller.officerId }, { fields: ['caseId'] });
      and.push({
        $or: [{ leadOfficerId: caller.officerId }, { id: { $in: assisted.map((a) => a.caseId) } }],
      });
      break;
    }
    case CaseScopeFilter.HANDLED_HERE:
      where.handlingTenantId = caller.scope.id;
      break;
    case CaseScopeFilter.ESCALATED_FROM_HERE:
      where.tenantId = caller.scope.id;
      where.handlingTenantId = { $ne: caller.scope.id };
      where.escalatedAt = { $ne: null };
      break;
    case CaseScopeFilter.DISPATCHED_FROM_HERE:
      where.dispatchedAt = { $ne: null };
      where.handlingTenantPath = { $gt: caller.scope.path, $lt: scopeUpperBound(caller.scope.path) };
      break;
  }
  if (f.memberId) {
    const rows = await ctx.em.find(CaseMember, { memberId: f.memberId }, { fields: ['caseId'] });
    where.id = { $in: rows.map((r) => r.caseId) };
  }
  if (f.orgUnitId) {
    // A unit and everything under it: its path comes from the members subgraph, which owns units
    // (asked with the caller's token, so a unit out of scope is simply not found).
    const { unit } = await deps.members.lookup([], f.orgUnitId, caller.token);
    if (!unit) throw badInput([{ field: 'filter.orgUnitId', key: 'case.teamNotFound' }]);
    where.unitPath = { $gte: unit.unitPath, $lt: scopeUpperBound(unit.unitPath) };
  }
  if (and.length) where.$and = and;
  return where;
}

const ORDERS = {
  // Cases with no running deadline (NO_DEADLINE) sort last.
  [CaseOrder.URGENCY]: { nextDueAt: 'asc', id: 'asc' },
  [CaseOrder.NEWEST]: { receivedAt: 'desc', id: 'desc' },
  [CaseOrder.OLDEST]: { receivedAt: 'asc', id: 'asc' },
} as const;

@Resolver(() => Case)
export class CaseResolver {
  constructor(private readonly deps: CasesDeps) {}

  @Query(() => CaseConnection, {
    description: 'Cases the caller can see, filtered; overdue first by default',
  })
  async cases(@Args(() => CasesArgs) args: CasesArgs, @Ctx() ctx: RequestContext) {
    const where = await caseWhere(ctx, this.deps, args.filter);
    return paginate(ctx.em, Case, where, args, ORDERS[args.orderBy ?? CaseOrder.URGENCY] as never);
  }

  @Query(() => Case, { description: 'One case the caller can see; NOT_FOUND otherwise' })
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Case> {
    requireCaller(ctx);
    return service.findCaseOrFail(ctx.em, id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Null when sealed (confidential or hardship): use revealCaseDetails',
  })
  details(@Root() c: Case): string | null {
    return c.detailsPlain;
  }

  @FieldResolver(() => Boolean, { description: 'Details are sealed (confidential or hardship)' })
  detailsSealed(@Root() c: Case): boolean {
    return c.detailsSealed !== null;
  }

  @FieldResolver(() => DeadlineState, {
    nullable: true,
    description: 'Null once resolved, rejected or closed',
  })
  deadlineState(@Root() c: Case): DeadlineState | null {
    if (c.nextDueAt.getTime() >= NO_DEADLINE.getTime()) return null;
    const left = c.nextDueAt.getTime() - this.deps.now().getTime();
    if (left < 0) return DeadlineState.OVERDUE;
    return left < DUE_SOON_HOURS * 3_600_000 ? DeadlineState.DUE_SOON : DeadlineState.ON_TIME;
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true, description: 'The deadline now running' })
  nextDueAt(@Root() c: Case): Date | null {
    return c.nextDueAt.getTime() >= NO_DEADLINE.getTime() ? null : c.nextDueAt;
  }

  @FieldResolver(() => CaseRelation, { description: 'How the caller stands to the case' })
  relation(@Root() c: Case, @Ctx() ctx: RequestContext): CaseRelation {
    return relationOf(requireCaller(ctx), c) as CaseRelation;
  }

  @FieldResolver(() => [CaseAction], { description: 'The steps the caller may take now' })
  allowedActions(@Root() c: Case, @Ctx() ctx: RequestContext): CaseAction[] {
    return allowedActions(requireCaller(ctx), c);
  }

  @FieldResolver(() => [MemberRef], { description: 'Members concerned (resolved by the members subgraph)' })
  async members(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<MemberRef[]> {
    const rows = await this.membersOf(ctx).load(c.id);
    return (rows ?? []).map((r) => Object.assign(new MemberRef(), { id: r.memberId }));
  }

  @FieldResolver(() => [CaseMember], { description: 'Members concerned, as recorded on the case' })
  async memberEntries(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CaseMember[]> {
    return (await this.membersOf(ctx).load(c.id)) ?? [];
  }

  private membersOf(ctx: RequestContext) {
    return ctx.loaders.get<string, CaseMember[]>('case.members', async (ids) =>
      groupByKeys(ids, await ctx.em.find(CaseMember, { caseId: { $in: [...ids] } }), (r) => r.caseId),
    );
  }

  @FieldResolver(() => OrgUnitRef, {
    nullable: true,
    description: 'The team (resolved by the members subgraph)',
  })
  team(@Root() c: Case): OrgUnitRef | null {
    return c.orgUnitId ? Object.assign(new OrgUnitRef(), { id: c.orgUnitId }) : null;
  }

  @FieldResolver(() => ActivityRef, {
    nullable: true,
    description: 'The visit it came from (resolved by the activities subgraph)',
  })
  sourceActivity(@Root() c: Case): ActivityRef | null {
    return c.sourceActivityId ? Object.assign(new ActivityRef(), { id: c.sourceActivityId }) : null;
  }

  @FieldResolver(() => [CaseAssistant])
  async assistants(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CaseAssistant[]> {
    return (
      (await ctx.loaders
        .get<string, CaseAssistant[]>('case.assistants', async (ids) =>
          groupByKeys(ids, await ctx.em.find(CaseAssistant, { caseId: { $in: [...ids] } }), (r) => r.caseId),
        )
        .load(c.id)) ?? []
    );
  }

  @FieldResolver(() => [CaseEvent], { description: 'The timeline, oldest first' })
  async timeline(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CaseEvent[]> {
    return (
      (await ctx.loaders
        .get<string, CaseEvent[]>('case.timeline', async (ids) =>
          groupByKeys(
            ids,
            await ctx.em.find(
              CaseEvent,
              { caseId: { $in: [...ids] } },
              { orderBy: { at: 'asc', id: 'asc' } },
            ),
            (r) => r.caseId,
          ),
        )
        .load(c.id)) ?? []
    );
  }

  @FieldResolver(() => [Assistance], { description: 'Help delivered (hardship cases)' })
  async assistance(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<Assistance[]> {
    return (
      (await ctx.loaders
        .get<string, Assistance[]>('case.assistance', async (ids) =>
          groupByKeys(
            ids,
            await ctx.em.find(Assistance, { caseId: { $in: [...ids] } }, { orderBy: { deliveredOn: 'asc' } }),
            (r) => r.caseId,
          ),
        )
        .load(c.id)) ?? []
    );
  }

  @Mutation(() => Case, { description: 'Open a case in the tenant the caller acts on' })
  createCase(@Arg('input', () => CreateCaseInput) input: CreateCaseInput, @Ctx() ctx: RequestContext) {
    return service.createCase(ctx, this.deps, input);
  }

  @Mutation(() => Case, {
    description: 'Handler: accept (the first response); the caller leads unless assigned',
  })
  acceptCase(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return service.acceptCase(ctx, this.deps, input);
  }

  @Mutation(() => Case, { description: 'Handler (admin or lead): reject, with the reason in `note`' })
  rejectCase(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return service.rejectCase(ctx, this.deps, input);
  }

  @Mutation(() => Case, { description: 'Handler: start work' })
  startCase(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return service.startCase(ctx, this.deps, input);
  }

  @Mutation(() => Case, { description: 'Handler: resolve, with the result in `note`' })
  resolveCase(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return service.resolveCase(ctx, this.deps, input);
  }

  @Mutation(() => Case, { description: 'Handler or owning union: the worker’s rating after resolution' })
  recordCallback(
    @Arg('input', () => RecordCallbackInput) input: RecordCallbackInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service.recordCallback(ctx, this.deps, input);
  }

  @Mutation(() => Case, { description: 'Handler or owning union: close after a callback' })
  closeCase(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return service.closeCase(ctx, this.deps, input);
  }

  @Mutation(() => Case, { description: 'Handler (admin or lead): reopen, with the reason in `note`' })
  reopenCase(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return service.reopenCase(ctx, this.deps, input);
  }

  @Mutation(() => Case, { description: 'Handler: set the lead officer and assisting officers or units' })
  assignCase(@Arg('input', () => AssignCaseInput) input: AssignCaseInput, @Ctx() ctx: RequestContext) {
    return service.assignCase(ctx, this.deps, input);
  }

  @Mutation(() => Case, { description: 'Handler or owning union: a comment and/or attachment references' })
  commentCase(@Arg('input', () => CommentCaseInput) input: CommentCaseInput, @Ctx() ctx: RequestContext) {
    return service.commentCase(ctx, this.deps, input);
  }

  @Mutation(() => Case, { description: 'Handler: hand the case up to the federation above' })
  escalateCase(@Arg('input', () => EscalateCaseInput) input: EscalateCaseInput, @Ctx() ctx: RequestContext) {
    return service.escalateCase(ctx, this.deps, input);
  }

  @Mutation(() => Case, { description: 'Federation handler: hand the case down to a union under it' })
  dispatchCase(@Arg('input', () => DispatchCaseInput) input: DispatchCaseInput, @Ctx() ctx: RequestContext) {
    return service.dispatchCase(ctx, this.deps, input);
  }

  @Mutation(() => Case, { description: 'Handler: record help delivered on a hardship case' })
  addAssistance(
    @Arg('input', () => AddAssistanceInput) input: AddAssistanceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service.addAssistance(ctx, this.deps, input);
  }

  @Mutation(() => Case, {
    description: 'Handler: change summary, details, priority (deadlines follow), kind',
  })
  updateCase(@Arg('input', () => UpdateCaseInput) input: UpdateCaseInput, @Ctx() ctx: RequestContext) {
    return service.updateCase(ctx, this.deps, input);
  }

  @Mutation(() => String, {
    nullable: true,
    description: 'Admins or the lead: read sealed details, giving a purpose (audited, on the timeline)',
  })
  revealCaseDetails(
    @Arg('id', () => ID) id: string,
    @Arg('purpose', () => String) purpose: string,
    @Ctx() ctx: RequestContext,
  ) {
    return service.revealCaseDetails(ctx, this.deps, { id, purpose });
  }
}

@ArgsType()
class RelatedCasesArgs extends ConnectionArgs {}

@Resolver(() => MemberRef)
export class MemberCasesResolver {
  @FieldResolver(() => CaseConnection, { description: 'Cases concerning this member, newest first' })
  async cases(
    @Root() member: MemberRef,
    @Args(() => RelatedCasesArgs) args: RelatedCasesArgs,
    @Ctx() ctx: RequestContext,
  ) {
    requireCaller(ctx);
    const rows = await ctx.em.find(CaseMember, { memberId: member.id }, { fields: ['caseId'] });
    return paginate(
      ctx.em,
      Case,
      { id: { $in: rows.map((r) => r.caseId) } },
      args,
      ORDERS[CaseOrder.NEWEST] as never,
    );
  }
}

@Resolver(() => OrgUnitRef)
export class OrgUnitCasesResolver {
  @Directive('@requires(fields: "unitPath")')
  @FieldResolver(() => CaseConnection, {
    description: 'Cases of this unit and the units under it, newest first',
  })
  cases(
    @Root() unit: OrgUnitRef,
    @Args(() => RelatedCasesArgs) args: RelatedCasesArgs,
    @Ctx() ctx: RequestContext,
  ) {
    requireCaller(ctx);
    const where = unit.unitPath
      ? { unitPath: { $gte: unit.unitPath, $lt: scopeUpperBound(unit.unitPath) } }
      : { orgUnitId: unit.id };
    return paginate(ctx.em, Case, where, args, ORDERS[CaseOrder.NEWEST] as never);
  }
}

export const memberRefReference = {
  __resolveReference: (ref: { id: string }) => Object.assign(new MemberRef(), { id: ref.id }),
};
export const orgUnitRefReference = {
  __resolveReference: (ref: { id: string; unitPath?: string }) => Object.assign(new OrgUnitRef(), ref),
};
