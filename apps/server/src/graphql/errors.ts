import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { asAppError } from '../errors.ts';
import type { AppErrorCode } from '../errors.ts';
import { logger } from '../logger.ts';

/** What GraphQL-level failures (parsing, validation, variables) are called, as Apollo names them. */
const GRAPHQL_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
] as const;

/** Every application error code as the API names it (exhaustive: a new code fails to compile here). */
const APP_CODES: Record<AppErrorCode, string> = {
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'BAD_REQUEST',
  UNSUPPORTED_MEDIA_TYPE: 'BAD_REQUEST',
  RATE_LIMITED: 'RATE_LIMITED',
};

/** The closed list of error codes the API returns. Anything else becomes INTERNAL_SERVER_ERROR. */
export const ERROR_CODES: readonly string[] = [
  ...new Set([...Object.values(APP_CODES), ...GRAPHQL_CODES, 'INTERNAL_SERVER_ERROR']),
];

const SUGGESTION = / ?Did you mean(.+?)\?$/;

const located = (formatted: GraphQLFormattedError) => ({
  ...(formatted.locations ? { locations: formatted.locations } : {}),
  ...(formatted.path ? { path: formatted.path } : {}),
});

/**
 * One formatter for HTTP and WebSocket. Application errors keep their code (a policy denial is
 * NOT_FOUND, shaped exactly like a missing record); GraphQL's own failures keep theirs; anything
 * else is logged and masked. In production no stack and no "did you mean" hints reach the client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { production: boolean },
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const app = asAppError(original);
  if (app) {
    const message = app.code === 'NOT_FOUND' ? 'Not found' : app.message;
    return { message, ...located(formatted), extensions: { code: APP_CODES[app.code] } };
  }
  const code = formatted.extensions?.code;
  const known = typeof code === 'string' && (GRAPHQL_CODES as readonly string[]).includes(code);
  if (!known) {
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const message = options.production ? formatted.message.replace(SUGGESTION, '') : formatted.message;
  return { message, ...located(formatted), extensions: { code } };
}
