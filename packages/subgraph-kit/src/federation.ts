import { buildSubgraphSchema } from '@apollo/subgraph';
import { type IResolvers, printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { type BuildSchemaOptions, buildSchema, createResolversMap } from 'type-graphql';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@interfaceObject", "@inaccessible"])`;

export interface SubgraphSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  /** `{ Tenant: { __resolveReference } }` — see `referenceResolver` for batching. */
  references?: IResolvers;
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** Resolver instances with their dependencies (type-graphql's container). */
  container?: BuildSchemaOptions['container'];
}

/** Builds a Federation 2 subgraph schema from type-graphql resolvers plus entity reference resolvers. */
export async function buildSubgraph(
  options: SubgraphSchemaOptions,
): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const typeGraphQLSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    container: options.container,
    skipCheck: true,
    validate: false,
    emitSchemaFile: false,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphQLSchema)}`;
  const resolvers = createResolversMap(typeGraphQLSchema) as Record<string, Record<string, unknown>>;
  for (const [typeName, fields] of Object.entries(options.references ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...(fields as Record<string, unknown>) };
  }
  const schema = buildSubgraphSchema([{ typeDefs: gql(sdl), resolvers: resolvers as never }]);
  return { schema, sdl };
}
