import { ApolloProvider } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { ApiContext } from './ApiContext.tsx';
import { sharedApi } from './shared-api.ts';

/** Apollo and the realtime connection, for the signed-in part of the app only (loaded with its first page). */
export function SignedInProviders({ children }: { children: ReactNode }) {
  const api = sharedApi();
  return (
    <ApiContext.Provider value={api}>
      <ApolloProvider client={api.client}>{children}</ApolloProvider>
    </ApiContext.Provider>
  );
}
