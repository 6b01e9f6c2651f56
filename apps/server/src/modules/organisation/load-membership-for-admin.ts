import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Membership } from '../../db/entities/identity.ts';
import { notFound } from '../../errors.ts';
import { isId } from '../ids.ts';

/**
 * Loads a membership an ADMIN wants to change, locking the organisation's memberships so two
 * admins cannot both demote each other and leave the organisation without one.
 */
export async function loadMembershipForAdmin(
  em: EntityManager,
  actor: Actor,
  membershipId: string,
): Promise<{ membership: Membership; adminCount: number }> {
  if (!isId(membershipId)) throw notFound();
  const membership = await em.findOne(Membership, membershipId, { populate: ['organisation', 'user'] });
  if (!membership) throw notFound();
  authorize(actor, 'organisation:manageMembers', { organisationId: membership.organisation.id });
  const all = await em.find(
    Membership,
    { organisation: membership.organisation.id },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  return { membership, adminCount: all.filter((m) => m.role === 'ADMIN').length };
}
