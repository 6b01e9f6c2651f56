import { randomUUID } from 'node:crypto';
import { EntitySchema, OptionalProps } from '@mikro-orm/core';

export const EXPORT_JOB_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type ExportJobStatus = (typeof EXPORT_JOB_STATUSES)[number];

/**
 * A long list export run on the job queue: who asked (the file is theirs alone), what (list, format,
 * filters), its progress and, when done, the file itself (kept in PostgreSQL so any instance can
 * serve it). The job runs with the requester's read scope as it is when it runs.
 */
export class ExportJob {
  [OptionalProps]?:
    | 'id'
    | 'status'
    | 'rowsWritten'
    | 'totalRows'
    | 'rowCount'
    | 'content'
    | 'error'
    | 'createdAt'
    | 'finishedAt'
    | 'actingOrganisationId'
    | 'contentKeyId';
  id: string = randomUUID();
  requestedBy!: string;
  actingOrganisationId: string | null = null;
  list!: string;
  format!: 'csv' | 'xlsx';
  filter!: Record<string, unknown>;
  status: ExportJobStatus = 'QUEUED';
  rowsWritten: number = 0;
  /** The list's count when it started (capped at 1,000 like every count). */
  totalRows: number | null = null;
  rowCount: number | null = null;
  fileName!: string;
  /**
   * The finished file of a job written before decision 0043, sealed whole (decision 0030) under the
   * data key `contentKeyId`. Newer files are a sealed stream in `export_file_chunk` (null here).
   */
  content: Buffer | null = null;
  contentKeyId: string | null = null;
  error: string | null = null;
  createdAt: Date = new Date();
  finishedAt: Date | null = null;
}

export const ExportJobSchema = new EntitySchema<ExportJob>({
  class: ExportJob,
  indexes: [{ properties: ['requestedBy', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    requestedBy: { type: 'uuid' },
    actingOrganisationId: { type: 'uuid', nullable: true },
    list: { type: 'string', length: 40 },
    format: { type: 'string', length: 8 },
    filter: { type: 'json' },
    status: { enum: true, items: () => [...EXPORT_JOB_STATUSES] },
    rowsWritten: { type: 'integer' },
    totalRows: { type: 'integer', nullable: true },
    rowCount: { type: 'integer', nullable: true },
    fileName: { type: 'string', length: 120 },
    content: { type: 'blob', nullable: true, lazy: true },
    contentKeyId: { type: 'uuid', nullable: true },
    error: { type: 'string', length: 500, nullable: true },
    createdAt: { type: 'datetime' },
    finishedAt: { type: 'datetime', nullable: true },
  },
});

/**
 * One piece of a finished export's file (decision 0043): the file is sealed as a stream
 * (crypto/sealed-stream.ts, under the export job's `contentKeyId`) and stored in consecutive pieces
 * as it is written, so neither the job nor the download ever holds the whole file. A piece alone
 * means nothing: a changed, missing or reordered piece fails the stream's authentication.
 */
export class ExportFileChunk {
  exportJob!: ExportJob;
  seq!: number;
  content!: Buffer;
}

export const ExportFileChunkSchema = new EntitySchema<ExportFileChunk>({
  class: ExportFileChunk,
  properties: {
    exportJob: { kind: 'm:1', entity: () => ExportJob, primary: true, deleteRule: 'cascade' },
    seq: { type: 'integer', primary: true },
    content: { type: 'blob' },
  },
});

/**
 * A spreadsheet uploaded for import, kept until it is previewed and committed (GraphQL carries no
 * files). Only its uploader can use it.
 */
export class ImportUpload {
  [OptionalProps]?: 'id' | 'createdAt';
  id: string = randomUUID();
  uploadedBy!: string;
  fileName!: string;
  sizeBytes!: number;
  content!: Buffer;
  createdAt: Date = new Date();
}

export const ImportUploadSchema = new EntitySchema<ImportUpload>({
  class: ImportUpload,
  properties: {
    id: { type: 'uuid', primary: true },
    uploadedBy: { type: 'uuid', index: true },
    fileName: { type: 'string', length: 255 },
    sizeBytes: { type: 'integer' },
    content: { type: 'blob', lazy: true },
    createdAt: { type: 'datetime' },
  },
});
