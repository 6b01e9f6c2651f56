import { can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { documentNameFor } from '../co-editing/documents.ts';
import { Recommendation } from '../../db/entities/monitoring.ts';
import { notFound } from '../../errors.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { AdoptRecommendationDraftInput } from '../../__generated__/resolvers-types.ts';
import { renderLiveDocument } from '../co-editing/live-document.ts';
import { recordFacts } from '../records/facts.ts';
import { findReadable } from '../records/load-readable.ts';
import { userError } from '../user-errors.ts';
import { updateRecommendation } from './update-recommendation.ts';

/**
 * The co-edited draft becomes the recommendation's text, as the draft reads on the server now
 * (live edits included). The draft is read only once the policy allows the change.
 */
export async function adoptRecommendationDraft(
  ctx: OperationContext & { actor: Actor },
  input: AdoptRecommendationDraftInput,
): ReturnType<typeof updateRecommendation> {
  const recommendation = await findReadable(ctx, Recommendation, input.recommendationId);
  if (!recommendation) throw notFound();
  await ctx.em.populate(recommendation, ['ownerOrganisation']);
  const field = (code: 'FORBIDDEN_CHANGE' | 'INVALID', message: string) => ({
    recommendation: null,
    userErrors: [userError(['input', 'recommendationId'], code, message)],
  });
  if (!can(ctx.actor, 'record:update', recordFacts(recommendation))) {
    return field('FORBIDDEN_CHANGE', 'Only the issuing organisation edits this recommendation');
  }
  const draft = await renderLiveDocument(ctx, documentNameFor('recommendation', recommendation.id));
  const text = draft.text.trim();
  if (!text) return field('INVALID', 'The draft is empty');
  return updateRecommendation(ctx, { id: recommendation.id, text, expectedVersion: input.expectedVersion });
}
