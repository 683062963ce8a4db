import { ConnectionType, type RequestContext, requireCaller } from '@frontline/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { TenantRef, tenantRef } from '../common/refs.js';
import { Campaign } from './campaign.entity.js';
import {
  CampaignListArgs,
  CampaignProgress,
  CreateCampaignInput,
  campaignProgress,
  createCampaign,
  findCampaignOrFail,
  listCampaigns,
  UpdateCampaignInput,
  updateCampaign,
} from './campaign.service.js';

export const CampaignConnection = ConnectionType(Campaign, 'Campaign');

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => CampaignConnection, {
    description: 'Campaigns of the caller’s federations (above) and, for a federation, of those below',
  })
  campaigns(@Args(() => CampaignListArgs) args: CampaignListArgs, @Ctx() ctx: RequestContext) {
    return listCampaigns(ctx, args);
  }

  @Query(() => Campaign)
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    requireCaller(ctx);
    return findCampaignOrFail(ctx, id);
  }

  @FieldResolver(() => TenantRef, { description: 'The federation running it' })
  tenant(@Root() campaign: Campaign): TenantRef {
    return tenantRef(campaign.tenantId);
  }

  @FieldResolver(() => [CampaignProgress], {
    description:
      'Per-union progress, best first. A federation sees its unions; a union only its own. Unions with no linked activity yet are not listed (the tenant tree is the tenants subgraph’s).',
  })
  progress(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    return campaignProgress(ctx, campaign);
  }

  @Mutation(() => Campaign, { description: 'Federation officers: start a campaign across the unions below' })
  createCampaign(
    @Arg('input', () => CreateCampaignInput) input: CreateCampaignInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createCampaign(ctx, input);
  }

  @Mutation(() => Campaign, { description: 'The federation running it: change a campaign' })
  updateCampaign(
    @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateCampaign(ctx, input);
  }
}
