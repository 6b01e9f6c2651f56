import { PassThrough } from 'node:stream';
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
 * Whether a list is long: its first page through the same read-scoped query, whose capped count
 * says "1,000 or more" (lists without a count: a full first page).
 */
async function isLong(ctx: OperationContext, request: ExportRequest): Promise<boolean> {
  const pages = exportSource(request.list, request.filter).pages(async () => ctx);
  const first = await pages.next();
  await pages.return(undefined); // ends a source's cursor
  if (first.done) return false;
  const { totalCount, rows } = first.value;
  return totalCount === undefined ? rows.length >= EXPORT_PAGE : totalCount >= LONG_EXPORT_ROWS;
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

/**
 * A finished job's file for its requester, re-checked at download: the same user, still a member of
 * the organisation they acted for. Anyone else, or an unfinished job, is null (NOT_FOUND).
 */
export async function exportJobForDownload(
  ctx: OperationContext,
  id: string,
): Promise<{ job: ExportJob; bytes: Buffer } | null> {
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
  if (!stillMember || !job.content) return null;
  const bytes = job.contentKeyId
    ? await ctx.services.keyRing.openBytes(ctx.em, job.contentKeyId, job.content, exportFileAad(job.id))
    : job.content;
  return { job, bytes };
}

const exportFileAad = (id: string) => `export_job.content:${id}`;

/**
 * The job: runs the export as the requester is now (memberships re-read), writes progress after
 * each page and the file at the end. Idempotent: a finished job is left as it is.
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
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  try {
    const request = parseExportRequest(job.list, job.format, job.filter);
    const { rowCount } = await writeExport(ctx, request, out, async (rowsWritten, totalRows) => {
      await em.nativeUpdate(ExportJob, { id: job.id }, { rowsWritten, ...(totalRows != null ? { totalRows } : {}) });
    });
    out.end();
    // The file may hold personal data: sealed at rest like evidence (decision 0030), under the key of
    // the organisation the requester acted for (the platform key when none).
    const { keyId, sealed } = await jobCtx.services.keyRing.sealBytes(
      em,
      job.actingOrganisationId,
      Buffer.concat(chunks),
      exportFileAad(job.id),
    );
    await em.nativeUpdate(
      ExportJob,
      { id: job.id },
      { status: 'DONE', rowCount, rowsWritten: rowCount, content: sealed, contentKeyId: keyId, finishedAt: new Date() },
    );
  } catch (error) {
    const app = asAppError(error);
    if (!app) logger.error({ err: error, exportJobId }, 'export job failed');
    // Never the error's text for a NOT_FOUND: it would say no more than "not found" anyway.
    await fail(app ? (app.code === 'NOT_FOUND' ? 'Not found' : app.message) : 'Internal error');
  }
}
