import { z } from 'zod';
import { ACCEPTANCES, can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Organisation, User } from '../../db/entities/identity.ts';
import { AuthorityResponse, RecommendationStatusEntry } from '../../db/entities/monitoring.ts';
import type { Recommendation } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { RecordAuthorityResponseInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod, userError } from '../user-errors.ts';
import { todayUtc } from './dates.ts';
import { recommendationFacts } from './facts.ts';
import { loadRecommendationForChange } from './load-for-change.ts';
import { localDate, NOTE_MAX, TEXT_MAX } from './recommendation-input.ts';
import { scheduleResponseDeadlines } from '../notification/deadlines.ts';

const input = z.object({
  recommendationId: z.string(),
  respondedOn: localDate.refine((d) => d <= todayUtc(), 'The response date cannot be in the future'),
  text: z.string().trim().min(1).max(TEXT_MAX),
  acceptance: z.enum(ACCEPTANCES),
  proposedTimeline: z.string().trim().max(NOTE_MAX).nullish(),
});

type Result = { recommendation: Recommendation | null; userErrors: UserError[] };

/**
 * The addressee authority answers (art. 22 OPCAT): the response is kept, the acceptance becomes
 * that of the latest response, and the history gains an entry dated the day it responded.
 */
export async function recordAuthorityResponse(
  ctx: OperationContext & { actor: Actor },
  raw: RecordAuthorityResponseInput,
): Promise<Result> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { recommendation: null, userErrors: fromZod(parsed.error) };
  const { recommendationId, respondedOn, text, acceptance, proposedTimeline } = parsed.data;
  return ctx.em.transactional(async (tx): Promise<Result> => {
    const recommendation = await loadRecommendationForChange(ctx, tx, recommendationId);
    if (!can(ctx.actor, 'recommendation:respond', recommendationFacts(recommendation))) {
      return {
        recommendation: null,
        userErrors: [
          userError(['input', 'recommendationId'], 'FORBIDDEN_CHANGE', 'Only the addressee authority responds'),
        ],
      };
    }
    if (respondedOn < recommendation.issuedOn) {
      return {
        recommendation: null,
        userErrors: [userError(['input', 'respondedOn'], 'INVALID', 'The response cannot precede the recommendation')],
      };
    }
    // A late-recorded older response does not override a newer position.
    const newer = await tx.count(AuthorityResponse, {
      recommendation: recommendation.id,
      respondedOn: { $gt: respondedOn },
    });
    const recordedBy = tx.getReference(User, ctx.actor.userId);
    tx.create(AuthorityResponse, {
      recommendation,
      authorOrganisation: tx.getReference(Organisation, recommendation.addressee.id),
      respondedOn,
      text,
      acceptance,
      proposedTimeline: proposedTimeline ?? '',
      recordedBy,
    });
    tx.create(RecommendationStatusEntry, {
      recommendation,
      kind: 'ACCEPTANCE',
      value: acceptance,
      effectiveOn: respondedOn,
      recordedBy,
    });
    if (newer === 0) recommendation.acceptance = acceptance;
    recommendation.updatedAt = new Date();
    await tx.flush();
    // Answered: the reminders still pending are removed (a reminder that runs anyway finds it answered).
    await scheduleResponseDeadlines(ctx, tx, recommendation, true);
    return { recommendation, userErrors: [] };
  });
}
