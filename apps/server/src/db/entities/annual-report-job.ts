import { randomUUID } from 'node:crypto';
import { EntitySchema, OptionalProps } from '@mikro-orm/core';
import { EXPORT_JOB_STATUSES } from './export-job.ts';
import type { ExportJobStatus } from './export-job.ts';

/**
 * A large annual / thematic report of recommendations written on the job queue: who asked (the
 * file is theirs alone), what (format, language, filters), its progress and, when done, the file
 * (kept in PostgreSQL so any instance can serve it, purged after a retention period). The job runs
 * with the requester's read scope as it is when it runs.
 */
export class AnnualReportJob {
  [OptionalProps]?:
    | 'id'
    | 'status'
    | 'recordsRead'
    | 'totalRecords'
    | 'recordCount'
    | 'content'
    | 'error'
    | 'createdAt'
    | 'finishedAt'
    | 'actingOrganisationId'
    | 'contentKeyId';
  id: string = randomUUID();
  requestedBy!: string;
  actingOrganisationId: string | null = null;
  format!: 'pdf' | 'docx' | 'xlsx';
  /** A report language (modules/report/model.ts: REPORT_LANGUAGES). */
  language!: 'es' | 'en' | 'fr' | 'pt';
  filter!: Record<string, unknown>;
  status: ExportJobStatus = 'QUEUED';
  recordsRead: number = 0;
  /** How many recommendations the viewer reads under the filters when it started. */
  totalRecords: number | null = null;
  recordCount: number | null = null;
  fileName!: string;
  /**
   * The file, sealed at rest like evidence and exports (decisions 0030, 0043): it may hold personal
   * data. Sealed whole (a report is composed in memory before it is rendered) under `contentKeyId`.
   */
  content: Buffer | null = null;
  contentKeyId: string | null = null;
  error: string | null = null;
  createdAt: Date = new Date();
  finishedAt: Date | null = null;
}

export const AnnualReportJobSchema = new EntitySchema<AnnualReportJob>({
  class: AnnualReportJob,
  indexes: [{ properties: ['requestedBy', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    requestedBy: { type: 'uuid' },
    actingOrganisationId: { type: 'uuid', nullable: true },
    format: { type: 'string', length: 8 },
    language: { type: 'string', length: 4 },
    filter: { type: 'json' },
    status: { enum: true, items: () => [...EXPORT_JOB_STATUSES] },
    recordsRead: { type: 'integer' },
    totalRecords: { type: 'integer', nullable: true },
    recordCount: { type: 'integer', nullable: true },
    fileName: { type: 'string', length: 120 },
    content: { type: 'blob', nullable: true, lazy: true },
    contentKeyId: { type: 'uuid', nullable: true },
    error: { type: 'string', length: 500, nullable: true },
    createdAt: { type: 'datetime' },
    finishedAt: { type: 'datetime', nullable: true },
  },
});
