import type { EntityName, FilterQuery, OrderDefinition } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ArgsType, type ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

// Every subgraph that paginates defines PageInfo; the copies are identical, so they are shareable.
@Directive('@shareable')
@ObjectType({ description: 'Relay page information' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `1..${MAX_PAGE_SIZE}` })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type (`<Name>Connection` with `<Name>Edge`) for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

export function pageSize(first: number | undefined | null, max = MAX_PAGE_SIZE): number {
  const n = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw badInput([{ field: 'first', key: 'error.pageSize', params: { max } }], 'error.pageSize');
  }
  return n;
}

/**
 * Keyset pagination with a total count. The order must end in a unique column (`id`) so cursors
 * are stable; the tenant filter applies as with any other query.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: { first?: number | null; after?: string | null },
  orderBy: OrderDefinition<T>,
  maxPageSize = MAX_PAGE_SIZE,
): Promise<Connection<T>> {
  const first = pageSize(args.first, maxPageSize);
  let cursor: Awaited<ReturnType<EntityManager['findByCursor']>>;
  try {
    cursor = await em.findByCursor(entity, {
      where,
      first,
      after: args.after ?? undefined,
      orderBy,
      includeCount: true,
    } as never);
  } catch (err) {
    if (args.after && /cursor/i.test(String((err as Error).message))) {
      throw badInput([{ field: 'after', key: 'error.cursor' }], 'error.cursor');
    }
    throw err;
  }
  const items = cursor.items as T[];
  return {
    edges: items.map((node) => ({ node, cursor: cursor.from(node as never) })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount: cursor.totalCount as number,
  };
}
