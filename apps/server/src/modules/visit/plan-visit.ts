import { membershipIn } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { User } from '../../db/entities/identity.ts';
import { Place, Visit } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { PlanVisitInput, UserError } from '../../__generated__/resolvers-types.ts';
import { readableAmong } from '../records/load-readable.ts';
import { newRecordOwnership } from '../records/new-record.ts';
import { fromZod, userError } from '../user-errors.ts';
import { planVisitInput } from './visit-input.ts';
import { checkTeam, replaceTeam } from './visit-team.ts';
import { notifyNamed } from '../notification/deliver.ts';

type Result = { visit: Visit | null; userErrors: UserError[] };

/**
 * Plans a visit for an organisation the actor edits for. Every place must be one the actor can
 * read; the State concerned is the owner's country, or the first place's for international bodies.
 */
export async function planVisit(ctx: OperationContext & { actor: Actor }, raw: PlanVisitInput): Promise<Result> {
  const parsed = planVisitInput.safeParse(raw);
  if (!parsed.success) return { visit: null, userErrors: fromZod(parsed.error) };
  const input = parsed.data;
  return ctx.em.transactional(async (tx): Promise<Result> => {
    const places = await readableAmong({ ...ctx, em: tx }, Place, input.placeIds);
    if (places.length !== input.placeIds.length) {
      return { visit: null, userErrors: [userError(['input', 'placeIds'], 'NOT_FOUND', 'Unknown place')] };
    }
    const ownerOrganisationId = input.ownerOrganisationId ?? ctx.actor.memberships[0]?.organisationId ?? null;
    const firstPlace = places.find((p) => p.id === input.placeIds[0]);
    const countryCode =
      (ownerOrganisationId ? membershipIn(ctx.actor, ownerOrganisationId)?.countryCode : null) ??
      firstPlace?.countryCode ??
      null;
    const ownership = await newRecordOwnership(tx, ctx, {
      recordType: 'VISIT',
      ownerOrganisationId,
      // The SDL promises ORGANISATION by default, even when a working group is named.
      classification: input.classification ?? 'ORGANISATION',
      workingGroupId: input.workingGroupId,
      countryCode,
    });
    if (Array.isArray(ownership)) return { visit: null, userErrors: ownership };
    const team = input.team ?? [];
    const teamErrors = await checkTeam(tx, ownership.ownerOrganisation.id, team);
    if (teamErrors.length) return { visit: null, userErrors: teamErrors };

    const visit = tx.create(Visit, {
      ...ownership,
      countryCode,
      type: input.type,
      announced: input.announced,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      objectives: input.objectives ?? '',
      createdBy: tx.getReference(User, ctx.actor.userId),
    });
    visit.places.set(places);
    await notifyNamed(ctx, tx, 'VISIT_TEAM_ADDED', 'VISIT', visit.id, await replaceTeam(tx, visit, team));
    return { visit, userErrors: [] };
  });
}
