import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Officer, RoleEnum } from '../officer/officer.entity.js';
import { Tenant } from '../tenant/tenant.entity.js';

@ObjectType({ description: 'A signed access token and who it is for' })
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`' })
  token!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => Officer)
  officer!: Officer;

  @Field(() => Tenant, { description: 'The tenant the token acts on' })
  scopeTenant!: Tenant;
}

@ObjectType({ description: 'The signed-in officer and the tenants they act on' })
export class Viewer {
  @Field(() => Officer)
  officer!: Officer;

  @Field(() => Tenant)
  homeTenant!: Tenant;

  @Field(() => Tenant, { description: 'Home tenant, or the descendant the officer switched to' })
  scopeTenant!: Tenant;

  @Field(() => [RoleEnum])
  roles!: RoleEnum[];

  @Field(() => Boolean, { description: 'Federation roles may narrow their scope to a child tenant' })
  canSwitchTenant!: boolean;
}
