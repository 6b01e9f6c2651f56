import { z } from 'zod';
import { User } from '../../db/entities/identity.ts';
import { Invitation } from '../../db/entities/mail.ts';
import { createSession, hashToken, SESSION_IDLE_MS, sessionCookie } from '../../auth/session.ts';
import { hashPassword } from '../../auth/password.ts';
import { loadActor } from '../../auth/load-actor.ts';
import { badRequest } from '../../errors.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { AcceptInvitationInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod, userError } from '../user-errors.ts';
import type { MeModel } from './models.ts';
import { appendAudit } from '../audit/append-audit.ts';

/** The password rules of accounts (hashed with argon2id like every password, auth/password.ts). */
export const PASSWORD_MIN_LENGTH = 12;

const input = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not an invitation link'),
  password: z.string().min(PASSWORD_MIN_LENGTH, `At least ${PASSWORD_MIN_LENGTH} characters`).max(1024),
});

type Result = { me: MeModel | null; nextStep?: 'ENROLMENT_REQUIRED' | null; userErrors: UserError[] };

const refusal = {
  INVITATION_INVALID: 'This invitation link is not valid',
  INVITATION_EXPIRED: 'This invitation has expired: ask your organisation’s administrators for a new one',
  INVITATION_USED: 'This invitation has already been used: sign in with your password',
} as const;

/**
 * The invited person sets their own password through the link's token (single use, expiring,
 * stored as an HMAC) and is signed in. A forged, expired or used token changes nothing.
 */
export async function acceptInvitation(ctx: OperationContext, raw: AcceptInvitationInput): Promise<Result> {
  const request = ctx.request;
  if (!request?.http) throw badRequest('Accept an invitation over HTTP: a WebSocket cannot set the session cookie');
  const parsed = z.object({ token: z.string().max(200) }).safeParse(raw);
  const check = input.safeParse(raw);
  if (!parsed.success || (!check.success && check.error.issues.some((i) => i.path[0] === 'token'))) {
    return refuse(ctx, 'INVITATION_INVALID', null);
  }
  if (!check.success) return { me: null, userErrors: fromZod(check.error) };
  const { token, password } = check.data;
  const secret = ctx.services.env.SESSION_SECRET;
  // Hashed before the transaction: argon2 takes ~50 ms and should not hold the row lock.
  const passwordHash = await hashPassword(password);

  const outcome = await ctx.em.transactional(
    async (tx): Promise<{ code: keyof typeof refusal; invitationId: string | null } | { token: string }> => {
      const invitation = await tx.findOne(
        Invitation,
        { tokenHash: hashToken(token, secret) },
        { lockMode: 4 /* PESSIMISTIC_WRITE: one acceptance wins */ },
      );
      if (!invitation) return { code: 'INVITATION_INVALID', invitationId: null };
      if (invitation.usedAt) return { code: 'INVITATION_USED', invitationId: invitation.id };
      if (invitation.expiresAt.getTime() <= Date.now())
        return { code: 'INVITATION_EXPIRED', invitationId: invitation.id };
      const user = await tx.findOneOrFail(User, invitation.user.id, { populate: ['passwordHash'] });
      invitation.usedAt = new Date();
      // A password set meanwhile (another invitation) is never replaced through a link an admin may have seen.
      if (user.passwordHash !== null) {
        await tx.flush();
        return { code: 'INVITATION_USED', invitationId: invitation.id };
      }
      user.passwordHash = passwordHash;
      const created = createSession(tx, user, secret, { ip: request.ip, userAgent: request.userAgent });
      await tx.flush();
      const actor = await loadActor(tx, created.token, secret);
      await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
        action: 'invitation.accepted',
        actor,
        actorUserId: user.id,
        subjectType: 'invitation',
        subjectId: invitation.id,
        subjectOrganisationId: invitation.organisation.id,
        details: { ip: request.ip, sessionId: created.session.id },
      });
      return { token: created.token };
    },
  );
  if ('code' in outcome) return refuse(ctx, outcome.code, outcome.invitationId);
  request.http.setCookie(sessionCookie(outcome.token, { secure: request.http.secure, maxAgeMs: SESSION_IDLE_MS }));
  const actor = await loadActor(ctx.em, outcome.token, secret);
  // The new organisation requires two-factor (new NPMs and the SPT do): the session waits for the enrolment.
  if (!actor) return { me: null, nextStep: 'ENROLMENT_REQUIRED', userErrors: [] };
  ctx.actor = actor;
  const user = await ctx.em.findOneOrFail(User, actor.userId);
  return { me: { user, actor }, userErrors: [] };
}

async function refuse(ctx: OperationContext, code: keyof typeof refusal, invitationId: string | null): Promise<Result> {
  await appendAudit(ctx.em, ctx.services.env.AUDIT_KEY, {
    action: 'invitation.refused',
    actor: null,
    subjectType: invitationId ? 'invitation' : undefined,
    subjectId: invitationId ?? undefined,
    details: { reason: code, ip: ctx.request?.ip ?? null },
  });
  return { me: null, userErrors: [userError(['input', 'token'], code, refusal[code])] };
}
