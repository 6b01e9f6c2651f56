import { z } from 'zod';
import { can, FOLLOW_UP_KINDS } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { User } from '../../db/entities/identity.ts';
import { FollowUpActivity, Visit } from '../../db/entities/monitoring.ts';
import { loadReadable } from '../records/load-readable.ts';
import type { Recommendation } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { RecordFollowUpInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod, userError } from '../user-errors.ts';
import { todayUtc } from './dates.ts';
import { recommendationFacts } from './facts.ts';
import { loadRecommendationForChange } from './load-for-change.ts';
import { localDate, TEXT_MAX } from './recommendation-input.ts';

const input = z.object({
  recommendationId: z.string(),
  kind: z.enum(FOLLOW_UP_KINDS),
  happenedOn: localDate.refine((d) => d <= todayUtc(), 'The date cannot be in the future'),
  outcome: z.string().trim().max(TEXT_MAX).nullish(),
  visitId: z.string().nullish(),
});

type Result = { recommendation: Recommendation | null; userErrors: UserError[] };

/** The monitor records what it did to follow the recommendation up (visit, meeting, request…). */
export async function recordFollowUp(
  ctx: OperationContext & { actor: Actor },
  raw: RecordFollowUpInput,
): Promise<Result> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { recommendation: null, userErrors: fromZod(parsed.error) };
  const { recommendationId, kind, happenedOn, outcome, visitId } = parsed.data;
  return ctx.em.transactional(async (tx): Promise<Result> => {
    const recommendation = await loadRecommendationForChange(ctx, tx, recommendationId);
    if (!can(ctx.actor, 'recommendation:assess', recommendationFacts(recommendation))) {
      return {
        recommendation: null,
        userErrors: [
          userError(['input', 'recommendationId'], 'FORBIDDEN_CHANGE', 'Only the issuing organisation follows up'),
        ],
      };
    }
    if (happenedOn < recommendation.issuedOn) {
      return {
        recommendation: null,
        userErrors: [userError(['input', 'happenedOn'], 'INVALID', 'The follow-up cannot precede the recommendation')],
      };
    }
    // The follow-up visit record, through the read scope: an unreadable one is NOT_FOUND like a random id.
    const visit = visitId ? await loadReadable(ctx, Visit, visitId) : null;
    tx.create(FollowUpActivity, {
      recommendation,
      visit: visit ? tx.getReference(Visit, visit.id) : null,
      kind,
      happenedOn,
      outcome: outcome ?? '',
      recordedBy: tx.getReference(User, ctx.actor.userId),
    });
    await tx.flush();
    return { recommendation, userErrors: [] };
  });
}
