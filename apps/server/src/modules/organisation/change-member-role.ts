import { z } from 'zod';
import { ROLES } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import type { Membership } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { ChangeMemberRoleInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod, userError } from '../user-errors.ts';
import { loadMembershipForAdmin } from './load-membership-for-admin.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { notify, occurrenceKey } from '../notification/deliver.ts';

const input = z.object({ membershipId: z.string(), role: z.enum(ROLES) });

export async function changeMemberRole(
  ctx: OperationContext & { actor: Actor },
  raw: ChangeMemberRoleInput,
): Promise<{ membership: Membership | null; userErrors: UserError[] }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { membership: null, userErrors: fromZod(parsed.error) };
  const result = await ctx.em.transactional(async (em) => {
    const { membership, adminCount } = await loadMembershipForAdmin(em, ctx.actor, parsed.data.membershipId);
    if (membership.role === 'ADMIN' && parsed.data.role !== 'ADMIN' && adminCount <= 1) {
      return {
        membership: null,
        userErrors: [userError(['input', 'role'], 'LAST_ADMIN', 'The organisation needs at least one administrator')],
      };
    }
    const from = membership.role;
    membership.role = parsed.data.role;
    await em.flush();
    if (from !== membership.role) {
      await notify(ctx, em, {
        event: 'ROLE_CHANGED',
        eventKey: occurrenceKey('ROLE_CHANGED', membership.id),
        subjectType: 'MEMBERSHIP',
        subjectId: membership.id,
        audienceUserIds: [membership.user.id],
      });
    }
    await appendAudit(em, ctx.services.env.AUDIT_KEY, {
      action: 'membership.roleChanged',
      actor: ctx.actor,
      subjectType: 'membership',
      subjectId: membership.id,
      details: { organisationId: membership.organisation.id, userId: membership.user.id, from, to: membership.role },
    });
    return { membership, userErrors: [] };
  });
  if (result.membership) {
    await ctx.services.bus.publish('membership', {
      organisationId: result.membership.organisation.id,
      membershipId: result.membership.id,
      kind: 'ROLE_CHANGED',
    });
  }
  return result;
}
