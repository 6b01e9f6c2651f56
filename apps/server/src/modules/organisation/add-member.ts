import { z } from 'zod';
import { authorize, LOCALES, ROLES } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Membership, Organisation, User } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import type { AddMemberInput, UserError } from '../../__generated__/resolvers-types.ts';
import { appLink } from '../../mail/links.ts';
import { fromZod, userError } from '../user-errors.ts';
import { isId } from '../ids.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { issueInvitation } from './invitations.ts';

const input = z.object({
  organisationId: z.string().refine(isId, 'Unknown organisation'),
  email: z.string().trim().toLowerCase().pipe(z.email()),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES).nullish(),
});

interface Result {
  membership: Membership | null;
  invitationSent: boolean;
  userErrors: UserError[];
}

/**
 * An ADMIN adds a person to their own organisation. A new e-mail gets an account without a
 * password and an invitation e-mail with a single-use link to set it (so does an account whose
 * invitation was never accepted); an existing account is told by e-mail that it was added.
 */
export async function addMember(ctx: OperationContext & { actor: Actor }, raw: AddMemberInput): Promise<Result> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { membership: null, invitationSent: false, userErrors: fromZod(parsed.error) };
  const { organisationId, email, displayName, role } = parsed.data;
  authorize(ctx.actor, 'organisation:manageMembers', { organisationId });

  const result = await ctx.em.transactional(async (em): Promise<Result> => {
    const organisation = await em.findOne(Organisation, organisationId);
    if (!organisation) throw notFound();
    const inviter = await em.findOneOrFail(User, ctx.actor.userId);
    let user = await em.findOne(User, { email }, { populate: ['passwordHash'] });
    if (user) {
      const existing = await em.findOne(Membership, { user, organisation });
      if (existing) {
        return {
          membership: null,
          invitationSent: false,
          userErrors: [
            userError(['input', 'email'], 'ALREADY_MEMBER', 'This person already belongs to the organisation'),
          ],
        };
      }
    } else {
      user = em.create(User, {
        email,
        displayName,
        passwordHash: null,
        preferredLocale: parsed.data.locale ?? inviter.preferredLocale,
      });
    }
    const membership = em.create(Membership, { user, organisation, role });
    await em.flush();
    const invite = user.passwordHash === null;
    await appendAudit(em, ctx.services.env.AUDIT_KEY, {
      action: 'membership.added',
      actor: ctx.actor,
      subjectType: 'membership',
      subjectId: membership.id,
      details: { organisationId, userId: user.id, role, invited: invite },
    });
    const facts = { organisationName: organisation.name, inviterName: inviter.displayName };
    if (invite) {
      await issueInvitation(ctx, em, { user, organisation, role, locale: user.preferredLocale, ...facts });
    } else {
      await ctx.services.mail.send(em, {
        to: { userId: user.id, email: user.email },
        organisationId,
        locale: user.preferredLocale,
        template: 'memberAdded',
        params: { ...facts, link: appLink(ctx.services.env, '/') },
      });
    }
    return { membership, invitationSent: invite, userErrors: [] };
  });
  if (result.membership) {
    await ctx.services.bus.publish('membership', {
      organisationId,
      membershipId: result.membership.id,
      kind: 'ADDED',
    });
  }
  return result;
}
