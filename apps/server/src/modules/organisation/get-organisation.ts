import { abilitiesFor, authorize, can } from '@opcat/domain';
import type { Actor, MonitoringRecordType } from '@opcat/domain';
import { Membership, Organisation } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import { isId } from '../ids.ts';

/** An organisation by id, or the organisation the viewer acts for when no id is given. */
export async function getOrganisation(
  ctx: OperationContext & { actor: Actor },
  id?: string | null,
): Promise<Organisation> {
  const organisationId = id ?? ctx.actingOrganisation?.organisationId;
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

/** What the viewer may do for this organisation: the UI shows only these (never re-derived from roles). */
export function organisationAbilities(ctx: OperationContext, organisation: Organisation) {
  const actor = ctx.actor;
  const organisationId = organisation.id;
  const creates = (recordType: MonitoringRecordType) =>
    can(actor, 'record:create', { ownerOrganisationId: organisationId, recordType });
  const membership = abilitiesFor(actor, ['organisation:readMembers', 'organisation:manageMembers'], {
    organisationId,
  });
  return {
    readMembers: membership.readMembers === true,
    manageMembers: membership.manageMembers === true,
    createPlace: creates('PLACE'),
    planVisit: creates('VISIT'),
    recordFinding: creates('FINDING'),
    issueRecommendation: creates('RECOMMENDATION'),
    reportReprisal: can(actor, 'reprisal:report', { organisationId }),
    readAuditLog: can(actor, 'audit:read', { organisationId }),
    readOutbox: can(actor, 'mail:readOutbox', { organisationId }),
    configureResponsePeriod:
      organisation.countryCode !== null &&
      organisation.kind === 'NPM' &&
      actor?.memberships.some((m) => m.organisationId === organisationId) === true &&
      can(actor, 'country:configureResponsePeriod', { countryCode: organisation.countryCode }),
  };
}
