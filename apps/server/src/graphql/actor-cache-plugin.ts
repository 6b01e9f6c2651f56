import type { ApolloServerPlugin } from '@apollo/server';
import type { ActorCache } from '../auth/actor-cache.ts';
import type { GraphQLContext } from './context.ts';

/**
 * A mutation's answer leaves only once this instance's actor cache has heard every change committed
 * before it (decision 0038): a sign-out, a role change, a removal, a new acting organisation hold for
 * the caller's very next operation here. Other instances hear the same change within the cache's lease.
 */
export function actorCachePlugin(actors: ActorCache): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') await actors.barrier();
        },
      };
    },
  };
}
