import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';

export const __entity__NameSchema = z.string().trim().min(1).max(120);

export const create__Entity__Schema = z.object({
  name: __entity__NameSchema,
});

@InputType({ description: 'New __label__ in the tenant the caller acts on' })
export class Create__Entity__Input {
  @Field(() => String)
  name!: string;
}

export const update__Entity__Schema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  name: __entity__NameSchema.optional(),
});

@InputType({ description: 'Changes to one __label__; `version` is the one read (optimistic concurrency)' })
export class Update__Entity__Input {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string;
}
