import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';

export const activityNameSchema = z.string().trim().min(1).max(120);

export const createActivitySchema = z.object({
  name: activityNameSchema,
});

@InputType({ description: 'New activity in the tenant the caller acts on' })
export class CreateActivityInput {
  @Field(() => String)
  name!: string;
}

export const updateActivitySchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  name: activityNameSchema.optional(),
});

@InputType({ description: 'Changes to one activity; `version` is the one read (optimistic concurrency)' })
export class UpdateActivityInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string;
}
