import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { authorize, ROLES } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Membership, Organisation, User } from '../../db/entities/identity.ts';
import { hashPassword } from '../../auth/password.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import type { AddMemberInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod, userError } from '../user-errors.ts';
import { isId } from '../ids.ts';
import { appendAudit } from '../audit/append-audit.ts';

const input = z.object({
  organisationId: z.string().refine(isId, 'Unknown organisation'),
  email: z.string().trim().toLowerCase().pipe(z.email()),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
});

interface Result {
  membership: Membership | null;
  temporaryPassword: string | null;
  userErrors: UserError[];
}

/** An ADMIN adds a person to their own organisation, creating the account when the e-mail is new. */
export async function addMember(ctx: OperationContext & { actor: Actor }, raw: AddMemberInput): Promise<Result> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { membership: null, temporaryPassword: null, userErrors: fromZod(parsed.error) };
  const { organisationId, email, displayName, role } = parsed.data;
  authorize(ctx.actor, 'organisation:manageMembers', { organisationId });

  const result = await ctx.em.transactional(async (em): Promise<Result> => {
    const organisation = await em.findOne(Organisation, organisationId);
    if (!organisation) throw notFound();
    let user = await em.findOne(User, { email });
    let temporaryPassword: string | null = null;
    if (user) {
      const existing = await em.findOne(Membership, { user, organisation });
      if (existing) {
        return {
          membership: null,
          temporaryPassword: null,
          userErrors: [
            userError(['input', 'email'], 'ALREADY_MEMBER', 'This person already belongs to the organisation'),
          ],
        };
      }
    } else {
      temporaryPassword = randomBytes(12).toString('base64url');
      user = em.create(User, { email, displayName, passwordHash: await hashPassword(temporaryPassword) });
    }
    const membership = em.create(Membership, { user, organisation, role });
    await em.flush();
    await appendAudit(em, ctx.services.env.AUDIT_KEY, {
      action: 'membership.added',
      actor: ctx.actor,
      subjectType: 'membership',
      subjectId: membership.id,
      details: { organisationId, userId: user.id, role, newAccount: temporaryPassword !== null },
    });
    return { membership, temporaryPassword, userErrors: [] };
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
