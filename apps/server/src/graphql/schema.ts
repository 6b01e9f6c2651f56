import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { typeDefs } from '@opcat/graphql';
import { resolvers } from './resolvers.ts';

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs, resolvers: resolvers as never });
}
