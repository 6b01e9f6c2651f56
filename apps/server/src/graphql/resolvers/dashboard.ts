import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { resolveDashboard } from '../../modules/dashboard/dashboard-scope.ts';
import { recommendationFigures } from '../../modules/dashboard/recommendation-figures.ts';
import { findingFigures } from '../../modules/dashboard/finding-figures.ts';
import { actionFigures } from '../../modules/dashboard/action-figures.ts';
import * as lists from '../../modules/dashboard/dashboard-lists.ts';

export const dashboardResolvers: Resolvers = {
  Query: {
    dashboard: guarded((_, { scope }, ctx) => resolveDashboard(ctx, scope)),
  },
  Dashboard: {
    recommendations: (d, _, ctx) => recommendationFigures(ctx, d),
    findings: (d, _, ctx) => findingFigures(ctx, d),
    actions: (d, _, ctx) => actionFigures(ctx, d),
    discrepancies: (d, _, ctx) => lists.discrepancies(ctx, d),
    repeatedRecommendations: (d, _, ctx) => lists.repeatedRecommendations(ctx, d),
    overdueActions: (d, _, ctx) => lists.overdueActions(ctx, d),
  },
};
