import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Api } from './apollo.ts';
import type { ConnectionStatus } from './realtime.ts';

export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiContext.Provider>');
  return api;
}

export function useConnectionStatus(): ConnectionStatus {
  const { realtime } = useApi();
  return useSyncExternalStore(realtime.subscribe, realtime.getStatus);
}
