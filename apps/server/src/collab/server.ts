import type { IncomingMessage } from 'node:http';
import * as Y from 'yjs';
import type { WebSocket } from 'ws';
import { Hocuspocus } from '@hocuspocus/server';
import type { Extension } from '@hocuspocus/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SessionActor } from '../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../auth/session.ts';
import type { CoEditingPort } from '../modules/co-editing/port.ts';
import type { LiveConnection } from '../realtime/connections.ts';
import type { Services } from '../services.ts';
import { DurableStore } from './durable-store.ts';
import { AcknowledgeAfterStore } from './extensions/acknowledge-after-store.ts';
import { Authenticate } from './extensions/authenticate.ts';
import { AwarenessOwnership } from './extensions/awareness-ownership.ts';
import { MessageGuard } from './extensions/message-guard.ts';
import { Reauthorization } from './extensions/reauthorization.ts';
import { SocketLimits } from './extensions/socket-limits.ts';
import { asHocuspocusExtension } from './extensions/types.ts';
import { RedisWithPresence } from './redis-presence.ts';
import { CollabSocket, CollabSockets } from './sockets.ts';

export interface CollabServer {
  hocuspocus: Hocuspocus;
  store: DurableStore;
  limits: SocketLimits;
  /** What modules may ask of this server. */
  port: CoEditingPort;
  /**
   * Takes over a socket upgraded on /collab for a signed-in actor. Returns how the connection
   * registry closes it, or null when the socket was refused (too many of this user's).
   */
  accept(ws: WebSocket, request: IncomingMessage, actor: SessionActor): LiveConnection | null;
  /** Re-checks every open connection to the document; those that lost access are revoked. */
  reauthorize(documentName: string): void;
}

/**
 * The Yjs collaboration endpoint (/collab): Hocuspocus without an HTTP server of its own (the
 * shared upgrade handler checks the cookie and hands the socket over), composed of one extension
 * per concern (see docs/ARCHITECTURE.md, Co-editing).
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
  const sockets = new CollabSockets();
  const limits = new SocketLimits();
  const reauthorization = new Reauthorization(services);
  const extensions: Extension[] = [
    reauthorization,
    new Authenticate(services, sockets),
    new MessageGuard(),
    new AwarenessOwnership(),
    new AcknowledgeAfterStore(store),
    limits,
  ].map(asHocuspocusExtension);
  extensions.push(store.extension());
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
  reauthorization.attach(hocuspocus);

  function accept(ws: WebSocket, request: IncomingMessage, actor: SessionActor): LiveConnection | null {
    const token = tokenFromCookieHeader(request.headers.cookie);
    const socket = new CollabSocket(ws, request, actor.userId, actor.sessionId, token);
    // The limits' message listener must come before Hocuspocus's, which queues what it cannot handle yet.
    if (!limits.admit(socket)) return null;
    sockets.add(socket);
    hocuspocus.handleConnection(ws, request, {});
    return {
      userId: actor.userId,
      sessionId: actor.sessionId,
      close: (code, reason) => socket.revoke({ code, reason }),
      terminate: () => ws.terminate(),
    };
  }

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

  return { hocuspocus, store, limits, port, accept, reauthorize: (name) => reauthorization.reauthorize(name) };
}
