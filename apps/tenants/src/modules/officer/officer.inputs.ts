import { ROLES } from '@frontline/auth-tokens';
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { RoleEnum } from './officer.entity.js';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(254)
  .pipe(z.email({ message: 'validation.email' }));
export const passwordSchema = z
  .string()
  .min(8, 'validation.password')
  .max(128)
  .regex(/[A-Za-z]/, 'validation.password')
  .regex(/\d/, 'validation.password');
export const displayNameSchema = z.string().trim().min(1).max(60);

export const createOfficerSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  role: z.enum(ROLES),
});

@InputType()
export class CreateOfficerInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  password!: string;

  @Field(() => RoleEnum)
  role!: RoleEnum;
}

export const updateOfficerSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  displayName: displayNameSchema.optional(),
  role: z.enum(ROLES).optional(),
  active: z.boolean().optional(),
  password: passwordSchema.optional(),
});

@InputType({ description: 'Changes to an officer; `version` is the one read (optimistic concurrency)' })
export class UpdateOfficerInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  displayName?: string;

  @Field(() => RoleEnum, { nullable: true })
  role?: RoleEnum;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'A new password, if it is to be reset' })
  password?: string;
}
