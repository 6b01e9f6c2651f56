import { PassThrough } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AnnualReportJob } from '../../db/entities/annual-report-job.ts';
import { logger } from '../../logger.ts';
import { buildOperationContext } from '../../operation/build.ts';
import type { OperationContext } from '../../operation/context.ts';
import { asAppError, notFound, unauthenticated } from '../../errors.ts';
import type { UserError } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import { fromZod } from '../user-errors.ts';
import { loadExportRequester } from '../exports/job-actor.ts';
import { prepareAnnualReport } from './download.ts';
import { annualReportFilter, compactFilter } from './filter.ts';
import type { AnnualReportFilter, AnnualReportFormat, AnnualReportRequest } from './filter.ts';
import type { ReportLanguage } from '../report/model.ts';
import { countAnnualRecommendations } from './sources.ts';

/** Reports over this many recommendations are written by a job with progress (like long exports). */
export const LONG_ANNUAL_REPORT = 500;

export function annualReportJobDownloadUrl(job: Pick<AnnualReportJob, 'id'>): string {
  return `/api/reports/annual/jobs/${job.id}`;
}

/** The direct download of a report small enough to write while the browser waits. */
export function annualReportDownloadUrl(request: AnnualReportRequest): string {
  const query = new URLSearchParams({ lang: request.language, filter: JSON.stringify(request.filter) });
  return `/api/reports/annual.${request.format}?${query.toString()}`;
}

/** A filter checked at the edge: the parsed filter, or the user errors naming its fields. */
export function parseAnnualReportFilter(
  raw: unknown,
  prefix: string[] = ['input', 'filter'],
): { filter: AnnualReportFilter; userErrors: [] } | { filter: null; userErrors: UserError[] } {
  const parsed = annualReportFilter.safeParse(raw ?? {});
  if (!parsed.success) return { filter: null, userErrors: fromZod(parsed.error, prefix) };
  return { filter: compactFilter(parsed.data), userErrors: [] };
}

export interface RequestedAnnualReport {
  downloadUrl: string | null;
  job: AnnualReportJob | null;
  userErrors: UserError[];
}

/**
 * Starts a report: a small one is a direct download link (the route writes it); a large one is a
 * job row and a queued job in one transaction, followed with `annualReportJob`.
 */
export async function requestAnnualReport(
  ctx: OperationContext,
  input: { filter: unknown; format: AnnualReportFormat; language: ReportLanguage },
  longAt = LONG_ANNUAL_REPORT,
): Promise<RequestedAnnualReport> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const { filter, userErrors } = parseAnnualReportFilter(input.filter);
  if (!filter) return { downloadUrl: null, job: null, userErrors };
  const request: AnnualReportRequest = { filter, format: input.format, language: input.language };
  const total = await countAnnualRecommendations(ctx, filter);
  if (total < longAt) return { downloadUrl: annualReportDownloadUrl(request), job: null, userErrors: [] };
  const job = await ctx.em.transactional(async (tx) => {
    const created = tx.create(AnnualReportJob, {
      requestedBy: actor.userId,
      actingOrganisationId: ctx.actingOrganisation?.organisationId ?? null,
      format: request.format,
      language: request.language,
      filter: filter as Record<string, unknown>,
      fileName: `informe-${new Date().toISOString().slice(0, 10)}.${request.format}`,
    });
    await tx.flush();
    await ctx.services.jobs.enqueue(tx as EntityManager, 'reports.annual', { annualReportJobId: created.id });
    return created;
  });
  return { downloadUrl: null, job, userErrors: [] };
}

/** One of the viewer's report jobs; anyone else's (or none) is NOT_FOUND. */
export async function getAnnualReportJob(ctx: OperationContext, id: string): Promise<AnnualReportJob> {
  if (!ctx.actor || !isId(id)) throw notFound();
  const job = await ctx.em.findOne(AnnualReportJob, { id, requestedBy: ctx.actor.userId });
  if (!job) throw notFound();
  return job;
}

const annualReportAad = (id: string) => `annual_report_job.content:${id}`;

/**
 * A finished job's file for its requester, re-checked at download: the same user, still a member of
 * the organisation they acted for. Anyone else, an unfinished or a purged job: null (NOT_FOUND). The
 * file is opened here; a changed stored file throws SealedDataRejected rather than being served.
 */
export async function annualReportJobForDownload(
  ctx: OperationContext,
  id: string,
): Promise<{ job: AnnualReportJob; content: Buffer } | null> {
  if (!ctx.actor || !isId(id)) return null;
  const job = await ctx.em.findOne(
    AnnualReportJob,
    { id, requestedBy: ctx.actor.userId, status: 'DONE' },
    { populate: ['content'] as never },
  );
  if (!job?.content || !job.contentKeyId) return null;
  const stillMember =
    job.actingOrganisationId === null ||
    ctx.actor.memberships.some((m) => m.organisationId === job.actingOrganisationId);
  if (!stillMember) return null;
  const content = await ctx.services.keyRing.openBytes(ctx.em, job.contentKeyId, job.content, annualReportAad(job.id));
  return { job, content };
}

/**
 * The job: composes the report as the requester is now (memberships re-read), writes progress per
 * page of recommendations read, audits the report and stores the file. A finished job is left as is.
 */
export async function runAnnualReportJob(jobCtx: OperationContext, annualReportJobId: string): Promise<void> {
  const em = jobCtx.em;
  const job = await em.findOne(AnnualReportJob, annualReportJobId);
  if (!job || job.status === 'DONE' || job.status === 'FAILED') return;
  const fail = async (message: string) => {
    await em.nativeUpdate(
      AnnualReportJob,
      { id: job.id },
      { status: 'FAILED', error: message, finishedAt: new Date() },
    );
  };
  const actor = await loadExportRequester(em, job.requestedBy, job.actingOrganisationId, job.id);
  if (!actor) return fail('The requester no longer belongs to the organisation they asked for.');
  const ctx = await buildOperationContext(jobCtx.services, {
    transport: 'job',
    actor,
    em: jobCtx.services.orm.em.fork() as EntityManager,
  });
  try {
    const { filter } = parseAnnualReportFilter(job.filter);
    if (!filter) return await fail('Invalid filter');
    const totalRecords = await countAnnualRecommendations(ctx, filter);
    await em.nativeUpdate(AnnualReportJob, { id: job.id }, { status: 'RUNNING', recordsRead: 0, totalRecords });
    const prepared = await prepareAnnualReport(
      ctx,
      { filter, format: job.format, language: job.language },
      async (recordsRead) => {
        await em.nativeUpdate(AnnualReportJob, { id: job.id }, { recordsRead });
      },
    );
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    await prepared.render(out);
    // Sealed under the key of the organisation the requester acted for (the platform key when none).
    const { keyId, sealed } = await jobCtx.services.keyRing.sealBytes(
      em,
      job.actingOrganisationId,
      Buffer.concat(chunks),
      annualReportAad(job.id),
    );
    await em.nativeUpdate(
      AnnualReportJob,
      { id: job.id },
      {
        status: 'DONE',
        recordCount: prepared.model.recommendations.length,
        recordsRead: prepared.model.recommendations.length,
        fileName: prepared.fileName,
        content: sealed,
        contentKeyId: keyId,
        finishedAt: new Date(),
      },
    );
  } catch (error) {
    const app = asAppError(error);
    if (!app) logger.error({ err: error, annualReportJobId }, 'annual report job failed');
    await fail(app ? (app.code === 'NOT_FOUND' ? 'Not found' : app.message) : 'Internal error');
  }
}
