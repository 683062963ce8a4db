import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';

export const caseNameSchema = z.string().trim().min(1).max(120);

export const createCaseSchema = z.object({
  name: caseNameSchema,
});

@InputType({ description: 'New case in the tenant the caller acts on' })
export class CreateCaseInput {
  @Field(() => String)
  name!: string;
}

export const updateCaseSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  name: caseNameSchema.optional(),
});

@InputType({ description: 'Changes to one case; `version` is the one read (optimistic concurrency)' })
export class UpdateCaseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string;
}
