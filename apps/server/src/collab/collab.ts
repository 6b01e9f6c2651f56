import { Hocuspocus } from '@hocuspocus/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@opcat/domain';
import { loadActor } from '../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../auth/session.ts';
import type { Services } from '../graphql/context.ts';
import { resolveCollabDocument } from './documents.ts';

/** Same answer for unknown and forbidden documents, so document names cannot be probed. */
export const COLLAB_DENIED = 'Forbidden';

/**
 * The Yjs collaboration endpoint (/collab). Hocuspocus is used without its own HTTP server:
 * the shared upgrade handler authenticates the cookie and hands the socket over. Each document
 * is then authorized through the policy with the actor loaded by the same `loadActor`.
 */
export function createCollabServer(services: Services): Hocuspocus {
  return new Hocuspocus({
    name: 'opcat-collab',
    quiet: true,
    async onAuthenticate({ requestHeaders, documentName, connectionConfig }) {
      const em = services.orm.em.fork() as EntityManager;
      const actor: Actor | null = await loadActor(
        em,
        tokenFromCookieHeader(requestHeaders.cookie),
        services.env.SESSION_SECRET,
      );
      const access = actor ? await resolveCollabDocument(em, actor, documentName) : null;
      if (!actor || !access) throw new Error(COLLAB_DENIED);
      connectionConfig.readOnly = !access.write;
      return { actor };
    },
  });
}
