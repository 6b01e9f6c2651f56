import { useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql.ts';

const WorkplanLiveUpdates_Changed = graphql(`
  subscription WorkplanLiveUpdates_Changed($workplanId: ID!) {
    workplanChanged(workplanId: $workplanId) {
      workplanId
      kind
      subjectId
    }
  }
`);

/** Events carry ids only: refetch what is on screen through the authorized queries. */
export function WorkplanLiveUpdates({ workplanId }: { workplanId: string }) {
  const client = useApolloClient();
  const refresh = () => void client.refetchQueries({ include: 'active' }).catch(() => undefined);
  useSubscription(WorkplanLiveUpdates_Changed, { variables: { workplanId }, onData: refresh, onError: refresh });
  return null;
}
