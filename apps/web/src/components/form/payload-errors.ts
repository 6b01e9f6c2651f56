import { userErrorMessageKey, type UserErrorLike, type UserErrorMessageKey } from '../../lib/user-errors.ts';

export interface PayloadErrors {
  /** First error per form path (`title`, `interviewees.0.pseudonym`), in Mantine form's dotted notation. */
  readonly byPath: Readonly<Record<string, { readonly key: UserErrorMessageKey; readonly code: string }>>;
  /** Message keys for errors that name no field of the form, without duplicates; shown above the form. */
  readonly general: readonly UserErrorMessageKey[];
}

function hasPath(values: unknown, segments: readonly string[]): boolean {
  let node: unknown = values;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object' || !(segment in node)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

/**
 * The form path a server error belongs to: the longest prefix of its field path (after the `input`
 * argument) that exists in the form's values. `["input", "team", "0", "userId"]` lands on `team.0.userId`
 * when the form edits that, and on the `team` control otherwise. `aliases` renames server fields the form
 * calls differently. `shownPaths`, when given, are the only paths that show an error (a list editor that
 * shows one message for all its rows).
 */
export function formPathOf(
  field: readonly string[],
  values: unknown,
  aliases: Readonly<Record<string, string>> = {},
  shownPaths?: readonly string[],
): string | null {
  const inInput = field[0] === 'input' ? field.slice(1) : field;
  const [head, ...rest] = inInput;
  if (head === undefined) return null;
  const segments = [aliases[head] ?? head, ...rest];
  for (let length = segments.length; length > 0; length -= 1) {
    const prefix = segments.slice(0, length);
    const known = shownPaths ? shownPaths.includes(prefix.join('.')) : hasPath(values, prefix);
    if (known) return prefix.join('.');
  }
  return null;
}

/** Sorts a payload's user errors onto the form's fields; everything else goes to the form as a whole. */
export function payloadErrors(
  errors: readonly UserErrorLike[],
  values: unknown,
  aliases?: Readonly<Record<string, string>>,
  shownPaths?: readonly string[],
): PayloadErrors {
  const byPath: Record<string, { key: UserErrorMessageKey; code: string }> = {};
  const general: UserErrorMessageKey[] = [];
  for (const error of errors) {
    const key = userErrorMessageKey(error.code);
    const path = formPathOf(error.field, values, aliases, shownPaths);
    if (path !== null) byPath[path] ??= { key, code: error.code };
    else if (!general.includes(key)) general.push(key);
  }
  // A payload without a record and without errors still failed; say so rather than nothing.
  if (errors.length === 0) general.push('userErrors.UNKNOWN');
  return { byPath, general };
}

/** Whether the errors include an optimistic-concurrency conflict (someone else saved first). */
export function hasConflict(errors: readonly UserErrorLike[]): boolean {
  return errors.some((error) => error.code === 'CONFLICT');
}
