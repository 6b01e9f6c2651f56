import { stringify } from 'csv-stringify/sync';
import type { PublicPractice, PublicRecommendation } from './public-records.ts';

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula: such text cells get a leading
 * apostrophe in the CSV (OWASP's advice); the JSON keeps every value as written.
 */
function cell(value: string | null): string {
  if (value === null) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csv(columns: string[], rows: (string | null)[][]): string {
  return stringify([columns, ...rows.map((r) => r.map(cell))], { bom: true, record_delimiter: 'windows' });
}

export function recommendationsCsv(rows: PublicRecommendation[]): string {
  return csv(
    [
      'id',
      'reference',
      'title',
      'text',
      'source',
      'theme',
      'level',
      'priority',
      'country_code',
      'issued_by',
      'addressee',
      'issued_on',
      'target_date',
      'acceptance',
      'state_reported_status',
      'monitor_assessed_status',
      'publication_authorised_on',
    ],
    rows.map((r) => [
      r.id,
      r.reference,
      r.title,
      r.text,
      r.source,
      r.theme,
      r.level,
      r.priority,
      r.countryCode,
      r.issuedBy,
      r.addressee,
      r.issuedOn,
      r.targetDate,
      r.acceptance,
      r.stateStatus,
      r.monitorStatus,
      r.publicationAuthorisedOn,
    ]),
  );
}

export function practicesCsv(rows: PublicPractice[]): string {
  return csv(
    [
      'id',
      'title',
      'description',
      'monitoring_area',
      'risk_factors',
      'vulnerabilities',
      'country_code',
      'published_by',
      'observed_on',
    ],
    rows.map((p) => [
      p.id,
      p.title,
      p.description,
      p.monitoringArea,
      p.riskFactors.join(';'),
      p.vulnerabilities.join(';'),
      p.countryCode,
      p.publishedBy,
      p.observedOn,
    ]),
  );
}

/** JSON downloads name what they hold and where it comes from. */
export function openDataJson(dataset: string, items: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ dataset, publisher: 'opcat-hub', ...extra, count: items.length, items }, null, 2);
}
