import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { Organisation, User } from '../../db/entities/identity.ts';
import { loadReference } from '../../modules/load-reference.ts';
import { shareableFields } from './records.ts';
import { readableCoEditedText } from '../../modules/co-editing/live-document.ts';
import { getRecommendation, listRecommendations } from '../../modules/recommendation/list-recommendations.ts';
import { getResponsePeriod, setResponsePeriod } from '../../modules/recommendation/response-period.ts';
import { issueRecommendation } from '../../modules/recommendation/issue-recommendation.ts';
import { updateRecommendation } from '../../modules/recommendation/update-recommendation.ts';
import { adoptRecommendationDraft } from '../../modules/recommendation/adopt-draft.ts';
import { recordAuthorityResponse } from '../../modules/recommendation/record-authority-response.ts';
import { recordImplementationStatus } from '../../modules/recommendation/record-implementation-status.ts';
import { recordFollowUp } from '../../modules/recommendation/record-follow-up.ts';
import { followUpVisit } from '../../modules/visit/visit-recommendations.ts';
import * as fields from '../../modules/recommendation/recommendation-fields.ts';

export const recommendationResolvers: Resolvers = {
  Query: {
    recommendations: guarded((_, args, ctx) => listRecommendations(ctx, args)),
    recommendation: guarded((_, { id }, ctx) => getRecommendation(ctx, id)),
    responsePeriod: guarded((_, { countryCode }, ctx) => getResponsePeriod(ctx, countryCode)),
  },
  Mutation: {
    issueRecommendation: guarded((_, { input }, ctx) => issueRecommendation(ctx, input)),
    updateRecommendation: guarded((_, { input }, ctx) => updateRecommendation(ctx, input)),
    adoptRecommendationDraft: guarded((_, { input }, ctx) => adoptRecommendationDraft(ctx, input)),
    recordAuthorityResponse: guarded((_, { input }, ctx) => recordAuthorityResponse(ctx, input)),
    recordImplementationStatus: guarded((_, { input }, ctx) => recordImplementationStatus(ctx, input)),
    recordFollowUp: guarded((_, { input }, ctx) => recordFollowUp(ctx, input)),
    setResponsePeriod: guarded((_, { input }, ctx) => setResponsePeriod(ctx, input)),
  },
  Recommendation: {
    ...shareableFields,
    draftText: (r, _, ctx) => readableCoEditedText(ctx, 'recommendation', r),
    addressee: (r, _, ctx) => loadReference(ctx, Organisation, r.addressee),
    responseOverdue: (r, _, ctx) => fields.responseOverdue(ctx, r),
    findings: (r, _, ctx) => fields.linkedFindings(ctx, r),
    places: (r, _, ctx) => fields.linkedPlaces(ctx, r),
    repeats: (r, _, ctx) => fields.repeatedRecommendation(ctx, r),
    history: (r, _, ctx) => fields.statusHistory(ctx, r),
    responses: (r, _, ctx) => fields.authorityResponses(ctx, r),
    followUps: (r, _, ctx) => fields.followUps(ctx, r),
    viewerCanRespond: (r, _, ctx) => fields.viewerCanRespond(ctx, r),
    viewerCanAssess: (r, _, ctx) => fields.viewerCanAssess(ctx, r),
  },
  RecommendationStatusEntry: {
    recordedBy: (entry, _, ctx) => loadReference(ctx, User, entry.recordedBy),
  },
  AuthorityResponse: {
    authorOrganisation: (response, _, ctx) => loadReference(ctx, Organisation, response.authorOrganisation),
    recordedBy: (response, _, ctx) => loadReference(ctx, User, response.recordedBy),
  },
  FollowUpActivity: {
    recordedBy: (followUp, _, ctx) => loadReference(ctx, User, followUp.recordedBy),
    visit: (followUp, _, ctx) => followUpVisit(ctx, followUp),
  },
};
