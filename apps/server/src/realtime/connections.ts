import type { WebSocket } from 'ws';
import type { EventBus } from './bus.ts';
import type { SharedReservation, SharedSocketCounts } from './shared-socket-caps.ts';

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
 * Close code (and reason, starting with the AppError code RATE_LIMITED) for a socket over the
 * session's or the user's cap of open sockets; the client may retry once it closed another.
 */
export const CLOSE_TOO_MANY_SOCKETS = 4429;

export interface SocketCaps {
  perSession: number;
  perUser: number;
}

export const DEFAULT_SOCKET_CAPS: SocketCaps = { perSession: 20, perUser: 50 };

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
  private readonly perSession = new Map<string, number>();
  private readonly perUser = new Map<string, number>();
  private readonly unsubscribe: () => void;

  constructor(
    bus: EventBus,
    readonly caps: SocketCaps = DEFAULT_SOCKET_CAPS,
    /** With Redis: the same caps counted across every instance (decision 0036). */
    readonly shared: SharedSocketCounts | null = null,
  ) {
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

  /**
   * Why a new socket of this session would be refused (RATE_LIMITED reason), or null when it is
   * within the caps. Counts every transport of this instance; check and register without awaiting
   * in between.
   */
  refusal(who: { userId: string; sessionId: string }): string | null {
    if ((this.perSession.get(who.sessionId) ?? 0) >= this.caps.perSession)
      return `RATE_LIMITED: at most ${this.caps.perSession} open sockets per session`;
    if ((this.perUser.get(who.userId) ?? 0) >= this.caps.perUser)
      return `RATE_LIMITED: at most ${this.caps.perUser} open sockets per user`;
    return null;
  }

  /**
   * Counts the socket across instances when Redis is configured (a refusal when the session or the
   * user is at a cap there); without Redis, nothing to reserve and the instance's own count decides.
   */
  reserveShared(who: { userId: string; sessionId: string }): Promise<SharedReservation> {
    return this.shared?.reserve(who) ?? Promise.resolve({ refusal: null, release() {} });
  }

  /** Counts an open socket until the returned function is called (once its socket closed). */
  register(connection: LiveConnection): () => void {
    this.open.add(connection);
    bump(this.perSession, connection.sessionId, 1);
    bump(this.perUser, connection.userId, 1);
    let counted = true;
    return () => {
      this.open.delete(connection);
      if (!counted) return;
      counted = false;
      bump(this.perSession, connection.sessionId, -1);
      bump(this.perUser, connection.userId, -1);
    };
  }

  /** Open sockets of a session on this instance. */
  socketsOfSession(sessionId: string): number {
    return this.perSession.get(sessionId) ?? 0;
  }

  get size(): number {
    return this.open.size;
  }

  closeAll(code: number, reason: string): void {
    for (const connection of this.open) connection.close(code, reason);
    this.open.clear();
    this.unsubscribe();
    void this.shared?.close();
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}
