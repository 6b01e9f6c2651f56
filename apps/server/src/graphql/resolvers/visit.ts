import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { shareableFields } from './records.ts';
import { getVisit, listVisits, teamMemberUser, visitFindings, visitTeam } from '../../modules/visit/list-visits.ts';
import { visitPlaces } from '../../modules/visit/visit-fields.ts';
import { visitRecommendations } from '../../modules/visit/visit-recommendations.ts';
import { moveVisit } from '../../modules/visit/move-visit.ts';
import { planVisit } from '../../modules/visit/plan-visit.ts';
import { updateVisit } from '../../modules/visit/update-visit.ts';

export const visitResolvers: Resolvers = {
  Query: {
    visits: guarded((_, { filter, limit, after }, ctx) => listVisits(ctx, filter, limit, after)),
    visit: guarded((_, { id }, ctx) => getVisit(ctx, id)),
  },
  Mutation: {
    planVisit: guarded((_, { input }, ctx) => planVisit(ctx, input)),
    updateVisit: guarded((_, { input }, ctx) => updateVisit(ctx, input)),
    moveVisit: guarded((_, { input }, ctx) => moveVisit(ctx, input)),
  },
  Visit: {
    ...shareableFields,
    places: (visit, _, ctx) => visitPlaces(ctx, visit),
    team: (visit, _, ctx) => visitTeam(ctx, visit),
    findings: (visit, args, ctx) => visitFindings(ctx, visit, args),
    recommendations: (visit, args, ctx) => visitRecommendations(ctx, visit, args),
  },
  VisitTeamMember: {
    user: (member, _, ctx) => teamMemberUser(ctx, member),
  },
};
