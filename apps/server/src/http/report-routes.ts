import { Router } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { REPORT_VERSIONS } from '@opcat/domain';
import type { ReportVersion } from '@opcat/domain';
import { tokenFromCookieHeader } from '../auth/session.ts';
import { asAppError } from '../errors.ts';
import { logger } from '../logger.ts';
import { buildOperationContext } from '../operation/build.ts';
import type { Services } from '../services.ts';
import { REPORT_FORMATS, REPORT_MEDIA_TYPES, prepareReportDownload } from '../modules/report/download-report.ts';
import type { ReportFormat } from '../modules/report/download-report.ts';
import { REPORT_LANGUAGES } from '../modules/report/model.ts';
import type { ReportLanguage } from '../modules/report/model.ts';
import { sendError } from './errors.ts';

/** `authority.pdf` → AUTHORITY, pdf; anything else is not a report file. */
function parseFile(file: string): { version: ReportVersion; format: ReportFormat } | null {
  const match = /^([a-z]+)\.([a-z]+)$/.exec(file);
  const version = match?.[1]?.toUpperCase() as ReportVersion | undefined;
  const format = match?.[2] as ReportFormat | undefined;
  if (!version || !format || !REPORT_VERSIONS.includes(version) || !REPORT_FORMATS.includes(format)) return null;
  return { version, format };
}

function query(req: Request, name: string): string | undefined {
  const value = req.query[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

async function download(services: Services, req: Request, res: Response): Promise<void> {
  const file = parseFile(String(req.params.file));
  if (!file) return sendError(res, 'NOT_FOUND', 'Not found');
  const language = (query(req, 'lang') ?? 'es') as ReportLanguage;
  if (!REPORT_LANGUAGES.includes(language))
    return sendError(res, 'BAD_REQUEST', `lang is one of ${REPORT_LANGUAGES.join(', ')}`);
  const ctx = await buildOperationContext(services, {
    transport: 'http',
    sessionToken: tokenFromCookieHeader(req.headers.cookie),
    request: { ip: req.ip ?? 'unknown', userAgent: req.headers['user-agent'] ?? null },
  });
  const prepared = await prepareReportDownload(
    ctx,
    { visitId: String(req.params.visitId), version: file.version, authorityId: query(req, 'authority'), language },
    file.format,
  );
  // Missing visit, unreadable visit, version not for this person: one answer.
  if (!prepared) return sendError(res, 'NOT_FOUND', 'Not found');
  const name = `informe-${prepared.model.version.toLowerCase()}-${prepared.model.visitId.slice(0, 8)}.${file.format}`;
  res.attachment(name);
  res.set({
    'Content-Type': REPORT_MEDIA_TYPES[file.format],
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
  await prepared.render(res);
}

function errorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  const app = asAppError(error);
  if (app) return sendError(res, app.code, app.code === 'NOT_FOUND' ? 'Not found' : app.message);
  logger.error({ err: error }, 'report request failed');
  sendError(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

/**
 * Visit reports over plain HTTP: GET /api/reports/visits/:visitId/:version.:format?lang=es&authority=ID.
 * The version is decided by the policy module (`report:download`), like every GraphQL field.
 */
export function createReportRouter(services: Services): Router {
  const router = Router();
  router.get('/api/reports/visits/:visitId/:file', (req, res) => download(services, req, res));
  router.use('/api/reports', errorHandler);
  return router;
}
