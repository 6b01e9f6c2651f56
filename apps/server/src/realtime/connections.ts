import type { EventBus } from './bus.ts';

export interface LiveConnection {
  userId: string;
  sessionId: string;
  close(code: number, reason: string): void;
}

/** Close code sent when a session or membership is revoked; clients go back to sign-in. */
export const CLOSE_REVOKED = 4403;

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
