import type { Actor } from '@opcat/domain';
import { workingGroupListScope } from '@opcat/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership, User } from '../../db/entities/identity.ts';
import type { GraphQLContext } from '../../graphql/context.ts';
import { listWorkingGroups } from '../working-group/list-working-groups.ts';

/** What the `Me` type resolves from: the person and the policy facts of their session. */
export interface MeModel {
  user: User;
  actor: Actor;
}

export async function getMe(ctx: GraphQLContext): Promise<MeModel | null> {
  if (!ctx.actor) return null;
  return meFor(ctx.em, ctx.actor);
}

export async function meFor(em: EntityManager, actor: Actor): Promise<MeModel> {
  const user = await em.findOneOrFail(User, actor.userId);
  return { user, actor };
}

export function listMyMemberships(ctx: GraphQLContext, me: MeModel): Promise<Membership[]> {
  return ctx.em.find(Membership, { user: me.user.id }, { populate: ['organisation'], orderBy: { createdAt: 'asc' } });
}

export function listMyWorkingGroups(ctx: GraphQLContext, me: MeModel) {
  return listWorkingGroups(ctx.em, workingGroupListScope(me.actor));
}
