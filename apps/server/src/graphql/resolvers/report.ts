import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { availableReportVersions, previewVisitReport } from '../../modules/report/preview.ts';
import { getVisitReportTexts, updateVisitReportTexts } from '../../modules/report/report-texts.ts';

export const reportResolvers: Resolvers = {
  Query: {
    visitReport: guarded((_, args, ctx) => previewVisitReport(ctx, args)),
    availableReportVersions: guarded((_, { visitId }, ctx) => availableReportVersions(ctx, visitId)),
    visitReportTexts: guarded((_, { visitId }, ctx) => getVisitReportTexts(ctx, visitId)),
  },
  Mutation: {
    updateVisitReportTexts: guarded((_, { input }, ctx) => updateVisitReportTexts(ctx, input)),
  },
};
