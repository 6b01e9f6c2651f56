import type { Response } from 'express';
import type { AppErrorCode } from '../errors.ts';

/** Every application error code as an HTTP status (exhaustive: a new code fails to compile here). */
export const HTTP_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
};

/** The JSON error body every HTTP route answers with. */
export function sendError(res: Response, code: AppErrorCode | 'INTERNAL_SERVER_ERROR', message: string): void {
  res.status(code === 'INTERNAL_SERVER_ERROR' ? 500 : HTTP_STATUS[code]).json({ error: { code, message } });
}
