import { sortUserErrors, type SortedUserErrors, type UserErrorLike } from '../../lib/user-errors.ts';

export const NO_ERRORS: SortedUserErrors<never> = { byField: {}, general: [] };

/**
 * Sorts a payload's user errors by the top-level input field they concern: `["input", "team", "0",
 * "userId"]` belongs to the `team` control, not to a field called `userId`.
 */
export function formErrors<Field extends string>(
  errors: readonly UserErrorLike[],
  fields: readonly Field[],
): SortedUserErrors<Field> {
  const topLevel = errors.map((error) => ({
    ...error,
    field: error.field[0] === 'input' ? error.field.slice(0, 2) : error.field,
  }));
  const sorted = sortUserErrors(topLevel, fields);
  const empty = Object.keys(sorted.byField).length === 0 && sorted.general.length === 0;
  // A payload without a record and without errors still failed; say so rather than nothing.
  return empty ? { byField: {}, general: ['userErrors.UNKNOWN'] } : sorted;
}

/** Whether the errors include an optimistic-concurrency conflict (someone else saved first). */
export function hasConflict(errors: readonly UserErrorLike[]): boolean {
  return errors.some((error) => error.code === 'CONFLICT');
}
