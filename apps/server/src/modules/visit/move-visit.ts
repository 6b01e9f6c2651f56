import { authorize, canMoveVisit } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import type { Visit } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { MoveVisitInput, UserError } from '../../__generated__/resolvers-types.ts';
import { recordFacts } from '../records/facts.ts';
import { loadForChange } from '../records/load-for-change.ts';
import { fromZod, userError } from '../user-errors.ts';
import { moveVisitInput } from './visit-input.ts';

type Result = { visit: Visit | null; userErrors: UserError[] };

/** Moves a visit one step along PLANNED → … → CLOSED (or one step back to correct a mistake). */
export async function moveVisit(ctx: OperationContext & { actor: Actor }, raw: MoveVisitInput): Promise<Result> {
  const parsed = moveVisitInput.safeParse(raw);
  if (!parsed.success) return { visit: null, userErrors: fromZod(parsed.error) };
  const { id, status } = parsed.data;
  return ctx.em.transactional(async (tx): Promise<Result> => {
    const visit = (await loadForChange(ctx, tx, 'VISIT', id)) as Visit;
    authorize(ctx.actor, 'record:update', recordFacts(visit));
    if (!canMoveVisit(visit.status, status)) {
      return {
        visit: null,
        userErrors: [
          userError(['input', 'status'], 'INVALID_TRANSITION', `A visit cannot move from ${visit.status} to ${status}`),
        ],
      };
    }
    visit.status = status;
    return { visit, userErrors: [] };
  });
}
