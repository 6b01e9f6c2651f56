import type { WebSocket } from 'ws';
import type { EventBus } from './bus.ts';

export interface LiveConnection {
  userId: string;
  sessionId: string;
  close(code: number, reason: string): void;
  /** Cuts the socket off without waiting for the client to answer the close frame. */
  terminate(): void;
}

/** Close code sent when a session or membership is revoked; clients go back to sign-in. */
export const CLOSE_REVOKED = 4403;

/**
 * How long a closed socket has for its close frame to leave before it is cut off. A client that
 * ignores the close frame would otherwise keep the socket half-open (ws waits 30 s) and keep
 * sending on it.
 */
export const TERMINATE_AFTER_CLOSE_MS = 500;

/** Closes a WebSocket, and terminates it shortly after whatever the client does. */
export function closeThenTerminate(ws: WebSocket, code: number, reason: string): void {
  if (ws.readyState === ws.CLOSED) return;
  ws.close(code, reason);
  setTimeout(() => ws.terminate(), TERMINATE_AFTER_CLOSE_MS).unref();
}

/**
 * Every open WebSocket (graphql-ws and /collab) registers here, so that revoking a session or a
 * membership closes the person's live connections on every instance.
 */
export class ConnectionRegistry {
  private readonly open = new Set<LiveConnection>();
  private readonly unsubscribe: () => void;

  constructor(bus: EventBus) {
    this.unsubscribe = bus.subscribe('revoke', ({ userId, sessionId }) => {
      for (const connection of [...this.open]) {
        if ((userId && connection.userId === userId) || (sessionId && connection.sessionId === sessionId)) {
          this.open.delete(connection);
          connection.close(CLOSE_REVOKED, 'Session revoked');
          setTimeout(() => connection.terminate(), TERMINATE_AFTER_CLOSE_MS).unref();
        }
      }
    });
  }

  register(connection: LiveConnection): () => void {
    this.open.add(connection);
    return () => this.open.delete(connection);
  }

  get size(): number {
    return this.open.size;
  }

  closeAll(code: number, reason: string): void {
    for (const connection of this.open) connection.close(code, reason);
    this.open.clear();
    this.unsubscribe();
  }
}
