import { Session } from '../../db/entities/identity.ts';
import { clearedSessionCookie } from '../../auth/session.ts';
import { loadSessionStanding } from '../../auth/session-standing.ts';
import type { OperationContext } from '../../operation/context.ts';
import { appendAudit } from '../audit/append-audit.ts';

/** Revokes the current session server-side, clears the cookie and closes the session's sockets. */
export async function signOut(ctx: OperationContext): Promise<boolean> {
  if (ctx.actor) {
    const sessionId = ctx.actor.sessionId;
    await ctx.em.transactional(async (tx) => {
      await tx.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
      await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
        action: 'auth.signOut',
        actor: ctx.actor,
        subjectType: 'session',
        subjectId: sessionId,
      });
    });
    await ctx.services.bus.publish('revoke', { sessionId });
    ctx.actor = null;
  } else {
    // A session held at the second step or the enrolment has no actor, but ends all the same.
    const standing = await loadSessionStanding(ctx.em, ctx.sessionToken, ctx.services.env.SESSION_SECRET);
    if (standing) await ctx.em.nativeUpdate(Session, { id: standing.sessionId }, { revokedAt: new Date() });
  }
  const http = ctx.request?.http;
  http?.setCookie(clearedSessionCookie(http.secure));
  return true;
}
