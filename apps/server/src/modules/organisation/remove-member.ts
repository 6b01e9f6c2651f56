import type { Actor } from '@opcat/domain';
import { Session } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { RemoveMemberInput, UserError } from '../../__generated__/resolvers-types.ts';
import { userError } from '../user-errors.ts';
import { loadMembershipForAdmin } from './load-membership-for-admin.ts';
import { appendAudit } from '../audit/append-audit.ts';

/**
 * Removes a member. Their sessions are revoked and their open connections closed on every
 * instance, so what they could see through this organisation stops at once.
 */
export async function removeMember(
  ctx: OperationContext & { actor: Actor },
  raw: RemoveMemberInput,
): Promise<{ removedMembershipId: string | null; userErrors: UserError[] }> {
  const result = await ctx.em.transactional(async (em) => {
    const { membership, adminCount } = await loadMembershipForAdmin(em, ctx.actor, raw.membershipId);
    if (membership.role === 'ADMIN' && adminCount <= 1) {
      return {
        removed: null,
        userErrors: [
          userError(['input', 'membershipId'], 'LAST_ADMIN', 'The organisation needs at least one administrator'),
        ],
      };
    }
    const removed = { id: membership.id, organisationId: membership.organisation.id, userId: membership.user.id };
    em.remove(membership);
    await em.nativeUpdate(Session, { user: removed.userId, revokedAt: null }, { revokedAt: new Date() });
    await em.flush();
    await appendAudit(em, ctx.services.env.AUDIT_KEY, {
      action: 'membership.removed',
      actor: ctx.actor,
      subjectType: 'membership',
      subjectId: removed.id,
      details: { organisationId: removed.organisationId, userId: removed.userId, role: membership.role },
    });
    return { removed, userErrors: [] };
  });
  if (!result.removed) return { removedMembershipId: null, userErrors: result.userErrors };
  const { id, organisationId, userId } = result.removed;
  await ctx.services.bus.publish('revoke', { userId });
  await ctx.services.bus.publish('membership', { organisationId, membershipId: id, kind: 'REMOVED' });
  return { removedMembershipId: id, userErrors: [] };
}
