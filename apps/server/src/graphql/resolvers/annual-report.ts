import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import {
  annualReportJobDownloadUrl,
  getAnnualReportJob,
  requestAnnualReport,
} from '../../modules/annual-report/annual-report-job.ts';
import { previewAnnualReport } from '../../modules/annual-report/preview.ts';

const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

export const annualReportResolvers: Resolvers = {
  Query: {
    annualReportPreview: guarded((_, { filter }, ctx) => previewAnnualReport(ctx, filter ?? {})),
    annualReportJob: guarded((_, { id }, ctx) => getAnnualReportJob(ctx, id)),
  },
  Mutation: {
    requestAnnualReport: guarded((_, { input }, ctx) =>
      requestAnnualReport(ctx, {
        filter: input.filter ?? {},
        format: lower(input.format),
        language: lower(input.language),
      }),
    ),
  },
  AnnualReportJob: {
    format: (job) => (job.format === 'pdf' ? 'PDF' : job.format === 'docx' ? 'DOCX' : 'XLSX'),
    language: (job) => (job.language === 'en' ? 'EN' : 'ES'),
    downloadUrl: (job) => (job.status === 'DONE' ? annualReportJobDownloadUrl(job) : null),
  },
};
