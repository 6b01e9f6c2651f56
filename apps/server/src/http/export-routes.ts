import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express, { Router } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { tokenFromCookieHeader } from '../auth/session.ts';
import { asAppError } from '../errors.ts';
import { logger } from '../logger.ts';
import { buildOperationContext } from '../operation/build.ts';
import type { OperationContext } from '../operation/context.ts';
import type { Services } from '../services.ts';
import { exportJobForDownload } from '../modules/exports/export-job.ts';
import { exportFileName, parseExportRequest, writeExport } from '../modules/exports/run-export.ts';
import { CONTENT_TYPES } from '../modules/exports/writers.ts';
import { storeImportUpload } from '../modules/imports/upload.ts';
import { IMPORT_MAX_BYTES } from '../modules/imports/read-sheet.ts';
import { sendError } from './errors.ts';

function contextOf(services: Services, req: Request): Promise<OperationContext> {
  return buildOperationContext(services, {
    transport: 'http',
    sessionToken: tokenFromCookieHeader(req.headers.cookie),
    request: { ip: req.ip ?? 'unknown', userAgent: req.headers['user-agent'] ?? null },
  });
}

/** `?filter=` carries the list's filter as JSON, exactly the variables the list page uses. */
function filterOf(req: Request): unknown {
  const raw = req.query.filter;
  if (raw === undefined) return {};
  if (typeof raw !== 'string' || raw.length > 4000) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

function downloadHeaders(res: Response, fileName: string, contentType: string): void {
  res.attachment(fileName);
  res.set({ 'Content-Type': contentType, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store' });
}

async function exportList(services: Services, req: Request, res: Response): Promise<void> {
  const ctx = await contextOf(services, req);
  if (!ctx.actor) return sendError(res, 'UNAUTHENTICATED', 'Sign in to export');
  const file = String(req.params.file);
  const dot = file.lastIndexOf('.');
  const request = parseExportRequest(file.slice(0, dot), file.slice(dot + 1), filterOf(req));
  downloadHeaders(res, exportFileName(request), CONTENT_TYPES[request.format]);
  await writeExport(ctx, request, res);
  res.end();
}

/**
 * A finished export job's file: only for the person who asked for it; anyone else gets NOT_FOUND.
 * Streamed as it is opened (decision 0043); the first piece is opened before any header, so a file
 * refused at once is an error answer, and one refused later is a cut connection, never a whole-looking file.
 */
async function downloadJob(services: Services, req: Request, res: Response): Promise<void> {
  const ctx = await contextOf(services, req);
  if (!ctx.actor) return sendError(res, 'UNAUTHENTICATED', 'Sign in to export');
  const found = await exportJobForDownload(ctx, String(req.params.id));
  if (!found) return sendError(res, 'NOT_FOUND', 'Not found');
  const chunks = found.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await chunks.next();
  downloadHeaders(res, found.job.fileName, CONTENT_TYPES[found.job.format]);
  async function* file(): AsyncGenerator<Buffer> {
    for (let chunk = first; !chunk.done; chunk = await chunks.next()) yield chunk.value;
  }
  await pipeline(Readable.from(file()), res);
}

function readBody(req: Request, res: Response): Promise<void> {
  const parse = express.raw({ type: () => true, limit: IMPORT_MAX_BYTES });
  return new Promise((resolve, reject) => parse(req, res, (error?: unknown) => (error ? reject(error) : resolve())));
}

/**
 * A spreadsheet to import: refused at the edge when larger than IMPORT_MAX_BYTES (by its declared
 * length before a byte is read, else while reading), kept for its uploader's preview and commit.
 */
async function uploadImport(services: Services, req: Request, res: Response): Promise<void> {
  if (req.get('x-requested-with') !== 'opcat') return sendError(res, 'BAD_REQUEST', 'Missing X-Requested-With: opcat');
  const declared = Number(req.get('content-length') ?? 0);
  if (declared > IMPORT_MAX_BYTES) {
    res.set('Connection', 'close');
    return sendError(res, 'PAYLOAD_TOO_LARGE', `Spreadsheets are limited to ${IMPORT_MAX_BYTES} bytes`);
  }
  const ctx = await contextOf(services, req);
  if (!ctx.actor) return sendError(res, 'UNAUTHENTICATED', 'Sign in to import');
  await readBody(req, res);
  const bytes: unknown = req.body;
  if (!Buffer.isBuffer(bytes) || bytes.length === 0) return sendError(res, 'BAD_REQUEST', 'The file is empty');
  const upload = await storeImportUpload(ctx, decodeURIComponent(req.get('x-file-name') ?? 'import'), bytes);
  res.status(201).json({ id: upload.id, fileName: upload.fileName, sizeBytes: upload.sizeBytes });
}

function errorHandler(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  if (res.headersSent) {
    // Mid-stream: cut the file short rather than hand out something incomplete that looks whole.
    logger.error({ err: error }, 'export failed while streaming');
    res.destroy();
    return;
  }
  res.removeHeader('Content-Disposition');
  const status = (error as { status?: number }).status;
  if (status === 413)
    return sendError(res, 'PAYLOAD_TOO_LARGE', `Spreadsheets are limited to ${IMPORT_MAX_BYTES} bytes`);
  if (status === 400) return sendError(res, 'BAD_REQUEST', 'Bad request');
  const app = asAppError(error);
  if (app) return sendError(res, app.code, app.code === 'NOT_FOUND' ? 'Not found' : app.message);
  logger.error({ err: error }, 'export request failed');
  sendError(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

/**
 * List exports over plain HTTP: GET /api/exports/<list>.<csv|xlsx>?filter=<json> streams the rows
 * the viewer may read; GET /api/exports/jobs/<id> serves a finished export job to its requester.
 */
export function createExportRouter(services: Services): Router {
  const router = Router();
  router.get('/api/exports/jobs/:id', (req, res) => downloadJob(services, req, res));
  router.get('/api/exports/:file', (req, res) => exportList(services, req, res));
  router.post('/api/imports', (req, res) => uploadImport(services, req, res));
  router.use('/api/exports', errorHandler);
  router.use('/api/imports', errorHandler);
  return router;
}
