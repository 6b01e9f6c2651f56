import type { Locale } from './enums.ts';

/**
 * The Intl locale each language writes dates in for readers outside the app (reports, the public
 * portal): British English ("9 February 2026", not "February 9, 2026"), Brazilian Portuguese.
 */
export const DATE_LOCALES: Record<Locale, string> = { es: 'es', en: 'en-GB', fr: 'fr', pt: 'pt-BR' };

/**
 * A calendar date (YYYY-MM-DD) as a language writes it: `long` in prose ("9 de febrero de 2026"),
 * `medium` in tables and lists ("9 feb 2026"). The day as written, whatever the reader's or the
 * server's time zone. Anything that is not such a date is returned unchanged.
 */
export function formatCalendarDate(localDate: string, locale: string, dateStyle: 'medium' | 'long' = 'medium'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) return localDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return localDate;
  return new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(date);
}
