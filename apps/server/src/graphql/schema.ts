import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { typeDefs } from '@opcat/graphql';
import { resolvers } from './resolvers.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';

/**
 * graphql-tools `bind`s plain function resolvers, which drops the guarded/publicField mark. Given
 * as `{ resolve }`, the marked function itself ends up in the schema, where guard.test.ts checks it.
 */
function keepRootResolversAsWritten(map: Resolvers): Record<string, unknown> {
  const asFieldConfigs = (fields: object | undefined) =>
    Object.fromEntries(
      Object.entries(fields ?? {}).map(([name, fn]) => [name, typeof fn === 'function' ? { resolve: fn } : fn]),
    );
  return {
    ...map,
    ...(map.Query ? { Query: asFieldConfigs(map.Query) } : {}),
    ...(map.Mutation ? { Mutation: asFieldConfigs(map.Mutation) } : {}),
  };
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs, resolvers: resolvers.map(keepRootResolversAsWritten) as never });
}
