import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { afterLoadDocumentPayload, beforeHandleMessagePayload, Connection } from '@hocuspocus/server';
import { CLOSE_NOT_STORED, CLOSE_REFUSED } from '../close-codes.ts';
import type { DurableStore } from '../durable-store.ts';
import { MESSAGE, namePrefixLength, SYNC } from '../protocol.ts';
import { parsedMessage } from './message-guard.ts';
import { PRIORITY } from './types.ts';
import type { CollabExtension } from './types.ts';

/** One append to the durable log (appends commit in the order they were made). */
interface Append {
  settled: boolean;
  failed: boolean;
}

/** What a writable connection has sent and what of it is stored. */
interface Tracked {
  /** Updates received, oldest first, until Hocuspocus acknowledges them. */
  received: Uint8Array[];
  /** Whether the update being applied changed the document. */
  integrated: boolean;
  /** The append of the last update it brought into the document. */
  lastAppend?: Append;
  /** Acknowledgements waiting for their append, oldest first. */
  held: { message: Uint8Array; append: Append }[];
  /** Sends the held acknowledgements whose appends have committed, in order. */
  release(): void;
}

function decodes(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

/** A Yjs update with no structs and no deletions (what a client with nothing new sends on sync). */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

/**
 * Whether a relayed message is the update its receiver is sending right now, byte for byte: the
 * editor has it already. An update that brought more than the sender sent (e.g. another editor's
 * structs that were waiting for it) encodes differently and is relayed as usual.
 */
function isEcho(message: Uint8Array, typeAt: number, sending: Uint8Array | undefined): boolean {
  if (!sending || message[typeAt + 1] !== SYNC.Update) return false;
  const decoder = decoding.createDecoder(message);
  decoder.pos = typeAt + 2;
  const length = decoding.readVarUint(decoder);
  if (length !== sending.byteLength || decoder.pos + length !== message.byteLength) return false;
  return Buffer.compare(message.subarray(decoder.pos), sending) === 0;
}

/**
 * An acknowledged edit is always stored. Hocuspocus applies an update, relays it and acknowledges
 * it (SyncStatus) in one go, and stores documents only every few seconds. What Yjs integrated (the
 * document's `update` event with the connection as origin: never undecodable, nothing for a
 * duplicate) is appended to the durable log, and the connection's acknowledgement is held until
 * that append has committed, in order. Relaying first loses nothing (until it is acknowledged the
 * sender keeps the update and sends it again after any failure), whereas committing before
 * relaying put a database round trip into every editor's latency. A failed append acknowledges
 * nothing more and closes the connection (CLOSE_NOT_STORED).
 */
export class AcknowledgeAfterStore implements CollabExtension {
  readonly extensionName = 'opcat-acknowledge-after-store';
  readonly priority = PRIORITY.acknowledgeAfterStore;
  private readonly tracked = new WeakMap<Connection, Tracked>();

  constructor(private readonly store: DurableStore) {}

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    document.on('update', (update: Uint8Array, origin: unknown) => {
      // Only editors' updates: those from another instance (Redis) are stored there, and the
      // server's own changes (a restored version) by the code that makes them.
      const state = this.tracked.get(origin as Connection);
      if (!state) return;
      state.integrated = true;
      const append: Append = { settled: false, failed: false };
      state.lastAppend = append;
      this.store.enqueue(documentName, update, (error) => {
        append.settled = true;
        append.failed = error !== undefined;
        state.release();
      });
    });
  }

  beforeHandleMessage({ connection, update }: beforeHandleMessagePayload): undefined {
    const message = parsedMessage(update);
    // Read-only connections' updates are dropped (and not acknowledged) by Hocuspocus itself.
    if (message.kind === 'update' && !connection.readOnly) this.track(connection).received.push(message.update);
    return undefined;
  }

  private track(connection: Connection): Tracked {
    const existing = this.tracked.get(connection);
    if (existing) return existing;
    const send = connection.send.bind(connection);
    let failed = false;
    const state: Tracked = {
      received: [],
      integrated: false,
      held: [],
      release() {
        while (!failed && state.held[0]?.append.settled) {
          const { message, append } = state.held.shift()!;
          if (append.failed) {
            // No later acknowledgement leaves either: the client sends everything again on reconnect.
            failed = true;
            state.held.length = 0;
            connection.close(CLOSE_NOT_STORED);
          } else send(message);
        }
      },
    };
    this.tracked.set(connection, state);
    // Every relayed update passes here too: find the type byte after the (known) document name
    // without decoding the name each time.
    const typeAt = namePrefixLength(connection.document.name);
    connection.send = (message: Uint8Array) => {
      if (message[typeAt] === MESSAGE.Sync && isEcho(message, typeAt, state.received[0])) return;
      if (message[typeAt] !== MESSAGE.SyncStatus) return send(message);
      const update = state.received.shift();
      const integrated = state.integrated;
      state.integrated = false;
      // Hocuspocus logs and swallows an update Yjs cannot decode, and acknowledges it. An update
      // that changed nothing is checked (rare: a duplicate after a reconnection) and refused if
      // it is not a Yjs update at all.
      if (!integrated && update && !isEmptyUpdate(update) && !decodes(update)) {
        connection.close(CLOSE_REFUSED);
        return;
      }
      // An acknowledgement waits for the last append this connection made (a duplicate's too, so
      // that acknowledgements stay in order).
      const append = state.lastAppend;
      if (!append) return send(message);
      state.held.push({ message, append });
      state.release();
    };
    return state;
  }
}
