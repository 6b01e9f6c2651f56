import { abilitiesFor, authorize, can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Membership, Organisation } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import { isId } from '../ids.ts';

/** An organisation by id, or the viewer's first organisation when no id is given. */
export async function getOrganisation(
  ctx: OperationContext & { actor: Actor },
  id?: string | null,
): Promise<Organisation> {
  const organisationId = id ?? ctx.actor.memberships[0]?.organisationId;
  if (!organisationId || !isId(organisationId)) throw notFound();
  authorize(ctx.actor, 'organisation:read', { organisationId });
  const organisation = await ctx.em.findOne(Organisation, organisationId);
  if (!organisation) throw notFound();
  return organisation;
}

/** Members of an organisation, for its own members only; everyone else gets an empty list. */
export function listOrganisationMembers(ctx: OperationContext, organisation: Organisation): Promise<Membership[]> {
  if (!can(ctx.actor, 'organisation:readMembers', { organisationId: organisation.id })) return Promise.resolve([]);
  return ctx.em.find(
    Membership,
    { organisation: organisation.id },
    { populate: ['user'], orderBy: { user: { displayName: 'asc' } } },
  );
}

export function organisationAbilities(ctx: OperationContext, organisation: Organisation) {
  const abilities = abilitiesFor(ctx.actor, ['organisation:readMembers', 'organisation:manageMembers'], {
    organisationId: organisation.id,
  });
  return { readMembers: abilities.readMembers === true, manageMembers: abilities.manageMembers === true };
}
