import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { exportJobDownloadUrl, getExportJob, requestExport } from '../../modules/exports/export-job.ts';
import { exportListOf, exportRequestInput } from '../../modules/exports/graphql-names.ts';

export const exportResolvers: Resolvers = {
  Query: {
    exportJob: guarded((_, { id }, ctx) => getExportJob(ctx, id)),
  },
  Mutation: {
    requestExport: guarded((_, { input }, ctx) => requestExport(ctx, exportRequestInput(input))),
  },
  ExportJob: {
    list: (job) => exportListOf(job.list),
    format: (job) => (job.format === 'csv' ? 'CSV' : 'XLSX'),
    downloadUrl: (job) => (job.status === 'DONE' ? exportJobDownloadUrl(job) : null),
  },
};
