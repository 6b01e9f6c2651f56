import type { IncomingMessage } from 'node:http';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { WebSocket } from 'ws';
import { Hocuspocus } from '@hocuspocus/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Connection, Extension } from '@hocuspocus/server';
import { tokenFromCookieHeader } from '../auth/session.ts';
import { Organisation, User } from '../db/entities/identity.ts';
import type { Services } from '../services.ts';
import { buildOperationContext } from '../operation/build.ts';
import type { CoEditingPort } from '../modules/co-editing/port.ts';
import { logger } from '../logger.ts';
import { refuseAwareness } from './awareness-guard.ts';
import { RedisWithPresence } from './redis-presence.ts';
import type { CollabIdentity } from './awareness-guard.ts';
import { DurableStore } from './durable-store.ts';
import { parseDocumentName, resolveCollabDocument } from '../modules/co-editing/documents.ts';
import { MESSAGE, namePrefixLength, parseMessage, SYNC } from './protocol.ts';

/** Largest Yjs update accepted (a socket's frames are capped a little above it, see app.ts). */
export const MAX_UPDATE_BYTES = 2 * 1024 * 1024;
/** Same answer for unknown and forbidden documents, so document names cannot be probed. */
export const COLLAB_DENIED = 'Forbidden';
/** Close codes: malformed or refused message, and revoked access. */
export const CLOSE_REFUSED = { code: 4400, reason: 'Message refused' };
export const CLOSE_ACCESS_REVOKED = { code: 4403, reason: 'Access revoked' };
/** An update could not be stored: the client keeps it unacknowledged and sends it again on reconnect. */
export const CLOSE_NOT_STORED = { code: 4503, reason: 'Update not stored' };

const socketsByRequest = new WeakMap<IncomingMessage, WebSocket>();

/** Per socket: at most this many messages and bytes in any 10 seconds, and this many documents. */
export const SOCKET_LIMITS = { messagesPer10s: 5000, bytesPer10s: 32 * 1024 * 1024, documents: 20 } as const;

/**
 * Caps what one socket may send (Hocuspocus 3 queues frames for documents it has not authorized
 * without bound) and remembers the socket so that a denied document closes it.
 */
export function limitSocket(ws: WebSocket, request: IncomingMessage): void {
  socketsByRequest.set(request, ws);
  let windowStart = Date.now();
  let messages = 0;
  let bytes = 0;
  const documents = new Set<string>();
  ws.on('message', (data: Buffer) => {
    const now = Date.now();
    if (now - windowStart > 10_000) {
      windowStart = now;
      messages = 0;
      bytes = 0;
    }
    messages += 1;
    bytes += data.length;
    if (documents.size <= SOCKET_LIMITS.documents) {
      try {
        documents.add(decoding.readVarString(decoding.createDecoder(new Uint8Array(data))));
      } catch {
        ws.close(CLOSE_REFUSED.code, CLOSE_REFUSED.reason);
        return;
      }
    }
    if (
      messages > SOCKET_LIMITS.messagesPer10s ||
      bytes > SOCKET_LIMITS.bytesPer10s ||
      documents.size > SOCKET_LIMITS.documents
    ) {
      ws.close(1008, 'Too much traffic');
    }
  });
}

/** After a denial the socket is closed (once the denial message is out), so nothing more queues on it. */
function closeSoon(request: IncomingMessage): void {
  const ws = socketsByRequest.get(request);
  if (ws) setTimeout(() => ws.close(CLOSE_ACCESS_REVOKED.code, COLLAB_DENIED), 50);
}

function decodes(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a relayed message is the update its receiver is sending right now, byte for byte: the
 * editor has it already, so it is not sent back (Hocuspocus relays every update to every
 * connection, the sender included). An update that brought more than the sender sent (e.g. another
 * editor's structs that were waiting for it) encodes differently and is relayed as usual.
 */
function isEcho(message: Uint8Array, typeAt: number, sending: Uint8Array | undefined): boolean {
  if (!sending || message[typeAt + 1] !== SYNC.Update) return false;
  const decoder = decoding.createDecoder(message);
  decoder.pos = typeAt + 2;
  const length = decoding.readVarUint(decoder);
  if (length !== sending.byteLength || decoder.pos + length !== message.byteLength) return false;
  return Buffer.compare(message.subarray(decoder.pos), sending) === 0;
}

/** A Yjs update with no structs and no deletions (what a client with nothing new sends on sync). */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

interface ConnectionContext {
  actorUserId: string;
  sessionToken: string | null;
  identity: CollabIdentity;
}

export interface CollabServer {
  hocuspocus: Hocuspocus;
  store: DurableStore;
  /** What modules may ask of this server. */
  port: CoEditingPort;
  /** Re-checks every open connection to the record's documents; closes or demotes those that lost access. */
  reauthorize(documentName: string): Promise<void>;
}

/**
 * The Yjs collaboration endpoint (/collab). Hocuspocus runs without its own HTTP server: the shared
 * upgrade handler authenticates the cookie and hands the socket over. Each document is authorized
 * by the policy with the actor from the same `loadActor`; every update is stored before it is
 * acknowledged; awareness is checked against the server's knowledge of who is connected.
 */
export function createCollabServer(services: Services): CollabServer {
  // Compaction is a job: one pending per document across instances, and it survives a restart.
  const store = new DurableStore(services.orm, (documentName) =>
    services.jobs.enqueue(
      services.orm.em.fork() as EntityManager,
      'collab.compact',
      { documentName },
      { jobKey: `collab.compact:${documentName}` },
    ),
  );
  /** Per document: which socket each Yjs client id belongs to. */
  const clientOwners = new Map<string, Map<number, string>>();

  /** One append to the durable log (appends commit in the order they were made). */
  interface Append {
    settled: boolean;
    failed: boolean;
  }
  /**
   * What each writable connection has sent and stored. Hocuspocus applies an update, relays it to
   * the other editors and acknowledges it (SyncStatus) in one go. The document's own `update` event
   * (what Yjs integrated, so never undecodable; nothing for a duplicate) is appended to the durable
   * log, and the acknowledgement is held until that append has committed, in order. Relaying first
   * loses nothing (until it is acknowledged the sender keeps the update and sends it again after
   * any failure), whereas committing before relaying put a database round trip into every editor's
   * latency.
   */
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
  const tracked = new WeakMap<Connection, Tracked>();

  function appendOnUpdate(documentName: string, document: Y.Doc): void {
    document.on('update', (update: Uint8Array, origin: unknown) => {
      // Only editors' updates: those from another instance (Redis) are stored there, and the
      // server's own changes (a restored version) by the code that makes them.
      const state = tracked.get(origin as Connection);
      if (!state) return;
      state.integrated = true;
      const append: Append = { settled: false, failed: false };
      state.lastAppend = append;
      store.enqueue(documentName, update, (error) => {
        append.settled = true;
        append.failed = error !== undefined;
        state.release();
      });
    });
  }

  function track(connection: Connection): Tracked {
    const existing = tracked.get(connection);
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
    tracked.set(connection, state);
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

  const guard: Extension = {
    async onAuthenticate({ request, requestHeaders, documentName, connectionConfig }) {
      const token = tokenFromCookieHeader(requestHeaders.cookie);
      const ctx = await buildOperationContext(services, { transport: 'collab', sessionToken: token });
      const access = ctx.actor ? await resolveCollabDocument(ctx, documentName) : null;
      if (!ctx.actor || !access) {
        closeSoon(request);
        throw new Error(COLLAB_DENIED);
      }
      connectionConfig.readOnly = !access.write;
      const user = await ctx.em.findOneOrFail(User, ctx.actor.userId);
      const organisation = ctx.actingOrganisation
        ? await ctx.em.findOne(Organisation, ctx.actingOrganisation.organisationId)
        : null;
      const context: ConnectionContext = {
        actorUserId: ctx.actor.userId,
        sessionToken: token,
        identity: { userId: user.id, name: user.displayName, organisation: organisation?.name ?? '' },
      };
      return context;
    },

    // Synchronous: Hocuspocus applies each message once its hook settles, so they stay in order.
    // (A throw refuses the message and closes the connection.)
    beforeHandleMessage({ connection, update: data, documentName, socketId, document }) {
      const message = parseMessage(data);
      if (message.documentName !== documentName) throw CLOSE_REFUSED;
      if (message.kind === 'broadcastStateless') throw CLOSE_REFUSED;
      if (message.kind === 'update' && message.update.length > MAX_UPDATE_BYTES) throw CLOSE_REFUSED;
      if (message.kind === 'awareness') {
        const owners = clientOwners.get(documentName) ?? new Map<number, string>();
        clientOwners.set(documentName, owners);
        const identity = (connection.context as ConnectionContext).identity;
        const states = document.awareness.getStates();
        // A client id is this connection's when it claimed it first. One that no connection here
        // claimed but whose state the document holds is someone's on another instance (relayed
        // through Redis), and providers echo those states back.
        const unclaimed = (clientId: number) => !owners.has(clientId) && !states.has(clientId);
        const reason = refuseAwareness(message.entries, identity, (clientId) => {
          const meta = document.awareness.meta.get(clientId);
          return {
            ownedByThisConnection: owners.get(clientId) === socketId || unclaimed(clientId),
            current: meta ? { clock: meta.clock, state: states.get(clientId) ?? null } : undefined,
          };
        });
        if (reason) {
          logger.warn({ documentName, reason }, 'awareness refused');
          throw CLOSE_REFUSED;
        }
        for (const { clientId, state } of message.entries) {
          if (state !== null && unclaimed(clientId)) owners.set(clientId, socketId);
        }
      }
      // Read-only connections' updates are dropped (and not acknowledged) by Hocuspocus itself.
      if (message.kind === 'update' && !connection.readOnly) track(connection).received.push(message.update);
      return Promise.resolve();
    },

    async afterLoadDocument({ documentName, document }) {
      appendOnUpdate(documentName, document);
    },

    async onDisconnect({ documentName, socketId }) {
      const owners = clientOwners.get(documentName);
      if (!owners) return;
      for (const [clientId, owner] of owners) if (owner === socketId) owners.delete(clientId);
      if (owners.size === 0) clientOwners.delete(documentName);
    },
  };

  const extensions: Extension[] = [guard, store.extension()];
  if (services.env.REDIS_URL) {
    const url = new URL(services.env.REDIS_URL);
    extensions.push(
      new RedisWithPresence({
        host: url.hostname,
        port: Number(url.port || 6379),
        prefix: 'opcat:collab',
      }) as Extension,
    );
  }

  const hocuspocus = new Hocuspocus({ name: 'opcat-collab', quiet: true, extensions });

  async function reauthorize(documentName: string): Promise<void> {
    const document = hocuspocus.documents.get(documentName);
    if (!document) return;
    for (const connection of document.getConnections()) {
      const context = connection.context as ConnectionContext;
      const ctx = await buildOperationContext(services, { transport: 'collab', sessionToken: context.sessionToken });
      const access = await resolveCollabDocument(ctx, documentName);
      if (!access) connection.close(CLOSE_ACCESS_REVOKED);
      else if (!access.write && !connection.readOnly) connection.close(CLOSE_ACCESS_REVOKED);
    }
  }

  // A record narrowed, a share withdrawn, a member removed: re-check the affected documents now.
  services.bus.subscribe('recordAccessChanged', ({ documentNames }) => {
    for (const name of documentNames) if (parseDocumentName(name)) void reauthorize(name);
  });

  const port: CoEditingPort = {
    compact: (name) => store.compact(name),
    async read(name, read) {
      const live = hocuspocus.documents.get(name);
      if (live) return read(live);
      const doc = new Y.Doc();
      try {
        await store.load(name, doc);
        return read(doc);
      } finally {
        doc.destroy();
      }
    },
    async edit(name, origin, edit) {
      // Hocuspocus does not store edits made through a direct connection: the change is computed on
      // a copy, appended to the durable log, and only then applied to the live document.
      const connection = await hocuspocus.openDirectConnection(name, origin);
      try {
        const live = connection.document;
        if (!live) throw new Error(`direct connection to ${name} has no document`);
        const copy = new Y.Doc();
        let update: Uint8Array;
        try {
          Y.applyUpdate(copy, Y.encodeStateAsUpdate(live));
          const before = Y.encodeStateVector(copy);
          edit(copy);
          update = Y.encodeStateAsUpdate(copy, before);
        } finally {
          copy.destroy();
        }
        await store.append(name, update);
        await connection.transact((doc) => Y.applyUpdate(doc, update, 'server'));
      } finally {
        await connection.disconnect();
      }
    },
  };

  return { hocuspocus, store, port, reauthorize };
}
