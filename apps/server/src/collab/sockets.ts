import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { closeThenTerminate } from '../realtime/connections.ts';
import { logger } from '../logger.ts';
import type { CollabIdentity } from './awareness-guard.ts';
import { CLOSE_ACCESS_REVOKED } from './close-codes.ts';
import type { CloseReason } from './close-codes.ts';

/** Timers cannot wait longer than this (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One /collab WebSocket as the extensions share it: whose it is, which documents it has
 * authenticated, and whether anything it sends may still be applied.
 */
export class CollabSocket {
  /** Why nothing this socket sends may be applied any more; null while its access holds. */
  revoked: CloseReason | null = null;
  /** Documents with an established connection on this socket (frames for others are queued by Hocuspocus). */
  readonly authenticated = new Set<string>();
  /** When the session behind this socket ends unless it is used meanwhile (ms since the epoch). */
  sessionExpiresAt = Infinity;
  private pending: Promise<void> | null = null;
  private expiryTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly ws: WebSocket,
    readonly request: IncomingMessage,
    readonly userId: string,
    readonly sessionId: string,
    /** The session cookie's token, from the handshake. */
    readonly sessionToken: string | null,
  ) {
    ws.once('close', () => clearTimeout(this.expiryTimer));
  }

  /** From now on every message is refused; the socket is closed, then terminated. */
  revoke(reason: CloseReason): void {
    this.revoked ??= reason;
    closeThenTerminate(this.ws, reason.code, reason.reason);
  }

  /**
   * Re-checks the socket's access after any check already running. Messages that arrive meanwhile
   * wait for the verdict, in the order they came (see `gate`); a lost access revokes the socket
   * before any of them goes on. A check that fails counts as lost access.
   */
  recheck(check: () => Promise<CloseReason | null>): void {
    const run = (this.pending ?? Promise.resolve())
      .then(check)
      .catch((error: unknown) => {
        logger.error({ err: error }, 'collab access re-check failed');
        return CLOSE_ACCESS_REVOKED;
      })
      .then((lost) => {
        if (lost) this.revoke(lost);
      });
    this.pending = run;
    // Registered before any message's continuation, so it runs first: later messages pass freely.
    void run.then(() => {
      if (this.pending === run) this.pending = null;
    });
  }

  /**
   * For a message hook: throws when the socket is revoked, returns undefined when the message may
   * go on at once, or a promise that settles once the access check in progress has decided.
   */
  gate(): undefined | Promise<void> {
    if (this.revoked) throw this.revoked;
    if (!this.pending) return undefined;
    return this.pending.then(() => {
      if (this.revoked) throw this.revoked;
    });
  }

  /** Calls `onExpiry` when the session's known expiry passes (a socket left idle is re-checked too). */
  watchSessionExpiry(expiresAt: number, onExpiry: () => void): void {
    this.sessionExpiresAt = expiresAt;
    clearTimeout(this.expiryTimer);
    if (!Number.isFinite(expiresAt)) return;
    this.expiryTimer = setTimeout(onExpiry, Math.min(Math.max(expiresAt - Date.now(), 0), MAX_TIMER_MS));
    this.expiryTimer.unref();
  }
}

/** What every /collab hook finds in its connection's context (set by the authenticate extension). */
export interface CollabConnectionContext {
  socket: CollabSocket;
  sessionToken: string | null;
  identity: CollabIdentity;
}

export function collabContext(context: unknown): CollabConnectionContext {
  return context as CollabConnectionContext;
}

/** The sockets admitted to /collab, found by the HTTP request Hocuspocus hands to its hooks. */
export class CollabSockets {
  private readonly byRequest = new WeakMap<IncomingMessage, CollabSocket>();

  add(socket: CollabSocket): void {
    this.byRequest.set(socket.request, socket);
  }

  of(request: IncomingMessage): CollabSocket | undefined {
    return this.byRequest.get(request);
  }
}
