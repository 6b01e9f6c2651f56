import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale, Role } from '@opcat/domain';
import { hashToken } from '../../auth/session.ts';
import { Invitation } from '../../db/entities/mail.ts';
import type { Organisation, User } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import { appLink } from '../../mail/links.ts';
import { appendAudit } from '../audit/append-audit.ts';
import type { Actor } from '@opcat/domain';

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The web page that accepts an invitation; the token travels in the fragment, never sent to a server log. */
export const INVITATION_PATH = '/invitation';

/**
 * Issues a single-use invitation for `user` to set their password, and queues its e-mail, in the
 * caller's transaction `tx`. Only the token's HMAC (under SESSION_SECRET) is stored: the link exists
 * in the e-mail alone (and in the outbox while no SMTP server is configured).
 */
export async function issueInvitation(
  ctx: OperationContext & { actor: Actor },
  tx: EntityManager,
  facts: {
    user: User;
    organisation: Organisation;
    role: Role;
    locale: Locale;
    inviterName: string;
    /** A platform administrator invites a new organisation's first admin: the platform's outbox shows it too. */
    platform?: boolean;
  },
): Promise<Invitation> {
  const token = randomBytes(32).toString('base64url');
  const invitation = tx.create(Invitation, {
    tokenHash: hashToken(token, ctx.services.env.SESSION_SECRET),
    user: facts.user,
    organisation: facts.organisation,
    invitedBy: tx.getReference('User', ctx.actor.userId) as User,
    role: facts.role,
    expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
  });
  await tx.flush();
  await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
    action: 'invitation.issued',
    actor: ctx.actor,
    subjectType: 'invitation',
    subjectId: invitation.id,
    subjectOrganisationId: facts.organisation.id,
    details: {
      organisationId: facts.organisation.id,
      userId: facts.user.id,
      role: facts.role,
      expiresAt: invitation.expiresAt.toISOString(),
    },
  });
  await ctx.services.mail.send(tx, {
    to: { userId: facts.user.id, email: facts.user.email },
    organisationId: facts.organisation.id,
    platform: facts.platform === true,
    locale: facts.locale,
    template: 'invitation',
    params: {
      organisationName: facts.organisation.name,
      inviterName: facts.inviterName,
      link: appLink(ctx.services.env, `${INVITATION_PATH}#token=${token}`),
      expiresAt: invitation.expiresAt,
    },
  });
  return invitation;
}
