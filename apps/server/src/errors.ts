import { PolicyDenied } from '@opcat/domain';

/**
 * The closed list of failures an operation can end with, whatever the transport. GraphQL
 * (`graphql/errors.ts`), the HTTP routes and /collab close codes each map every code, exhaustively.
 */
export const APP_ERROR_CODES = [
  /** Missing, and not allowed: one answer, so ids cannot be probed. */
  'NOT_FOUND',
  'UNAUTHENTICATED',
  /** An argument the caller could have known was wrong (a malformed filter, a NUL byte). */
  'BAD_USER_INPUT',
  /** The request cannot be served this way (wrong transport, a missing header). */
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  NOT_FOUND: 'Not found',
  UNAUTHENTICATED: 'Sign in first',
  BAD_USER_INPUT: 'Invalid input',
  BAD_REQUEST: 'Bad request',
  PAYLOAD_TOO_LARGE: 'Too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  RATE_LIMITED: 'Too many requests; try again later',
};

/** An expected failure of an operation, with a code every transport knows how to answer. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  constructor(code: AppErrorCode, message: string = DEFAULT_MESSAGES[code]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export const notFound = (): AppError => new AppError('NOT_FOUND');
export const unauthenticated = (): AppError => new AppError('UNAUTHENTICATED');
export const badRequest = (message: string): AppError => new AppError('BAD_REQUEST', message);
export const badUserInput = (message: string): AppError => new AppError('BAD_USER_INPUT', message);

/**
 * The AppError an error stands for: itself, a policy denial (NOT_FOUND, like a missing record),
 * or null for anything else (a bug: masked and logged by the transport).
 */
export function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof PolicyDenied) return notFound();
  return null;
}
