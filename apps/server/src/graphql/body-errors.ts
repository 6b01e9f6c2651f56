import type { ErrorRequestHandler } from 'express';
import { AppError } from '../errors.ts';
import { HTTP_STATUS } from '../http/errors.ts';
import { logger } from '../logger.ts';
import { formatError } from './errors.ts';

/** What body-parser's client-side failures (malformed JSON, too large, wrong charset) stand for. */
function asClientError(error: unknown): AppError | null {
  const { status, expose, type } = error as { status?: unknown; expose?: unknown; type?: unknown };
  if (typeof status !== 'number' || status >= 500 || expose !== true) return null;
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', 'Request body too large');
  if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  return new AppError('BAD_REQUEST', type === 'entity.parse.failed' ? 'Malformed JSON body' : 'Bad request');
}

/**
 * Answers a /graphql body that never reached Apollo as a GraphQL error response. Express's own
 * handler would print the parser's stack (to stderr, and to the client outside production).
 */
export function graphqlBodyErrorHandler(options: { production: boolean }): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const clientError = asClientError(error);
    if (!clientError) {
      logger.error({ err: error }, 'GraphQL HTTP request failed before Apollo');
      res
        .status(500)
        .json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      return;
    }
    const formatted = formatError({ message: clientError.message }, clientError, options);
    res.status(HTTP_STATUS[clientError.code]).json({ errors: [formatted] });
  };
}
