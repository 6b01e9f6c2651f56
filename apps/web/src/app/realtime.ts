import { createClient, type Client } from 'graphql-ws';

/** State of the WebSocket used for live updates, shown in the header. */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting';

/** `ws://host/graphql` or `wss://host/graphql` for the page's own origin (the cookie goes with it). */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/graphql`;
}

/** Exponential back-off capped at 30 s, with jitter so clients do not reconnect in lockstep after a restart. */
export function retryDelayMs(retries: number, random: number = Math.random()): number {
  const base = Math.min(30_000, 500 * 2 ** retries);
  return Math.round(base * (0.75 + random * 0.5));
}

const NORMAL_CLOSURE = 1000;

/** After a close: a normal closure means no subscription needs the socket; anything else will be retried. */
export function statusAfterClose(event: unknown): ConnectionStatus {
  const code =
    typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number'
      ? event.code
      : undefined;
  return code === NORMAL_CLOSURE ? 'idle' : 'reconnecting';
}

type Listener = () => void;

/** Close code the graphql-ws docs suggest for a client-initiated restart; the client reconnects and resubscribes. */
const CLIENT_RESTART = 4205;

/** The server closes a socket with 4403 when its session is revoked (e.g. the member was removed). */
export function isRevokedClose(event: unknown): boolean {
  return typeof event === 'object' && event !== null && 'code' in event && event.code === 4403;
}

export interface Realtime {
  readonly client: Client;
  /** Reconnects with the current cookie; active subscriptions resume on the new connection. */
  restart(): void;
  getStatus(): ConnectionStatus;
  subscribe(listener: Listener): () => void;
}

export function createRealtime(url: string, onRevoked: () => void): Realtime {
  let status: ConnectionStatus = 'idle';
  const listeners = new Set<Listener>();
  let socket: WebSocket | undefined;
  let restartRequested = false;

  const setStatus = (next: ConnectionStatus) => {
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener();
  };

  const restartSocket = (open: WebSocket) => {
    if (open.readyState === WebSocket.OPEN) open.close(CLIENT_RESTART, 'Client Restart');
    else restartRequested = true;
  };

  const client = createClient({
    url,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelayMs(retries))),
    on: {
      connecting: (isRetry) => setStatus(isRetry ? 'reconnecting' : 'connecting'),
      opened: (opened) => {
        socket = opened as WebSocket;
        // A restart asked for while this socket was still connecting may have used the old cookie.
        if (restartRequested) {
          restartRequested = false;
          restartSocket(socket);
        }
      },
      connected: () => setStatus('connected'),
      closed: (event) => {
        socket = undefined;
        setStatus(statusAfterClose(event));
        if (isRevokedClose(event)) onRevoked();
      },
    },
  });

  return {
    client,
    restart() {
      if (socket) restartSocket(socket);
      else if (status === 'connecting' || status === 'reconnecting') restartRequested = true;
    },
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
