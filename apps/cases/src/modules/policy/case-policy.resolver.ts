import { randomUUID } from 'node:crypto';
import { ADMIN_ROLES } from '@frontline/auth-tokens';
import {
  audit,
  conflict,
  parseInput,
  type RequestContext,
  requireCaller,
  requireRole,
} from '@frontline/subgraph-kit';
import { OptimisticLockError } from '@mikro-orm/core';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { z } from 'zod';
import { CaseKind, CasePriority } from '../case/case.entity.js';
import { effectivePolicy } from '../case/case.service.js';
import { defaultSlaMatrix, slaFor } from '../case/workflow.js';
import { CasePolicy, DissatisfiedAction } from './case-policy.entity.js';

@ObjectType({ description: 'Deadlines in working days for one kind and priority' })
export class SlaRule {
  @Field(() => CaseKind)
  kind!: CaseKind;

  @Field(() => CasePriority)
  priority!: CasePriority;

  @Field(() => Int)
  responseDays!: number;

  @Field(() => Int)
  resolutionDays!: number;

  @Field(() => Boolean, {
    description: 'Differs from the default (set by this tenant or a federation above)',
  })
  overridden!: boolean;
}

@InputType()
export class SlaRuleInput {
  @Field(() => CaseKind)
  kind!: CaseKind;

  @Field(() => CasePriority)
  priority!: CasePriority;

  @Field(() => Int)
  responseDays!: number;

  @Field(() => Int)
  resolutionDays!: number;
}

@InputType()
export class SetCasePolicyInput {
  @Field(() => Int, { nullable: true, description: 'The version read; omit when this tenant has none yet' })
  version?: number;

  @Field(() => DissatisfiedAction)
  dissatisfiedAction!: DissatisfiedAction;

  @Field(() => [SlaRuleInput], { nullable: true, description: 'Overrides of the default deadlines' })
  slaOverrides?: SlaRuleInput[];
}

const setSchema = z.object({
  version: z.number().int().min(1).nullish(),
  dissatisfiedAction: z.enum(DissatisfiedAction),
  slaOverrides: z
    .array(
      z
        .object({
          kind: z.enum(CaseKind),
          priority: z.enum(CasePriority),
          responseDays: z.number().int().min(1).max(30),
          resolutionDays: z.number().int().min(1).max(365),
        })
        .refine((r) => r.responseDays <= r.resolutionDays, {
          message: 'validation.slaOrder',
          path: ['resolutionDays'],
        }),
    )
    .max(60)
    .nullish()
    .transform((v) => v ?? []),
});

@ObjectType({ description: 'The case policy that applies to the tenant the caller acts on' })
export class EffectiveCasePolicy {
  @Field(() => ID, { nullable: true, description: 'The tenant whose policy this is (null: the defaults)' })
  ownerTenantId!: string | null;

  @Field(() => Boolean, { description: 'The policy is this tenant’s own (not inherited)' })
  own!: boolean;

  @Field(() => Int, { nullable: true })
  version!: number | null;

  @Field(() => DissatisfiedAction)
  dissatisfiedAction!: DissatisfiedAction;

  policy!: CasePolicy | null;
}

@Resolver(() => EffectiveCasePolicy)
export class CasePolicyResolver {
  @Query(() => EffectiveCasePolicy)
  async casePolicy(@Ctx() ctx: RequestContext): Promise<EffectiveCasePolicy> {
    const caller = requireCaller(ctx);
    const policy = await effectivePolicy(ctx.em, caller.scope.path);
    return {
      ownerTenantId: policy?.tenantId ?? null,
      own: policy?.tenantId === caller.scope.id,
      version: policy?.tenantId === caller.scope.id ? policy.version : null,
      dissatisfiedAction: policy?.dissatisfiedAction ?? DissatisfiedAction.REOPEN,
      policy,
    };
  }

  @FieldResolver(() => [SlaRule], { description: 'Deadlines for every kind and priority, overrides applied' })
  sla(@Root() effective: EffectiveCasePolicy): SlaRule[] {
    return defaultSlaMatrix().map((d) => {
      const applied = slaFor(d.kind, d.priority, effective.policy?.slaOverrides);
      const overridden =
        applied.responseDays !== d.responseDays || applied.resolutionDays !== d.resolutionDays;
      return { ...d, ...applied, overridden };
    });
  }

  @Mutation(() => EffectiveCasePolicy, {
    description: 'Admins: set this tenant’s policy (inherited below it)',
  })
  async setCasePolicy(
    @Arg('input', () => SetCasePolicyInput) input: SetCasePolicyInput,
    @Ctx() ctx: RequestContext,
  ) {
    const caller = requireRole(ctx, ADMIN_ROLES);
    const data = parseInput(setSchema, input, 'input');
    try {
      await ctx.em.transactional(async (tx) => {
        const own = await tx.findOne(CasePolicy, { tenantId: caller.scope.id });
        if (own && own.version !== data.version) throw conflict();
        if (!own && data.version) throw conflict();
        const before = own ? { action: own.dissatisfiedAction, sla: own.slaOverrides.length } : null;
        const row =
          own ??
          Object.assign(new CasePolicy(), {
            id: randomUUID(),
            tenantId: caller.scope.id,
            tenantPath: caller.scope.path,
            version: 1,
            updatedAt: new Date(),
          });
        row.dissatisfiedAction = data.dissatisfiedAction;
        // Keep only real differences, so later changes to the defaults still reach this tenant.
        row.slaOverrides = data.slaOverrides.filter((o) => {
          const standard = slaFor(o.kind, o.priority);
          return o.responseDays !== standard.responseDays || o.resolutionDays !== standard.resolutionDays;
        });
        row.updatedByName = caller.name;
        tx.persist(row);
        audit(tx, caller, ctx.requestId, {
          tenantId: caller.scope.id,
          tenantPath: caller.scope.path,
          action: 'casePolicy.set',
          entity: 'CasePolicy',
          entityId: row.id,
          changes: {
            dissatisfiedAction: [before?.action ?? null, data.dissatisfiedAction],
            slaOverrides: [before?.sla ?? 0, data.slaOverrides.length],
          },
        });
      });
    } catch (err) {
      if (err instanceof OptimisticLockError) throw conflict();
      throw err;
    }
    ctx.em.clear();
    return this.casePolicy(ctx);
  }
}
