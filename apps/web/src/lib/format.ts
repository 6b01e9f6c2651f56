import { dateLocale } from '@opcat/domain';

/** Country name in the interface language for an ISO 3166-1 alpha-2 code; the code itself if unknown. */
export { countryName } from '@opcat/domain';

/** A date (ISO 8601 instant) as the interface language writes it, e.g. "23 nov 2026". */
export function formatDate(isoInstant: string, language: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'medium' }).format(date);
}
