import { USER_ERROR_CODES, type UserErrorCode } from './enums.ts';

export interface UserErrorLike {
  readonly field: readonly string[];
  readonly code: string;
}

export type UserErrorMessageKey = `userErrors.${UserErrorCode}` | 'userErrors.UNKNOWN';

/** The translation key for a payload's user error; codes this client does not know yet get a generic text. */
export function userErrorMessageKey(code: string): UserErrorMessageKey {
  const known = USER_ERROR_CODES.find((candidate) => candidate === code);
  return known ? `userErrors.${known}` : 'userErrors.UNKNOWN';
}

export interface SortedUserErrors<Field extends string> {
  /** First message key per form field, for errors whose path ends in one of the form's fields. */
  readonly byField: Partial<Record<Field, UserErrorMessageKey>>;
  /** Message keys for everything else (shown above the form), without duplicates. */
  readonly general: readonly UserErrorMessageKey[];
}

/** Routes user errors to the form fields they name (`["input", "email"]` → `email`) or to the form as a whole. */
export function sortUserErrors<Field extends string>(
  errors: readonly UserErrorLike[],
  fields: readonly Field[],
): SortedUserErrors<Field> {
  const byField: Partial<Record<Field, UserErrorMessageKey>> = {};
  const general: UserErrorMessageKey[] = [];
  for (const error of errors) {
    const key = userErrorMessageKey(error.code);
    const last = error.field.at(-1);
    const field = fields.find((candidate) => candidate === last);
    if (field !== undefined) {
      byField[field] ??= key;
    } else if (!general.includes(key)) {
      general.push(key);
    }
  }
  return { byField, general };
}
