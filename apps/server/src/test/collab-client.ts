import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A `ws` WebSocket that sends the session cookie in the handshake, as a browser would. */
function cookieWebSocket(cookie: string | undefined) {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, cookie ? { headers: { cookie } } : {});
    }
  };
}

export interface CollabClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  socket: HocuspocusProviderWebsocket;
  /** Resolves when the server authenticated the connection (rejects on denial). */
  authenticated: Promise<{ readOnly: boolean }>;
  /** Resolves when the first sync is complete. */
  synced: Promise<void>;
  /** Resolves once every local change so far has been acknowledged by the server. */
  acknowledged(): Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  destroy(): void;
}

/** A HocuspocusProvider connected to the test server's /collab with a session cookie. */
export function collabClient(baseUrl: string, cookie: string | undefined, documentName: string): CollabClient {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: baseUrl.replace(/^http/, 'ws') + '/collab',
    WebSocketPolyfill: cookieWebSocket(cookie) as never,
    maxAttempts: 1,
    // No reconnecting: a test sees a close as a close. (The provider would retry after any close, and a
    // retry failing once the test's server is gone ends in a rejection nobody can catch.) This handler
    // runs before the provider's own, which checks `shouldConnect`.
    onClose: () => socket.disconnect(),
  });
  let resolveAuth!: (v: { readOnly: boolean }) => void;
  let rejectAuth!: (e: Error) => void;
  const authenticated = new Promise<{ readOnly: boolean }>((resolve, reject) => {
    resolveAuth = resolve;
    rejectAuth = reject;
  });
  let resolveClosed!: (v: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
  authenticated.catch(() => undefined);
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token: 'session-cookie',
    onAuthenticated: ({ scope }) => resolveAuth({ readOnly: scope === 'readonly' }),
    onAuthenticationFailed: ({ reason }) => rejectAuth(new Error(reason)),
    // A server closing one document sends a CLOSE message (code 1000 + reason); the socket may stay open.
    onClose: ({ event }) => resolveClosed({ code: event.code, reason: String(event.reason) }),
  });
  socket.on('close', ({ event }: { event: { code: number; reason: unknown } }) =>
    resolveClosed({ code: event.code, reason: String(event.reason) }),
  );
  provider.attach();
  const synced = new Promise<void>((resolve) => {
    if (provider.isSynced) resolve();
    provider.on('synced', () => resolve());
  });
  return {
    provider,
    doc,
    socket,
    authenticated,
    synced,
    acknowledged: () =>
      new Promise<void>((resolve) => {
        if (provider.unsyncedChanges === 0) return resolve();
        const check = () => {
          if (provider.unsyncedChanges === 0) {
            provider.off('unsyncedChanges', check);
            resolve();
          }
        };
        provider.on('unsyncedChanges', check);
      }),
    closed,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
