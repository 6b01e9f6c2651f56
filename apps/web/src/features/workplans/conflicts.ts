export interface FieldConflict {
  field: string;
  base: unknown;
  yours: unknown;
  theirs: unknown;
}

export type Choice = 'yours' | 'theirs';

/**
 * After picking per field, resend only the fields where the person kept their own value, with
 * `theirs` as the new base (that is what they saw when choosing). Picking "theirs" needs no write.
 */
export function resolutionInput(
  conflicts: readonly FieldConflict[],
  choices: Readonly<Record<string, Choice>>,
): { changes: Record<string, unknown>; base: Record<string, unknown> } {
  const changes: Record<string, unknown> = {};
  const base: Record<string, unknown> = {};
  for (const conflict of conflicts) {
    if ((choices[conflict.field] ?? 'theirs') !== 'yours') continue;
    changes[conflict.field] = conflict.yours;
    base[conflict.field] = conflict.theirs;
  }
  return { changes, base };
}

/** Only the fields whose value differs from what was shown before editing. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
): { changes: Partial<T>; base: Partial<T> } {
  const changes: Partial<T> = {};
  const base: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    changes[key] = after[key];
    base[key] = before[key];
  }
  return { changes, base };
}
