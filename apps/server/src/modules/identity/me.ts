import type { Actor } from '@opcat/domain';
import { workingGroupListScope } from '@opcat/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership, Organisation, User } from '../../db/entities/identity.ts';
import { actingMembership } from '../../operation/build.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { MeModel } from './models.ts';
import { listWorkingGroups } from '../working-group/list-working-groups.ts';

export async function getMe(ctx: OperationContext): Promise<MeModel | null> {
  if (!ctx.actor) return null;
  return meFor(ctx.em, ctx.actor);
}

export async function meFor(em: EntityManager, actor: Actor): Promise<MeModel> {
  const user = await em.findOneOrFail(User, actor.userId);
  return { user, actor };
}

export function listMyMemberships(ctx: OperationContext, me: MeModel): Promise<Membership[]> {
  return ctx.em.find(Membership, { user: me.user.id }, { populate: ['organisation'], orderBy: { createdAt: 'asc' } });
}

export function listMyWorkingGroups(ctx: OperationContext, me: MeModel) {
  return listWorkingGroups(ctx.em, workingGroupListScope(me.actor));
}

/** The organisation the person acts for in this session (their first when they never chose). */
export async function myActingOrganisation(ctx: OperationContext, me: MeModel): Promise<Organisation | null> {
  const acting = actingMembership(me.actor);
  return acting ? ctx.em.findOne(Organisation, acting.organisationId) : null;
}
