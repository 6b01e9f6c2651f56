import { useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql.ts';

const MembershipLiveUpdates_MembershipChanged = graphql(`
  subscription MembershipLiveUpdates_MembershipChanged($organisationId: ID!) {
    membershipChanged(organisationId: $organisationId) {
      kind
      membershipId
      organisationId
    }
  }
`);

/**
 * Keeps member lists, roles and abilities fresh when an admin elsewhere changes the organisation.
 * Events only carry ids, so whatever is on screen is refetched.
 */
export function MembershipLiveUpdates({ organisationId }: { organisationId: string }) {
  const client = useApolloClient();
  // A failed refetch shows up in the query that made it.
  const refresh = () => void client.refetchQueries({ include: 'active' }).catch(() => undefined);
  useSubscription(MembershipLiveUpdates_MembershipChanged, {
    variables: { organisationId },
    onData: refresh,
    // Refused: the session ended or the membership is gone; refetching shows which.
    onError: refresh,
  });
  return null;
}
