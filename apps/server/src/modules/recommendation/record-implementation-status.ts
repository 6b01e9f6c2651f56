import { z } from 'zod';
import { can, IMPLEMENTATION_STATUSES, STATUS_PERSPECTIVES } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { User } from '../../db/entities/identity.ts';
import { RecommendationStatusEntry } from '../../db/entities/monitoring.ts';
import type { Recommendation } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { RecordImplementationStatusInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod, userError } from '../user-errors.ts';
import { todayUtc } from './dates.ts';
import { recommendationFacts } from './facts.ts';
import { loadRecommendationForChange } from './load-for-change.ts';
import { localDate, NOTE_MAX } from './recommendation-input.ts';
import { notify, occurrenceKey } from '../notification/deliver.ts';

const input = z.object({
  recommendationId: z.string(),
  perspective: z.enum(STATUS_PERSPECTIVES),
  status: z.enum(IMPLEMENTATION_STATUSES),
  effectiveOn: localDate.refine((d) => d <= todayUtc(), 'The date cannot be in the future'),
  note: z.string().trim().max(NOTE_MAX).nullish(),
});

type Result = { recommendation: Recommendation | null; userErrors: UserError[] };

/**
 * Implementation is tracked twice, side by side: as the addressee authority reports it and as the
 * monitor assesses it. Each call appends a dated history entry; earlier entries are never changed.
 */
export async function recordImplementationStatus(
  ctx: OperationContext & { actor: Actor },
  raw: RecordImplementationStatusInput,
): Promise<Result> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { recommendation: null, userErrors: fromZod(parsed.error) };
  const { recommendationId, perspective, status, effectiveOn, note } = parsed.data;
  return ctx.em.transactional(async (tx): Promise<Result> => {
    const recommendation = await loadRecommendationForChange(ctx, tx, recommendationId);
    const facts = recommendationFacts(recommendation);
    const allowed =
      perspective === 'STATE_REPORTED'
        ? can(ctx.actor, 'recommendation:reportStateStatus', facts)
        : can(ctx.actor, 'recommendation:assess', facts);
    if (!allowed) {
      const message =
        perspective === 'STATE_REPORTED'
          ? 'Only the addressee authority reports its implementation'
          : 'Only the issuing organisation assesses implementation';
      return { recommendation: null, userErrors: [userError(['input', 'perspective'], 'FORBIDDEN_CHANGE', message)] };
    }
    if (effectiveOn < recommendation.issuedOn) {
      return {
        recommendation: null,
        userErrors: [userError(['input', 'effectiveOn'], 'INVALID', 'The date cannot precede the recommendation')],
      };
    }
    const newer = await tx.count(RecommendationStatusEntry, {
      recommendation: recommendation.id,
      kind: perspective,
      effectiveOn: { $gt: effectiveOn },
    });
    tx.create(RecommendationStatusEntry, {
      recommendation,
      kind: perspective,
      value: status,
      effectiveOn,
      note: note ?? '',
      recordedBy: tx.getReference(User, ctx.actor.userId),
    });
    // The current status is the latest by effective date; a back-dated entry only adds history.
    if (newer === 0) {
      if (perspective === 'STATE_REPORTED') recommendation.stateStatus = status;
      else recommendation.monitorStatus = status;
    }
    recommendation.updatedAt = new Date();
    await tx.flush();
    const event = perspective === 'STATE_REPORTED' ? 'STATE_STATUS_REPORTED' : 'MONITOR_STATUS_ASSESSED';
    await notify(ctx, tx, {
      event,
      eventKey: occurrenceKey(event, recommendation.id),
      subjectType: 'RECOMMENDATION',
      subjectId: recommendation.id,
    });
    return { recommendation, userErrors: [] };
  });
}
