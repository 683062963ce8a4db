import { TENANT_KINDS } from '@frontline/auth-tokens';
import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { displayNameSchema, emailSchema, passwordSchema } from '../officer/officer.inputs.js';
import { TenantKindEnum } from './tenant.entity.js';

export const createTenantSchema = z.object({
  parentId: z.uuid(),
  name: z.string().trim().min(2).max(80),
  kind: z.enum(TENANT_KINDS),
  firstAdmin: z.object({ email: emailSchema, displayName: displayNameSchema, password: passwordSchema }),
});

@InputType()
export class FirstAdminInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  password!: string;
}

@InputType({ description: 'A child federation or enterprise union, with its first administrator' })
export class CreateTenantInput {
  @Field(() => ID)
  parentId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => TenantKindEnum)
  kind!: TenantKindEnum;

  @Field(() => FirstAdminInput)
  firstAdmin!: FirstAdminInput;
}
