import type { IncomingMessage } from 'node:http';
import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import { Hocuspocus } from '@hocuspocus/server';
import type { Extension } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadActor } from '../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../auth/session.ts';
import { Membership, User } from '../db/entities/identity.ts';
import type { Services } from '../graphql/context.ts';
import { logger } from '../logger.ts';
import { refuseAwareness } from './awareness-guard.ts';
import type { CollabIdentity } from './awareness-guard.ts';
import { DurableStore } from './durable-store.ts';
import { parseDocumentName, resolveCollabDocument } from './documents.ts';
import { parseMessage } from './protocol.ts';

/** Largest Yjs update accepted (a socket's frames are capped a little above it, see app.ts). */
export const MAX_UPDATE_BYTES = 2 * 1024 * 1024;
/** Same answer for unknown and forbidden documents, so document names cannot be probed. */
export const COLLAB_DENIED = 'Forbidden';
/** Close codes: malformed or refused message, and revoked access. */
export const CLOSE_REFUSED = { code: 4400, reason: 'Message refused' };
export const CLOSE_ACCESS_REVOKED = { code: 4403, reason: 'Access revoked' };

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
  /** Re-checks every open connection to the record's documents; closes or demotes those that lost access. */
  reauthorize(documentName: string): Promise<void>;
  /** Resolves when every update already received is durably stored. */
  drain(): Promise<void>;
}

/**
 * The Yjs collaboration endpoint (/collab). Hocuspocus runs without its own HTTP server: the shared
 * upgrade handler authenticates the cookie and hands the socket over. Each document is authorized
 * by the policy with the actor from the same `loadActor`; every update is stored before it is
 * acknowledged; awareness is checked against the server's knowledge of who is connected.
 */
export function createCollabServer(services: Services): CollabServer {
  const store = new DurableStore(services.orm);
  const secret = services.env.SESSION_SECRET;
  const chains = new WeakMap<object, Promise<unknown>>();
  const pending = new Set<Promise<unknown>>();
  /** Per document: which socket each Yjs client id belongs to. */
  const clientOwners = new Map<string, Map<number, string>>();

  const guard: Extension = {
    async onAuthenticate({ request, requestHeaders, documentName, connectionConfig }) {
      const em = services.orm.em.fork() as EntityManager;
      const token = tokenFromCookieHeader(requestHeaders.cookie);
      const actor = await loadActor(em, token, secret);
      const access = actor ? await resolveCollabDocument(services, em, actor, documentName) : null;
      if (!actor || !access) {
        closeSoon(request);
        throw new Error(COLLAB_DENIED);
      }
      connectionConfig.readOnly = !access.write;
      const user = await em.findOneOrFail(User, actor.userId);
      const membership = await em.findOne(
        Membership,
        { user: actor.userId, organisation: actor.memberships[0]?.organisationId ?? null },
        { populate: ['organisation'] },
      );
      const context: ConnectionContext = {
        actorUserId: actor.userId,
        sessionToken: token,
        identity: { userId: user.id, name: user.displayName, organisation: membership?.organisation.name ?? '' },
      };
      return context;
    },

    beforeHandleMessage({ connection, update: data, documentName, socketId, document }) {
      // Chained per connection so that messages stay in order even though the hook is async.
      const previous = chains.get(connection) ?? Promise.resolve();
      const current = previous.then(async () => {
        const message = parseMessage(data);
        if (message.documentName !== documentName) throw CLOSE_REFUSED;
        if (message.kind === 'broadcastStateless') throw CLOSE_REFUSED;
        if (message.kind === 'update' && message.update.length > MAX_UPDATE_BYTES) throw CLOSE_REFUSED;
        if (message.kind === 'awareness') {
          const owners = clientOwners.get(documentName) ?? new Map<number, string>();
          clientOwners.set(documentName, owners);
          const identity = (connection.context as ConnectionContext).identity;
          const reason = refuseAwareness(message.entries, identity, (clientId) => {
            const owner = owners.get(clientId);
            const meta = document.awareness.meta.get(clientId);
            return {
              ownedByThisConnection: owner === undefined || owner === socketId,
              current: meta
                ? { clock: meta.clock, state: document.awareness.getStates().get(clientId) ?? null }
                : undefined,
            };
          });
          if (reason) {
            logger.warn({ documentName, reason }, 'awareness refused');
            throw CLOSE_REFUSED;
          }
          for (const entry of message.entries) if (!owners.has(entry.clientId)) owners.set(entry.clientId, socketId);
        }
        // Read-only connections' updates are dropped (and not acknowledged) by Hocuspocus itself.
        if (message.kind === 'update' && !connection.readOnly && !isEmptyUpdate(message.update)) {
          const stored = store.append(documentName, message.update);
          pending.add(stored);
          try {
            await stored;
          } finally {
            pending.delete(stored);
          }
        }
      });
      chains.set(
        connection,
        current.catch(() => undefined),
      );
      return current;
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
      new RedisExtension({ host: url.hostname, port: Number(url.port || 6379), prefix: 'opcat:collab' }) as Extension,
    );
  }

  const hocuspocus = new Hocuspocus({ name: 'opcat-collab', quiet: true, extensions });

  async function reauthorize(documentName: string): Promise<void> {
    const document = hocuspocus.documents.get(documentName);
    if (!document) return;
    for (const connection of document.getConnections()) {
      const context = connection.context as ConnectionContext;
      const em = services.orm.em.fork() as EntityManager;
      const actor = await loadActor(em, context.sessionToken, secret);
      const access = actor ? await resolveCollabDocument(services, em, actor, documentName) : null;
      if (!access) connection.close(CLOSE_ACCESS_REVOKED);
      else if (!access.write && !connection.readOnly) connection.close(CLOSE_ACCESS_REVOKED);
    }
  }

  // A record narrowed, a share withdrawn, a member removed: re-check the affected documents now.
  services.bus.subscribe('recordAccessChanged', ({ documentNames }) => {
    for (const name of documentNames) if (parseDocumentName(name)) void reauthorize(name);
  });

  return {
    hocuspocus,
    store,
    reauthorize,
    async drain() {
      await Promise.allSettled([...pending]);
    },
  };
}
