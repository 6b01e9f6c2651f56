import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { PolicyDenied } from '@opcat/domain';
import { logger } from '../logger.ts';

/** The closed list of error codes the API returns. Anything else becomes INTERNAL_SERVER_ERROR. */
export const ERROR_CODES = [
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Not found and not allowed are one and the same to the caller. */
export function notFound(): GraphQLError {
  return new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } });
}

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } });
}

export function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } });
}

const SUGGESTION = / ?Did you mean(.+?)\?$/;

/**
 * One formatter for HTTP and WebSocket. Policy denials become NOT_FOUND; unknown errors are
 * logged and masked; in production no stack, no "did you mean" hints reach the client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { production: boolean },
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof PolicyDenied) {
    // Exactly the shape of notFound() below (locations included), or denials could be told apart.
    return {
      message: 'Not found',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'NOT_FOUND' },
    };
  }
  const code = formatted.extensions?.code;
  const known = typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
  if (!known || code === 'INTERNAL_SERVER_ERROR') {
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const message = options.production ? formatted.message.replace(SUGGESTION, '') : formatted.message;
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code },
  };
}
