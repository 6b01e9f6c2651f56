import { randomBytes } from 'node:crypto';
import { loadActor } from '../../auth/load-actor.ts';
import { hashToken, SESSION_IDLE_MS, sessionCookie } from '../../auth/session.ts';
import type { SessionStanding } from '../../auth/session-standing.ts';
import { User } from '../../db/entities/identity.ts';
import { actingMembership } from '../../operation/build.ts';
import type { OperationContext } from '../../operation/context.ts';
import { appendAudit } from '../audit/append-audit.ts';
import type { MeModel } from '../identity/models.ts';

/**
 * The second factor passed (or the required enrolment is done): the session becomes usable under a
 * new token, so a token seen before the second step (a shared computer, a proxy log) is worth nothing.
 */
export async function completeSession(
  ctx: OperationContext,
  standing: SessionStanding,
  details: Record<string, unknown>,
): Promise<MeModel> {
  const http = ctx.request?.http;
  if (!http) throw new Error('a session is completed over HTTP only');
  const secret = ctx.services.env.SESSION_SECRET;
  const token = randomBytes(32).toString('base64url');
  await ctx.em.transactional(async (tx) => {
    await tx.getConnection().execute(
      `update user_session set token_hash = ?, second_factor_pending = false, expires_at = ?, last_seen_at = now()
          where id = ? and revoked_at is null`,
      [hashToken(token, secret), new Date(Date.now() + SESSION_IDLE_MS), standing.sessionId],
      'run',
      tx.getTransactionContext(),
    );
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'auth.signIn',
      actor: await loadActor(tx, token, secret),
      actorUserId: standing.userId,
      subjectType: 'session',
      subjectId: standing.sessionId,
      details: { ip: ctx.request?.ip ?? null, ...details },
    });
  });
  http.setCookie(sessionCookie(token, { secure: http.secure, maxAgeMs: SESSION_IDLE_MS }));
  const actor = await loadActor(ctx.em, token, secret);
  if (!actor) throw new Error('a completed session could not be loaded');
  ctx.actor = actor;
  ctx.actingOrganisation = actingMembership(actor);
  ctx.sessionToken = token;
  return { user: await ctx.em.findOneOrFail(User, standing.userId), actor };
}
