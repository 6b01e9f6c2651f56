import type { Locale } from './enums.ts';

/**
 * The Intl locale each language writes dates in, in the app and out of it (reports, the public portal,
 * e-mails): British English ("9 February 2026", "9 Feb 2026": day first, as the app's date fields and the
 * UN's documents write it), Brazilian Portuguese.
 */
export const DATE_LOCALES: Record<Locale, string> = { es: 'es', en: 'en-GB', fr: 'fr', pt: 'pt-BR' };

/** The Intl locale for dates in a language tag ('en', 'pt-BR', 'es-419'): its base language's, else the tag. */
export function dateLocale(language: string): string {
  const base = language.split('-')[0] ?? language;
  return base in DATE_LOCALES ? DATE_LOCALES[base as Locale] : language;
}

/**
 * A calendar date (YYYY-MM-DD) as a language writes it: `long` in prose ("9 de febrero de 2026"),
 * `medium` in tables and lists ("9 feb 2026"). The day as written, whatever the reader's or the
 * server's time zone. Anything that is not such a date is returned unchanged.
 */
export function formatCalendarDate(
  localDate: string,
  language: string,
  dateStyle: 'medium' | 'long' = 'medium',
): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) return localDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Not a real day (2026-02-30 would roll over into March).
  if (date.toISOString().slice(0, 10) !== localDate) return localDate;
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle, timeZone: 'UTC' }).format(date);
}
