import * as decoding from 'lib0/decoding';
import type { connectedPayload, onDisconnectPayload } from '@hocuspocus/server';
import { closeThenTerminate } from '../../realtime/connections.ts';
import { CLOSE_REFUSED, CLOSE_TOO_MUCH } from '../close-codes.ts';
import type { CloseReason } from '../close-codes.ts';
import { collabContext } from '../sockets.ts';
import type { CollabSocket } from '../sockets.ts';
import { PRIORITY } from './types.ts';
import type { CollabExtension } from './types.ts';

const WINDOW_MS = 10_000;

/**
 * Per socket. Hocuspocus 3 keeps every frame for a document not (yet) authenticated on the socket
 * in memory, without limit: those are capped tightly for the socket's whole life. All frames count
 * towards a generous lifetime cap and a rate limit.
 */
export const SOCKET_LIMITS = {
  preAuthFrames: 200,
  preAuthBytes: 256 * 1024,
  lifetimeFrames: 1_000_000,
  lifetimeBytes: 512 * 1024 * 1024,
  framesPer10s: 5000,
  bytesPer10s: 32 * 1024 * 1024,
  /** Distinct document names over the socket's life. */
  documents: 20,
} as const;

/**
 * Per user, across their open sockets (so that opening more sockets buys no more). How many
 * sockets are open at once is capped for /collab and graphql-ws together (ConnectionRegistry).
 */
export const USER_LIMITS = {
  preAuthFrames: 800,
  preAuthBytes: 1024 * 1024,
  framesPer10s: 10_000,
  bytesPer10s: 64 * 1024 * 1024,
} as const;

class Counter {
  preAuthFrames = 0;
  preAuthBytes = 0;
  frames = 0;
  bytes = 0;
  private windowStart = Date.now();
  windowFrames = 0;
  windowBytes = 0;

  add(bytes: number, preAuth: boolean, now: number): void {
    if (now - this.windowStart >= WINDOW_MS) {
      this.windowStart = now;
      this.windowFrames = 0;
      this.windowBytes = 0;
    }
    this.frames += 1;
    this.bytes += bytes;
    this.windowFrames += 1;
    this.windowBytes += bytes;
    if (preAuth) {
      this.preAuthFrames += 1;
      this.preAuthBytes += bytes;
    }
  }
}

interface UserBudget {
  sockets: number;
  counter: Counter;
}

/**
 * Caps what a signed-in person may make the server hold: open sockets per user, and frames and
 * bytes per socket and per user. Frames are counted as they arrive, before Hocuspocus sees them
 * (its listener comes after this one), by the document they name: the same limits hold whatever
 * the order of frames. Excess closes the socket, stops reading it, and terminates it.
 */
export class SocketLimits implements CollabExtension {
  readonly extensionName = 'opcat-socket-limits';
  readonly priority = PRIORITY.socketLimits;
  private readonly users = new Map<string, UserBudget>();
  /** Hocuspocus re-emits the frames it queued once their document is authenticated: count each once. */
  private readonly counted = new WeakSet<object>();

  /** Starts counting a new socket's frames (the number of open sockets is capped before, in app.ts). */
  admit(socket: CollabSocket): boolean {
    const user = this.users.get(socket.userId) ?? { sockets: 0, counter: new Counter() };
    user.sockets += 1;
    this.users.set(socket.userId, user);
    const own = new Counter();
    const documents = new Set<string>();
    let refused = false;
    const onMessage = (data: Buffer) => {
      if (refused || this.counted.has(data)) return;
      this.counted.add(data);
      let name: string;
      try {
        name = decoding.readVarString(
          decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.length)),
        );
      } catch {
        refused = true;
        return this.refuse(socket, CLOSE_REFUSED);
      }
      if (!documents.has(name) && documents.size >= SOCKET_LIMITS.documents) {
        refused = true;
        return this.refuse(socket, CLOSE_TOO_MUCH);
      }
      documents.add(name);
      const preAuth = !socket.authenticated.has(name);
      const now = Date.now();
      own.add(data.length, preAuth, now);
      user.counter.add(data.length, preAuth, now);
      if (exceeds(own, SOCKET_LIMITS) || exceeds(user.counter, USER_LIMITS)) {
        refused = true;
        this.refuse(socket, CLOSE_TOO_MUCH);
      }
    };
    socket.ws.on('message', onMessage);
    socket.ws.once('close', () => {
      socket.ws.off('message', onMessage);
      // What this socket made the server queue is gone with it; its rate is not forgotten.
      user.counter.preAuthFrames -= own.preAuthFrames;
      user.counter.preAuthBytes -= own.preAuthBytes;
      user.sockets -= 1;
      if (user.sockets === 0) this.users.delete(socket.userId);
    });
    return true;
  }

  async connected({ context, documentName }: connectedPayload): Promise<void> {
    collabContext(context).socket.authenticated.add(documentName);
  }

  async onDisconnect({ context, documentName }: onDisconnectPayload): Promise<void> {
    // Hocuspocus queues the socket's frames for this name again until it is authenticated anew.
    collabContext(context).socket?.authenticated.delete(documentName);
  }

  /** Open sockets of a user on this instance. */
  socketsOf(userId: string): number {
    return this.users.get(userId)?.sockets ?? 0;
  }

  private refuse(socket: CollabSocket, reason: CloseReason): void {
    socket.revoked ??= reason;
    // Reading stops at once (what ws already buffered still arrives); the close frame still leaves.
    socket.ws.pause();
    closeThenTerminate(socket.ws, reason.code, reason.reason);
  }
}

function exceeds(counter: Counter, limits: typeof SOCKET_LIMITS | typeof USER_LIMITS): boolean {
  return (
    counter.preAuthFrames > limits.preAuthFrames ||
    counter.preAuthBytes > limits.preAuthBytes ||
    counter.windowFrames > limits.framesPer10s ||
    counter.windowBytes > limits.bytesPer10s ||
    ('lifetimeFrames' in limits && (counter.frames > limits.lifetimeFrames || counter.bytes > limits.lifetimeBytes))
  );
}
