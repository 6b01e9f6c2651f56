import type { RecommendationFacts } from '@opcat/domain';
import type { Recommendation } from '../../db/entities/monitoring.ts';
import { recordFacts } from '../records/facts.ts';

/** The policy's view of a recommendation: its record facts plus the authority it is addressed to. */
export function recommendationFacts(recommendation: Recommendation): RecommendationFacts {
  return { ...recordFacts(recommendation), addresseeOrganisationId: recommendation.addressee.id };
}
