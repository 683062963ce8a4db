import { ROLES, type Role } from '@frontline/auth-tokens';
import { defineTenantOwnedEntity } from '@frontline/subgraph-kit';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum RoleEnum {
  FEDERATION_ADMIN = 'FEDERATION_ADMIN',
  FEDERATION_OFFICER = 'FEDERATION_OFFICER',
  UNION_ADMIN = 'UNION_ADMIN',
  UNION_OFFICER = 'UNION_OFFICER',
}
registerEnumType(RoleEnum, { name: 'Role' });

/** Session setting read by the login policy: the one email a login may look up before it has a scope. */
export const LOGIN_EMAIL_SETTING = 'app.login_email';

/** A union officer's account. Email is unique across the installation. */
@ObjectType({ description: 'An officer account of a federation or enterprise union' })
export class Officer {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  tenantPath!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  passwordHash!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

export const OfficerSchema = defineTenantOwnedEntity<Officer>({
  class: Officer,
  tableName: 'officer',
  properties: {
    id: { type: 'uuid', primary: true },
    email: { type: 'text' },
    displayName: { type: 'text' },
    passwordHash: { type: 'text', lazy: true },
    role: { type: 'text', enum: true, items: [...ROLES] },
    active: { type: 'boolean', default: true },
    lastLoginAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  uniques: [{ name: 'officer_email_unique', properties: ['email'] as never }],
  tenantIndexes: [{ properties: ['displayName'] }],
  policies: [
    {
      // Login knows only an email: it may read exactly that account, nothing else.
      name: 'officer_login_lookup',
      command: 'select',
      using: `email = nullif(current_setting('${LOGIN_EMAIL_SETTING}', true), '')`,
    },
  ],
});
