import { Router } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { tokenFromCookieHeader } from '../auth/session.ts';
import { asAppError } from '../errors.ts';
import { logger } from '../logger.ts';
import { buildOperationContext } from '../operation/build.ts';
import type { OperationContext } from '../operation/context.ts';
import type { Services } from '../services.ts';
import { annualReportJobForDownload, parseAnnualReportFilter } from '../modules/annual-report/annual-report-job.ts';
import { prepareAnnualReport } from '../modules/annual-report/download.ts';
import { ANNUAL_REPORT_MEDIA_TYPES, isAnnualReportFormat, isReportLanguage } from '../modules/annual-report/filter.ts';
import { sendError } from './errors.ts';
import { REPORT_LANGUAGES } from '../modules/report/model.ts';

function contextOf(services: Services, req: Request): Promise<OperationContext> {
  return buildOperationContext(services, {
    transport: 'http',
    sessionToken: tokenFromCookieHeader(req.headers.cookie),
    request: { ip: req.ip ?? 'unknown', userAgent: req.headers['user-agent'] ?? null },
  });
}

function headers(res: Response, fileName: string, contentType: string): void {
  res.attachment(fileName);
  res.set({ 'Content-Type': contentType, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store' });
}

/** `?filter=` carries the report's filter as JSON (as the page's query uses it). */
function filterOf(req: Request): unknown {
  const raw = req.query.filter;
  if (raw === undefined) return {};
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

async function download(services: Services, req: Request, res: Response, next: NextFunction): Promise<void> {
  const match = /^annual\.([a-z]+)$/.exec(String(req.params.file));
  const format = match?.[1] ?? '';
  if (!isAnnualReportFormat(format)) return next();
  const language = typeof req.query.lang === 'string' ? req.query.lang : 'es';
  if (!isReportLanguage(language))
    return sendError(res, 'BAD_REQUEST', `lang is one of ${REPORT_LANGUAGES.join(', ')}`);
  const raw = filterOf(req);
  const { filter, userErrors } = parseAnnualReportFilter(raw === null ? 'invalid' : raw, ['filter']);
  if (!filter) return sendError(res, 'BAD_REQUEST', `Invalid filter: ${userErrors[0]?.message ?? ''}`);
  const ctx = await contextOf(services, req);
  if (!ctx.actor) return sendError(res, 'UNAUTHENTICATED', 'Sign in to download a report');
  const prepared = await prepareAnnualReport(ctx, { filter, format, language });
  headers(res, prepared.fileName, ANNUAL_REPORT_MEDIA_TYPES[format]);
  await prepared.render(res);
}

/** A finished report job's file: only for the person who asked for it; anyone else gets NOT_FOUND. */
async function downloadJob(services: Services, req: Request, res: Response): Promise<void> {
  const ctx = await contextOf(services, req);
  if (!ctx.actor) return sendError(res, 'UNAUTHENTICATED', 'Sign in to download a report');
  const found = await annualReportJobForDownload(ctx, String(req.params.id));
  if (!found) return sendError(res, 'NOT_FOUND', 'Not found');
  headers(res, found.job.fileName, ANNUAL_REPORT_MEDIA_TYPES[found.job.format]);
  res.set('Content-Length', String(found.content.length));
  res.end(found.content);
}

function errorHandler(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  if (res.headersSent) {
    logger.error({ err: error }, 'annual report failed while streaming');
    res.destroy();
    return;
  }
  const app = asAppError(error);
  if (app) return sendError(res, app.code, app.code === 'NOT_FOUND' ? 'Not found' : app.message);
  logger.error({ err: error }, 'annual report request failed');
  res.removeHeader('Content-Disposition');
  sendError(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

/**
 * Annual / thematic reports of recommendations over plain HTTP:
 * GET /api/reports/annual.<pdf|docx|xlsx>?lang=es&filter=<json> writes the report of what the viewer
 * reads; GET /api/reports/annual/jobs/<id> serves a finished report job to its requester.
 */
export function createAnnualReportRouter(services: Services): Router {
  const router = Router();
  router.get('/api/reports/annual/jobs/:id', (req, res) => downloadJob(services, req, res));
  router.get('/api/reports/:file', (req, res, next) => download(services, req, res, next));
  router.use('/api/reports', errorHandler);
  return router;
}
