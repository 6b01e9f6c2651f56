import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { POSSIBLE_TYPES } from '../lib/possible-types.ts';
import { createRealtime, graphqlWsUrl, type Realtime } from './realtime.ts';

export interface Api {
  readonly client: ApolloClient;
  readonly realtime: Realtime;
  /**
   * Call after sign-in and sign-out: the cookie now names another session, so cached data and
   * the WebSocket (authenticated when it opened) both belong to the previous one.
   */
  resetSession(): Promise<void>;
}

export function createApi(): Api {
  const realtime = createRealtime(graphqlWsUrl(window.location), () => {
    // Refetching shows the signed-out state (me: null), which sends the person to the sign-in page.
    // Only called once a socket existed, i.e. after `client` below was created.
    client.refetchQueries({ include: 'active' }).catch(() => undefined);
  });
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const ws = new GraphQLWsLink(realtime.client);

  const client = new ApolloClient({
    link: ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, ws, http),
    cache: new InMemoryCache({
      // Fragments on interfaces (ShareableRecord) match only when the cache knows the implementations.
      possibleTypes: POSSIBLE_TYPES,
      typePolicies: {
        // Objects without an id that are safe to merge field by field across queries.
        Me: { merge: true },
        OrganisationAbilities: { merge: true },
        RecordAbilities: { merge: true },
      },
    }),
  });

  return {
    client,
    realtime,
    async resetSession() {
      realtime.restart();
      // Refetch failures (e.g. UNAUTHENTICATED after sign-out) surface in the queries that made them.
      await client.resetStore().catch(() => undefined);
    },
  };
}
