import type { beforeHandleMessagePayload, connectedPayload, Hocuspocus } from '@hocuspocus/server';
import { Session } from '../../db/entities/identity.ts';
import { parseDocumentName, resolveCollabDocument } from '../../modules/co-editing/documents.ts';
import type { CollabAccess } from '../../modules/co-editing/documents.ts';
import { buildOperationContext } from '../../operation/build.ts';
import type { Services } from '../../services.ts';
import { CLOSE_ACCESS_REVOKED } from '../close-codes.ts';
import type { CloseReason } from '../close-codes.ts';
import { collabContext } from '../sockets.ts';
import type { CollabSocket } from '../sockets.ts';
import { PRIORITY } from './types.ts';
import type { CollabExtension } from './types.ts';

/**
 * Access is decided again whenever it may have changed, and nothing a connection sends is applied
 * once it is gone. Three ways: a `revoke` (sign-out, member removed) revokes the socket through
 * the connection registry; a `recordAccessChanged` re-checks every connection to the documents;
 * a session past its known expiry is re-read (another request may have extended it). While a
 * re-check runs, the socket's messages wait for it in order, and are refused if access is lost;
 * a socket that lost access is closed, then terminated (a client may ignore the close frame).
 */
export class Reauthorization implements CollabExtension {
  readonly extensionName = 'opcat-reauthorization';
  readonly priority = PRIORITY.reauthorization;
  private hocuspocus: Hocuspocus | undefined;
  private readonly unsubscribe: () => void;

  constructor(private readonly services: Services) {
    this.unsubscribe = services.bus.subscribe('recordAccessChanged', ({ documentNames }) => {
      for (const name of documentNames) if (parseDocumentName(name)) this.reauthorize(name);
    });
  }

  /** The server whose open documents are re-checked (given once it exists). */
  attach(hocuspocus: Hocuspocus): void {
    this.hocuspocus = hocuspocus;
  }

  beforeHandleMessage({ connection }: beforeHandleMessagePayload): undefined | Promise<void> {
    const { socket } = collabContext(connection.context);
    if (Date.now() >= socket.sessionExpiresAt) this.recheckSession(socket);
    return socket.gate();
  }

  async connected({ context }: connectedPayload): Promise<void> {
    const { socket } = collabContext(context);
    socket.watchSessionExpiry(socket.sessionExpiresAt, () => this.recheckSession(socket));
  }

  async onDestroy(): Promise<void> {
    this.unsubscribe();
  }

  /** Re-checks every connection to the document on this instance; those that lost access are revoked. */
  reauthorize(documentName: string): void {
    const document = this.hocuspocus?.documents.get(documentName);
    if (!document) return;
    // One decision per session: a person's several tabs ask the database once.
    const decisions = new Map<string | null, Promise<CollabAccess | null>>();
    const decide = (sessionToken: string | null) => {
      const decision =
        decisions.get(sessionToken) ??
        buildOperationContext(this.services, { transport: 'collab', sessionToken }).then((ctx) =>
          resolveCollabDocument(ctx, documentName),
        );
      decisions.set(sessionToken, decision);
      return decision;
    };
    for (const connection of document.getConnections()) {
      const { socket, sessionToken } = collabContext(connection.context);
      socket.recheck(async (): Promise<CloseReason | null> => {
        const access = await decide(sessionToken);
        // A writer demoted to reader reconnects as a reader: Hocuspocus cannot demote a live connection.
        if (access && (access.write || connection.readOnly)) return null;
        // The provider learns it at once from the document's close message; the socket follows.
        connection.close(CLOSE_ACCESS_REVOKED);
        return CLOSE_ACCESS_REVOKED;
      });
    }
  }

  private recheckSession(socket: CollabSocket): void {
    // One check at a time: messages meanwhile wait for it (and the timer does not start another).
    socket.watchSessionExpiry(Infinity, () => undefined);
    socket.recheck(async () => {
      const ctx = await buildOperationContext(this.services, {
        transport: 'collab',
        sessionToken: socket.sessionToken,
      });
      if (!ctx.actor || ctx.actor.sessionId !== socket.sessionId) return CLOSE_ACCESS_REVOKED;
      const session = await ctx.em.findOne(Session, ctx.actor.sessionId, { fields: ['expiresAt'] });
      const expiresAt = session?.expiresAt.getTime() ?? 0;
      if (expiresAt <= Date.now()) return CLOSE_ACCESS_REVOKED;
      socket.watchSessionExpiry(expiresAt, () => this.recheckSession(socket));
      return null;
    });
  }
}
