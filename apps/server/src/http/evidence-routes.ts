import express, { Router } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { EVIDENCE_MAX_BYTES } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { tokenFromCookieHeader } from '../auth/session.ts';
import { AppError, asAppError } from '../errors.ts';
import type { AppErrorCode } from '../errors.ts';
import { logger } from '../logger.ts';
import { buildOperationContext } from '../operation/build.ts';
import type { OperationContext } from '../operation/context.ts';
import type { Services } from '../services.ts';
import { evidenceDownloadUrl } from '../modules/finding/evidence-access.ts';
import { evidenceForDownload, findingForUpload, storeEvidence } from '../modules/finding/evidence.ts';
import { sanitizeFileName, servedFileName } from '../modules/finding/evidence-file-name.ts';
import { sniffEvidenceType } from '../modules/finding/sniff-evidence-type.ts';
import { sendError } from './errors.ts';

const MESSAGES: Partial<Record<AppErrorCode, string>> = {
  PAYLOAD_TOO_LARGE: `Evidence files are limited to ${EVIDENCE_MAX_BYTES} bytes`,
  UNSUPPORTED_MEDIA_TYPE: 'Accepted evidence: JPEG, PNG, PDF, MP3 or plain UTF-8 text',
};

function fail(res: Response, code: AppErrorCode, message?: string): void {
  const error = new AppError(code, message ?? MESSAGES[code]);
  sendError(res, code, error.message);
}

/** Same operation context as GraphQL: the session cookie of this request. */
function contextOf(services: Services, req: Request): Promise<OperationContext> {
  return buildOperationContext(services, {
    transport: 'http',
    sessionToken: tokenFromCookieHeader(req.headers.cookie),
    request: { ip: req.ip ?? 'unknown', userAgent: req.headers['user-agent'] ?? null },
  });
}

/**
 * A custom header forces a CORS preflight, so another site cannot make a signed-in browser post
 * evidence (a plain form or no-cors fetch cannot set it).
 */
const requireCsrfHeader: RequestHandler = (req, res, next) => {
  if (req.get('x-requested-with') !== 'opcat') return fail(res, 'BAD_REQUEST', 'Missing X-Requested-With: opcat');
  next();
};

function readBody(req: Request, res: Response): Promise<void> {
  const parse = express.raw({ type: () => true, limit: EVIDENCE_MAX_BYTES });
  return new Promise((resolve, reject) => parse(req, res, (error?: unknown) => (error ? reject(error) : resolve())));
}

/** The media type a client declared, without parameters; octet-stream means "no idea". */
function declaredType(req: Request): string | null {
  const value = req.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return value && value !== 'application/octet-stream' ? value : null;
}

/** On unless the uploader says exactly "false": a file is presumed to name people. */
function personalDataFlag(req: Request): boolean | null {
  const value = req.get('x-contains-personal-data')?.trim().toLowerCase();
  if (value === undefined || value === '' || value === 'true') return true;
  return value === 'false' ? false : null;
}

async function upload(services: Services, req: Request, res: Response): Promise<void> {
  const fileName = sanitizeFileName(req.get('x-file-name'));
  if (!fileName)
    return fail(res, 'BAD_REQUEST', 'Send the URL-encoded file name (at most 255 characters) in X-File-Name');
  const containsPersonalData = personalDataFlag(req);
  if (containsPersonalData === null) return fail(res, 'BAD_REQUEST', 'X-Contains-Personal-Data is true or false');
  const ctx = await contextOf(services, req);
  if (!ctx.actor) return fail(res, 'UNAUTHENTICATED');
  const findingId = String(req.params.id);
  // Decide before reading up to EVIDENCE_MAX_BYTES from someone who may not write here.
  if (!(await findingForUpload(ctx, findingId))) return fail(res, 'NOT_FOUND');
  await readBody(req, res);
  const bytes: unknown = req.body;
  if (!Buffer.isBuffer(bytes) || bytes.length === 0) return fail(res, 'BAD_REQUEST', 'The file is empty');
  const sniffed = sniffEvidenceType(bytes);
  const declared = declaredType(req);
  if (!sniffed || (declared !== null && declared !== sniffed)) return fail(res, 'UNSUPPORTED_MEDIA_TYPE');
  const attachment = await storeEvidence(ctx as OperationContext & { actor: Actor }, findingId, {
    fileName,
    mimeType: sniffed,
    bytes,
    containsPersonalData,
  });
  if (!attachment) return fail(res, 'NOT_FOUND');
  res.status(201).json({
    id: attachment.id,
    fileName: attachment.fileName,
    mimeType: attachment.mimeType,
    sizeBytes: attachment.sizeBytes,
    sha256: attachment.sha256,
    uploadedAt: attachment.uploadedAt.toISOString(),
    containsPersonalData: attachment.containsPersonalData,
    downloadUrl: evidenceDownloadUrl(attachment),
  });
}

async function download(services: Services, req: Request, res: Response): Promise<void> {
  const ctx = await contextOf(services, req);
  if (!ctx.actor) return fail(res, 'UNAUTHENTICATED');
  const found = await evidenceForDownload(ctx, String(req.params.id));
  if (!found) return fail(res, 'NOT_FOUND');
  const { attachment, bytes } = found;
  res.attachment(servedFileName(attachment));
  res.set({
    'Content-Type': attachment.mimeType === 'text/plain' ? 'text/plain; charset=utf-8' : attachment.mimeType,
    'Content-Length': String(bytes.length),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
  res.end(bytes);
}

/** Express 5 passes rejected promises on; this turns them into the same JSON errors as above. */
function errorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  const status = (error as { status?: number; type?: string }).status;
  if (status === 413) return fail(res, 'PAYLOAD_TOO_LARGE');
  if (status === 400) return fail(res, 'BAD_REQUEST');
  const app = asAppError(error);
  if (app) return fail(res, app.code, app.code === 'NOT_FOUND' ? undefined : app.message);
  logger.error({ err: error }, 'evidence request failed');
  sendError(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

/**
 * Evidence files over plain HTTP (GraphQL is not for binaries): upload to a finding, download an
 * attachment. Both authorize through the policy module, like every GraphQL field.
 */
export function createEvidenceRouter(services: Services): Router {
  const router = Router();
  router.post('/api/findings/:id/evidence', requireCsrfHeader, (req, res) => upload(services, req, res));
  router.get('/api/evidence/:id', (req, res) => download(services, req, res));
  router.use('/api', errorHandler);
  return router;
}
