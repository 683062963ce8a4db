import { randomUUID } from 'node:crypto';
import {
  audit,
  badInput,
  ConnectionArgs,
  conflict,
  diffFields,
  forbidden,
  notFound,
  paginate,
  parseInput,
  type RequestContext,
  requireCaller,
} from '@frontline/subgraph-kit';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ActivityKind } from '../activity/activity.entity.js';
import { rethrowConflict } from '../activity/activity.service.js';
import { isoDate } from '../common/dates.js';
import { TenantRef } from '../common/refs.js';
import { actingFederation } from '../common/scope.js';
import { idField, optionalText, versionField } from '../common/validation.js';
import { Campaign, CampaignTarget } from './campaign.entity.js';

@InputType()
export class CreateCampaignInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => ActivityKind, { nullable: true })
  activityKind?: ActivityKind;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  endsOn!: string;

  @Field(() => CampaignTarget)
  targetKind!: CampaignTarget;

  @Field(() => Int)
  targetPerUnion!: number;
}

const campaignFields = {
  name: z.string().trim().min(1).max(80),
  description: optionalText(2000),
  activityKind: z.enum(ActivityKind).optional().nullable(),
  startsOn: isoDate,
  endsOn: isoDate,
  targetKind: z.enum(CampaignTarget),
  targetPerUnion: z.number().int().min(1).max(1_000_000),
};

export const createCampaignSchema = z
  .object(campaignFields)
  .refine((c) => c.endsOn >= c.startsOn, { message: 'validation.periodOrder', path: ['endsOn'] });

@InputType()
export class UpdateCampaignInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => ActivityKind, { nullable: true })
  activityKind?: ActivityKind;

  @Field(() => String, { nullable: true })
  startsOn?: string;

  @Field(() => String, { nullable: true })
  endsOn?: string;

  @Field(() => CampaignTarget, { nullable: true })
  targetKind?: CampaignTarget;

  @Field(() => Int, { nullable: true })
  targetPerUnion?: number;
}

export const updateCampaignSchema = z
  .object(campaignFields)
  .partial()
  .extend({ id: idField, version: versionField });

@ArgsType()
export class CampaignListArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only campaigns running on this day (YYYY-MM-DD)' })
  activeOn?: string;
}

@ObjectType({ description: 'One enterprise union’s progress in a campaign' })
export class CampaignProgress {
  @Field(() => TenantRef, { description: 'The union' })
  tenant!: TenantRef;

  @Field(() => Int)
  activitiesDone!: number;

  @Field(() => Int)
  activitiesPlanned!: number;

  @Field(() => Int, { description: 'Distinct members present at done activities (≈ families for 送温暖)' })
  membersReached!: number;

  @Field(() => Int, { description: 'Counted (not named) people at done activities' })
  headcount!: number;

  @Field(() => Int)
  target!: number;

  @Field(() => Int, { description: 'What counts toward the target (activities done or members reached)' })
  achieved!: number;

  @Field(() => Float)
  rate!: number;
}

export async function findCampaignOrFail(ctx: RequestContext, id: string, field = 'id') {
  parseInput(idField, id, field);
  const campaign = await ctx.em.findOne(Campaign, { id });
  if (!campaign) throw notFound('entity.campaign');
  return campaign;
}

export async function createCampaign(ctx: RequestContext, input: CreateCampaignInput) {
  const caller = actingFederation(ctx);
  const data = parseInput(createCampaignSchema, input, 'input');
  const now = new Date();
  const campaign = Object.assign(new Campaign(), {
    id: randomUUID(),
    tenantId: caller.scope.id,
    tenantPath: caller.scope.path,
    ...data,
    activityKind: data.activityKind ?? null,
    createdByName: caller.name,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  await ctx.em.transactional(async (tx) => {
    tx.persist(campaign);
    audit(tx, caller, ctx.requestId, {
      tenantId: campaign.tenantId,
      tenantPath: campaign.tenantPath,
      action: 'campaign.create',
      entity: 'Campaign',
      entityId: campaign.id,
      changes: {
        name: [null, campaign.name],
        target: [null, `${campaign.targetPerUnion} ${campaign.targetKind}`],
      },
    });
  });
  return campaign;
}

/** Only the federation that runs it changes a campaign (unions below see it read-only). */
export async function updateCampaign(ctx: RequestContext, input: UpdateCampaignInput) {
  const caller = actingFederation(ctx);
  const data = parseInput(updateCampaignSchema, input, 'input');
  const campaign = await findCampaignOrFail(ctx, data.id, 'input.id');
  if (campaign.tenantId !== caller.scope.id) throw forbidden('campaign.notOwner');
  if (campaign.version !== data.version) throw conflict();
  const before = { ...campaign };
  const fields = [
    'name',
    'description',
    'activityKind',
    'startsOn',
    'endsOn',
    'targetKind',
    'targetPerUnion',
  ] as const;
  for (const key of fields)
    if (data[key] !== undefined) Object.assign(campaign, { [key]: data[key] ?? null });
  if (!campaign.name) campaign.name = before.name;
  if (campaign.endsOn < campaign.startsOn)
    throw badInput([{ field: 'input.endsOn', key: 'validation.periodOrder' }]);
  try {
    await ctx.em.transactional(async (tx) => {
      audit(tx, caller, ctx.requestId, {
        tenantId: campaign.tenantId,
        tenantPath: campaign.tenantPath,
        action: 'campaign.update',
        entity: 'Campaign',
        entityId: campaign.id,
        changes: diffFields(before, campaign, [...fields]),
      });
      await tx.flush();
    });
  } catch (err) {
    rethrowConflict(err);
  }
  return campaign;
}

export function listCampaigns(ctx: RequestContext, args: CampaignListArgs) {
  requireCaller(ctx);
  const on = args.activeOn ? parseInput(isoDate, args.activeOn, 'activeOn') : null;
  return paginate(ctx.em, Campaign, on ? { startsOn: { $lte: on }, endsOn: { $gte: on } } : {}, args, {
    startsOn: 'desc',
    id: 'desc',
  });
}

/**
 * Per-union progress of campaigns, one pair of aggregates per request for every campaign asked
 * for. RLS does the scoping: a federation sees every union below it, a union only itself.
 */
export function campaignProgress(ctx: RequestContext, campaign: Campaign): Promise<CampaignProgress[]> {
  return ctx.loaders
    .get<string, CampaignProgress[]>('campaign.progress', async (ids) => {
      const list = ids.join(',');
      const [counts, reached] = await Promise.all([
        ctx.em.execute(
          `select campaign_id, tenant_id,
                  count(*) filter (where status = 'DONE')::int as done,
                  count(*) filter (where status = 'PLANNED')::int as planned,
                  coalesce(sum(headcount) filter (where status = 'DONE'), 0)::int as headcount
             from activities.activity
            where campaign_id = any(string_to_array(?, ',')::uuid[])
            group by campaign_id, tenant_id`,
          [list],
        ),
        ctx.em.execute(
          `select a.campaign_id, a.tenant_id, count(distinct t.member_id)::int as reached
             from activities.attendance t
             join activities.activity a on a.tenant_id = t.tenant_id and a.id = t.activity_id
            where a.campaign_id = any(string_to_array(?, ',')::uuid[]) and a.status = 'DONE'
            group by a.campaign_id, a.tenant_id`,
          [list],
        ),
      ]);
      const reachedBy = new Map(
        (reached as { campaign_id: string; tenant_id: string; reached: number }[]).map((r) => [
          `${r.campaign_id}/${r.tenant_id}`,
          r.reached,
        ]),
      );
      const rows = counts as {
        campaign_id: string;
        tenant_id: string;
        done: number;
        planned: number;
        headcount: number;
      }[];
      return ids.map(
        (id) =>
          rows
            .filter((r) => r.campaign_id === id)
            .map((r) => ({ ...r, reached: reachedBy.get(`${id}/${r.tenant_id}`) ?? 0 })) as never,
      );
    })
    .load(campaign.id)
    .then((rows) =>
      (
        (rows ?? []) as unknown as {
          tenant_id: string;
          done: number;
          planned: number;
          headcount: number;
          reached: number;
        }[]
      )
        .map((r) => {
          const achieved = campaign.targetKind === CampaignTarget.ACTIVITIES ? r.done : r.reached;
          return {
            tenant: Object.assign(new TenantRef(), { id: r.tenant_id }),
            activitiesDone: r.done,
            activitiesPlanned: r.planned,
            membersReached: r.reached,
            headcount: r.headcount,
            target: campaign.targetPerUnion,
            achieved,
            rate: Math.round((achieved / campaign.targetPerUnion) * 1000) / 1000,
          };
        })
        .sort((a, b) => b.rate - a.rate || a.tenant.id.localeCompare(b.tenant.id)),
    );
}
