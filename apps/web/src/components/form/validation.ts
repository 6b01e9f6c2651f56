import { isLocalDate } from './local-date.ts';

/** The translation keys (namespace `translation`) a client-side check can answer with. */
export type ValidationKey =
  | 'forms.required'
  | 'forms.invalidDate'
  | 'forms.dateNotBefore'
  | 'forms.dateNotAfter'
  | 'forms.email'
  | 'forms.tooLong';

export interface ValidationMessage {
  readonly key: ValidationKey;
  /** Interpolation values; a `date` is a LocalDate and is written in the reader's language. */
  readonly values?: Readonly<Record<string, string | number>>;
}

/** One check of one field; `values` lets a rule compare against another field (end date after start date). */
export type Rule<Value, Values> = (value: Value, values: Values) => ValidationMessage | null;

export type Rules<Values> = { readonly [Field in keyof Values]?: Rule<Values[Field], Values> };

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

export const required: Rule<unknown, unknown> = (value) => (isBlank(value) ? { key: 'forms.required' } : null);

/** Runs rules in order and answers with the first complaint, so a field shows one message at a time. */
export function all<Value, Values>(...rules: readonly Rule<Value, Values>[]): Rule<Value, Values> {
  return (value, values) => {
    for (const rule of rules) {
      const message = rule(value, values);
      if (message) return message;
    }
    return null;
  };
}

/** A LocalDate or nothing; `required` decides whether nothing is acceptable. */
export const localDate: Rule<string | null, unknown> = (value) =>
  isBlank(value) || isLocalDate(value ?? '') ? null : { key: 'forms.invalidDate' };

type Bound<Values> = string | null | undefined | ((values: Values) => string | null | undefined);

function resolve<Values>(bound: Bound<Values>, values: Values): string | null {
  const date = typeof bound === 'function' ? bound(values) : bound;
  return date && isLocalDate(date) ? date : null;
}

// LocalDates (YYYY-MM-DD) compare correctly as strings.
export function notBefore<Values>(bound: Bound<Values>): Rule<string | null, Values> {
  return (value, values) => {
    const min = resolve(bound, values);
    return value && min && isLocalDate(value) && value < min
      ? { key: 'forms.dateNotBefore', values: { date: min } }
      : null;
  };
}

export function notAfter<Values>(bound: Bound<Values>): Rule<string | null, Values> {
  return (value, values) => {
    const max = resolve(bound, values);
    return value && max && isLocalDate(value) && value > max
      ? { key: 'forms.dateNotAfter', values: { date: max } }
      : null;
  };
}

export const email: Rule<string, unknown> = (value) =>
  isBlank(value) || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : { key: 'forms.email' };

export function maxLength(max: number): Rule<string, unknown> {
  return (value) => (value.trim().length > max ? { key: 'forms.tooLong', values: { max } } : null);
}

/** Every complaint of a form, by field name; fields without rules or without a complaint are left out. */
export function validateAll<Values>(
  rules: Rules<Values>,
  values: Values,
): Partial<Record<keyof Values, ValidationMessage>> {
  const errors: Partial<Record<keyof Values, ValidationMessage>> = {};
  for (const field of Object.keys(rules) as (keyof Values)[]) {
    const rule = rules[field];
    const message = rule?.(values[field], values);
    if (message) errors[field] = message;
  }
  return errors;
}
