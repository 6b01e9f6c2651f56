import type { ZodError } from 'zod';
import type { UserError, UserErrorCode } from '../__generated__/resolvers-types.ts';

/** Expected failures travel as data in payloads, never as thrown errors. */
export function userError(field: string[], code: UserErrorCode, message: string): UserError {
  return { field, code, message };
}

export function fromZod(error: ZodError, prefix: string[] = ['input']): UserError[] {
  return error.issues.map((issue) => userError([...prefix, ...issue.path.map(String)], 'INVALID', issue.message));
}
