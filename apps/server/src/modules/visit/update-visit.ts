import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Place } from '../../db/entities/monitoring.ts';
import type { Visit } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { UpdateVisitInput, UserError } from '../../__generated__/resolvers-types.ts';
import { recordFacts } from '../records/facts.ts';
import { loadForChange } from '../records/load-for-change.ts';
import { readableAmong } from '../records/load-readable.ts';
import { fromZod, userError } from '../user-errors.ts';
import { datesInOrder, updateVisitInput } from './visit-input.ts';
import { checkTeam, replaceTeam } from './visit-team.ts';
import { notifyNamed } from '../notification/deliver.ts';

type Result = { visit: Visit | null; userErrors: UserError[] };

/** Edits a visit (owner EDITOR/ADMIN). `placeIds` and `team` replace the whole list. */
export async function updateVisit(ctx: OperationContext & { actor: Actor }, raw: UpdateVisitInput): Promise<Result> {
  const parsed = updateVisitInput.safeParse(raw);
  if (!parsed.success) return { visit: null, userErrors: fromZod(parsed.error) };
  const input = parsed.data;
  return ctx.em.transactional(async (tx): Promise<Result> => {
    const visit = (await loadForChange(ctx, tx, 'VISIT', input.id)) as Visit;
    authorize(ctx.actor, 'record:update', recordFacts(visit));
    if (input.expectedVersion != null && input.expectedVersion !== visit.version) {
      return {
        visit: null,
        userErrors: [userError(['input', 'expectedVersion'], 'CONFLICT', 'The visit was changed meanwhile')],
      };
    }
    const startDate = input.startDate ?? visit.startDate;
    const endDate = input.endDate ?? visit.endDate;
    if (!datesInOrder({ startDate, endDate })) {
      return {
        visit: null,
        userErrors: [userError(['input', 'endDate'], 'INVALID', 'The visit cannot end before it starts')],
      };
    }
    if (input.placeIds) {
      const places = await readableAmong({ ...ctx, em: tx }, Place, input.placeIds);
      if (places.length !== input.placeIds.length) {
        return { visit: null, userErrors: [userError(['input', 'placeIds'], 'NOT_FOUND', 'Unknown place')] };
      }
      // Places the editor cannot see stay on the visit: nobody removes what they were never shown.
      await visit.places.init();
      const shown = await readableAmong(
        { ...ctx, em: tx },
        Place,
        visit.places.getItems().map((p) => p.id),
      );
      const hidden = visit.places.getItems().filter((p) => !shown.includes(p));
      visit.places.set([...places, ...hidden]);
    }
    if (input.team) {
      const teamErrors = await checkTeam(tx, visit.ownerOrganisation.id, input.team);
      if (teamErrors.length) return { visit: null, userErrors: teamErrors };
      const added = await replaceTeam(tx, visit, input.team);
      await notifyNamed(ctx, tx, 'VISIT_TEAM_ADDED', 'VISIT', visit.id, added);
    }
    if (input.type) visit.type = input.type;
    if (input.announced != null) visit.announced = input.announced;
    visit.startDate = startDate;
    visit.endDate = endDate;
    if (input.objectives != null) visit.objectives = input.objectives;
    // Changing only places or team must still move the version on.
    visit.updatedAt = new Date();
    return { visit, userErrors: [] };
  });
}
