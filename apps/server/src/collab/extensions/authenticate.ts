import type { onAuthenticatePayload } from '@hocuspocus/server';
import { tokenFromCookieHeader } from '../../auth/session.ts';
import { Organisation, Session, User } from '../../db/entities/identity.ts';
import { resolveCollabDocument } from '../../modules/co-editing/documents.ts';
import { buildOperationContext } from '../../operation/build.ts';
import type { Services } from '../../services.ts';
import { closeThenTerminate } from '../../realtime/connections.ts';
import { CLOSE_ACCESS_REVOKED, COLLAB_DENIED } from '../close-codes.ts';
import type { CollabConnectionContext, CollabSocket, CollabSockets } from '../sockets.ts';
import { PRIORITY } from './types.ts';
import type { CollabExtension } from './types.ts';

/** Lets the denial message leave before the socket closes. */
const CLOSE_AFTER_DENIAL_MS = 50;

/**
 * Each document a socket opens is authorized by the policy on its record, for the actor of the
 * session cookie (the client's token is ignored): no read right → refused like an unknown name,
 * and the socket is closed (Hocuspocus 3 would queue its later frames for that name forever);
 * read without write → read-only. The identity peers see comes from the server.
 */
export class Authenticate implements CollabExtension {
  readonly extensionName = 'opcat-authenticate';
  readonly priority = PRIORITY.authenticate;

  constructor(
    private readonly services: Services,
    private readonly sockets: CollabSockets,
  ) {}

  async onAuthenticate({
    request,
    requestHeaders,
    documentName,
    connectionConfig,
  }: onAuthenticatePayload): Promise<CollabConnectionContext> {
    const socket = this.sockets.of(request);
    const sessionToken = tokenFromCookieHeader(requestHeaders.cookie);
    const ctx = await buildOperationContext(this.services, { transport: 'collab', sessionToken });
    const access =
      socket && !socket.revoked && ctx.actor?.userId === socket.userId
        ? await resolveCollabDocument(ctx, documentName)
        : null;
    if (!socket || !ctx.actor || !access || socket.revoked) return this.deny(socket);
    connectionConfig.readOnly = !access.write;
    const user = await ctx.em.findOneOrFail(User, ctx.actor.userId);
    const organisation = ctx.actingOrganisation
      ? await ctx.em.findOne(Organisation, ctx.actingOrganisation.organisationId)
      : null;
    // The re-authorization extension re-checks the session once this passes.
    const session = await ctx.em.findOneOrFail(Session, ctx.actor.sessionId, { fields: ['expiresAt'] });
    socket.sessionExpiresAt = session.expiresAt.getTime();
    return {
      socket,
      sessionToken,
      identity: { userId: user.id, name: user.displayName, organisation: organisation?.name ?? '' },
    };
  }

  private deny(socket: CollabSocket | undefined): never {
    if (socket) {
      socket.revoked ??= { code: CLOSE_ACCESS_REVOKED.code, reason: COLLAB_DENIED };
      setTimeout(() => closeThenTerminate(socket.ws, CLOSE_ACCESS_REVOKED.code, COLLAB_DENIED), CLOSE_AFTER_DENIAL_MS);
    }
    throw new Error(COLLAB_DENIED);
  }
}
