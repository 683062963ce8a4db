import type { EntityName } from '@mikro-orm/core';
import type { RequestContext } from './context.js';
import { byKeys } from './loaders.js';

/**
 * A federation `__resolveReference` that batches all references of one request into a single
 * query through the caller's scoped EntityManager: out-of-scope ids resolve to null.
 */
export function referenceResolver<T extends { id: string }>(entity: EntityName<T>, loaderKey: string) {
  return {
    __resolveReference: (ref: { id: string }, ctx: RequestContext) =>
      ctx.loaders
        .get<string, T>(loaderKey, async (ids) => {
          const rows = (await ctx.em.find(entity, { id: { $in: [...ids] } } as never)) as T[];
          return byKeys(ids, rows, (r) => r.id);
        })
        .load(ref.id),
  };
}
