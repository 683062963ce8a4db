import type { RequestContext } from '@frontline/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type AuthDeps, login, switchTenant, viewer } from './auth.service.js';
import { AuthPayload, Viewer } from './auth.types.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly deps: AuthDeps) {}

  @Mutation(() => AuthPayload, { description: 'Sign in with email and password; rate-limited' })
  login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: RequestContext,
  ) {
    return login(ctx, this.deps, email, password);
  }

  @Mutation(() => AuthPayload, {
    description: 'Narrow the scope to a tenant in your subtree; null returns home',
  })
  switchTenant(
    @Arg('tenantId', () => ID, { nullable: true }) tenantId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return switchTenant(ctx, this.deps, tenantId ?? null);
  }

  @Query(() => Viewer, { description: 'The signed-in officer' })
  me(@Ctx() ctx: RequestContext) {
    return viewer(ctx);
  }
}
