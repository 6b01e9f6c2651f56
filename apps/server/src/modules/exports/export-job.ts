import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ExportJob } from '../../db/entities/export-job.ts';
import { logger } from '../../logger.ts';
import { buildOperationContext } from '../../operation/build.ts';
import type { OperationContext } from '../../operation/context.ts';
import { asAppError, notFound, unauthenticated } from '../../errors.ts';
import type { ExportFormat, ExportListName } from './filters.ts';
import { isId } from '../ids.ts';
import { userError } from '../user-errors.ts';
import type { UserError } from '../../__generated__/resolvers-types.ts';
import { loadExportRequester } from './job-actor.ts';
import { exportFileName, parseExportRequest, writeExport } from './run-export.ts';
import type { ExportRequest } from './run-export.ts';
import { EXPORT_PAGE, exportSource } from './sources.ts';

/** Lists longer than this are exported by a job with progress (counts stop at 1,000). */
export const LONG_EXPORT_ROWS = 1000;

/** Where the file of a finished job is downloaded (by its requester only). */
export function exportJobDownloadUrl(job: Pick<ExportJob, 'id'>): string {
  return `/api/exports/jobs/${job.id}`;
}

/** The direct download of a short export. */
export function exportDownloadUrl(request: ExportRequest): string {
  const query = new URLSearchParams({ filter: JSON.stringify(request.filter) });
  return `/api/exports/${request.list}.${request.format}?${query.toString()}`;
}

/**
 * Whether a list is long: the capped count of the same read-scoped query, "1,000 or more" (read
 * before any row: the cursor is not even opened).
 */
async function isLong(ctx: OperationContext, request: ExportRequest): Promise<boolean> {
  const pages = exportSource(request.list, request.filter).pages(ctx, { count: true });
  try {
    const first = await pages.next();
    if (first.done) return false;
    const { totalCount, rows } = first.value;
    return totalCount === undefined ? rows.length >= EXPORT_PAGE : totalCount >= LONG_EXPORT_ROWS;
  } finally {
    await pages.return(undefined); // ends a source's cursor
  }
}

export interface RequestedExport {
  downloadUrl: string | null;
  job: ExportJob | null;
  userErrors: UserError[];
}

/**
 * Starts an export: a short list is a direct download link (the route streams it); a long one is a
 * job row and a queued job, both in one transaction, followed with `exportJob`.
 */
export async function requestExport(
  ctx: OperationContext,
  input: { list: ExportListName; format: ExportFormat; filter: unknown },
): Promise<RequestedExport> {
  if (!ctx.actor) throw unauthenticated();
  let request: ExportRequest;
  try {
    request = parseExportRequest(input.list, input.format, input.filter);
  } catch (error) {
    const app = asAppError(error);
    if (app?.code !== 'BAD_REQUEST') throw error;
    return { downloadUrl: null, job: null, userErrors: [userError(['input', 'filter'], 'INVALID', app.message)] };
  }
  if (!(await isLong(ctx, request))) return { downloadUrl: exportDownloadUrl(request), job: null, userErrors: [] };
  const actor = ctx.actor;
  const job = await ctx.em.transactional(async (tx) => {
    const created = tx.create(ExportJob, {
      requestedBy: actor.userId,
      actingOrganisationId: ctx.actingOrganisation?.organisationId ?? null,
      list: request.list,
      format: request.format,
      filter: request.filter as Record<string, unknown>,
      fileName: exportFileName(request),
    });
    await tx.flush();
    await ctx.services.jobs.enqueue(tx as EntityManager, 'exports.run', { exportJobId: created.id });
    return created;
  });
  return { downloadUrl: null, job, userErrors: [] };
}

/** One of the viewer's jobs; anyone else's (or none) is NOT_FOUND. */
export async function getExportJob(ctx: OperationContext, id: string): Promise<ExportJob> {
  if (!ctx.actor || !isId(id)) throw notFound();
  const job = await ctx.em.findOne(ExportJob, { id, requestedBy: ctx.actor.userId });
  if (!job) throw notFound();
  return job;
}

/** The file's pieces in order, one statement a piece (a piece is at most FILE_PIECE bytes). */
async function* storedPieces(em: EntityManager, jobId: string): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq++) {
    const rows = await em
      .getConnection()
      .execute<{ content: Buffer }[]>(
        'select content from export_file_chunk where export_job_id = ? and seq = ?',
        [jobId, seq],
        'all',
      );
    const piece = rows[0];
    if (!piece) return;
    yield piece.content;
  }
}

/**
 * A finished job's file for its requester, re-checked at download: the same user, still a member of
 * the organisation they acted for. Anyone else, or an unfinished job, is null (NOT_FOUND). The file
 * comes as a stream, opened piece by piece (decision 0043): it errors (SealedDataRejected) when the
 * stored file was changed, cut or reordered, before handing out anything unauthenticated.
 */
export async function exportJobForDownload(
  ctx: OperationContext,
  id: string,
): Promise<{ job: ExportJob; stream: Readable } | null> {
  if (!ctx.actor || !isId(id)) return null;
  const job = await ctx.em.findOne(
    ExportJob,
    { id, requestedBy: ctx.actor.userId, status: 'DONE' },
    { populate: ['content'] as never },
  );
  if (!job) return null;
  const stillMember =
    job.actingOrganisationId === null ||
    ctx.actor.memberships.some((m) => m.organisationId === job.actingOrganisationId);
  if (!stillMember || !job.contentKeyId) return null;
  const keyRing = ctx.services.keyRing;
  // A file of a job finished before decision 0043: sealed whole.
  if (job.content)
    return {
      job,
      stream: Readable.from([await keyRing.openBytes(ctx.em, job.contentKeyId, job.content, exportFileAad(job.id))]),
    };
  const opener = await keyRing.openStream(ctx.em, job.contentKeyId, exportFileAad(job.id));
  const em = ctx.em.fork() as EntityManager;
  // A failure on either side destroys both: the reader sees the error.
  pipeline(Readable.from(storedPieces(em, job.id)), opener).catch(() => {});
  return { job, stream: opener };
}

const exportFileAad = (id: string) => `export_job.content:${id}`;

/** Bytes of the sealed file per stored piece. */
export const FILE_PIECE = 256 * 1024;

/**
 * Stores a sealed stream in consecutive pieces of FILE_PIECE bytes (one insert each) as it comes:
 * memory holds one piece, whatever the file's size.
 */
class StoredPieces extends Writable {
  private parts: Buffer[] = [];
  private size = 0;
  private seq = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly jobId: string,
  ) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size < FILE_PIECE) return done();
    this.store().then(() => done(), done);
  }

  override _final(done: (error?: Error | null) => void): void {
    this.store().then(() => done(), done);
  }

  private async store(): Promise<void> {
    if (this.size === 0) return;
    const piece = Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    await this.em
      .getConnection()
      .execute(
        'insert into export_file_chunk (export_job_id, seq, content) values (?, ?, ?)',
        [this.jobId, this.seq++, piece],
        'run',
      );
  }
}

/**
 * The job: runs the export as the requester is now (memberships re-read), writes progress after
 * each batch and streams the file, sealed as it is written, into its stored pieces: the file is
 * never whole in memory. Idempotent: a finished job is left as it is; a job run again after a crash
 * starts its file over.
 */
export async function runExportJob(jobCtx: OperationContext, exportJobId: string): Promise<void> {
  const em = jobCtx.em;
  const job = await em.findOne(ExportJob, exportJobId);
  if (!job || job.status === 'DONE' || job.status === 'FAILED') return;
  const fail = async (message: string) => {
    await em.nativeUpdate(ExportJob, { id: job.id }, { status: 'FAILED', error: message, finishedAt: new Date() });
  };
  const actor = await loadExportRequester(em, job.requestedBy, job.actingOrganisationId, job.id);
  if (!actor) return fail('The requester no longer belongs to the organisation they exported for.');
  const ctx = await buildOperationContext(jobCtx.services, {
    transport: 'job',
    actor,
    em: jobCtx.services.orm.em.fork() as EntityManager,
  });
  await em.nativeUpdate(ExportJob, { id: job.id }, { status: 'RUNNING', rowsWritten: 0 });
  await em.getConnection().execute('delete from export_file_chunk where export_job_id = ?', [job.id], 'run');
  try {
    const request = parseExportRequest(job.list, job.format, job.filter);
    // The file may hold personal data: sealed at rest like evidence (decision 0030), under the key of
    // the organisation the requester acted for (the platform key when none), as a stream (0043).
    const { keyId, stream: sealer } = await jobCtx.services.keyRing.sealStream(
      em,
      job.actingOrganisationId,
      exportFileAad(job.id),
    );
    const stored = pipeline(sealer, new StoredPieces(em.fork() as EntityManager, job.id));
    stored.catch(() => {}); // awaited below; a failure also surfaces as the writer's error
    const { rowCount } = await writeExport(ctx, request, sealer, async (rowsWritten, totalRows) => {
      await em.nativeUpdate(ExportJob, { id: job.id }, { rowsWritten, ...(totalRows != null ? { totalRows } : {}) });
    });
    if (!sealer.writableEnded) sealer.end();
    await stored;
    await em.nativeUpdate(
      ExportJob,
      { id: job.id },
      { status: 'DONE', rowCount, rowsWritten: rowCount, contentKeyId: keyId, finishedAt: new Date() },
    );
  } catch (error) {
    const app = asAppError(error);
    if (!app) logger.error({ err: error, exportJobId }, 'export job failed');
    // Never the error's text for a NOT_FOUND: it would say no more than "not found" anyway.
    await fail(app ? (app.code === 'NOT_FOUND' ? 'Not found' : app.message) : 'Internal error');
  }
}
