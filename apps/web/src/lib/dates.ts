import { dateLocale, formatCalendarDate } from '@opcat/domain';

/** A calendar date (LocalDate, YYYY-MM-DD) as the interface language writes it; the same day in every time zone. */
export function formatLocalDate(localDate: string, language: string): string {
  return formatCalendarDate(localDate, language, 'medium');
}

/** A period of calendar dates, "3 mar 2026 – 5 mar 2026"; just the start when there is no end or it is the same day. */
export function formatLocalDateRange(start: string, end: string | null | undefined, language: string): string {
  if (!end || end === start) return formatLocalDate(start, language);
  return `${formatLocalDate(start, language)} – ${formatLocalDate(end, language)}`;
}

/** An instant (ISO 8601) with date and time, e.g. "23 nov 2026, 08:50". */
export function formatDateTime(isoInstant: string, language: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Today in the browser's time zone as a LocalDate. */
export function todayLocalDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
