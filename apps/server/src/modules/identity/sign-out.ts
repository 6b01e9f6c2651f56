import { Session } from '../../db/entities/identity.ts';
import { clearedSessionCookie } from '../../auth/session.ts';
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
  }
  const http = ctx.request?.http;
  http?.setCookie(clearedSessionCookie(http.secure));
  return true;
}
