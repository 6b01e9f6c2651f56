import { z } from 'zod';
import { MONITORING_AREAS } from '@opcat/domain';
import type { MonitoringArea } from '@opcat/domain';
import { REPORT_LANGUAGES } from '../report/model.ts';
import type { ReportLanguage } from '../report/model.ts';

/** The formats an annual report is written in. */
export const ANNUAL_REPORT_FORMATS = ['pdf', 'docx', 'xlsx'] as const;
export type AnnualReportFormat = (typeof ANNUAL_REPORT_FORMATS)[number];

export const ANNUAL_REPORT_MEDIA_TYPES: Record<AnnualReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD')
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      message: 'Not a calendar date',
    },
  );
const uuid = z.string().uuid('Not an identifier');

/**
 * Which recommendations a report covers: issued in a period, owned by an organisation, addressed to
 * an authority, about a monitoring area (through the findings they stem from). Every field is
 * optional; the recommendations are always only those the viewer reads.
 */
export const annualReportFilter = z
  .object({
    from: date.nullish(),
    to: date.nullish(),
    organisationId: uuid.nullish(),
    authorityId: uuid.nullish(),
    area: z.enum(MONITORING_AREAS).nullish(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The period ends before it starts', path: ['to'] });

export interface AnnualReportFilter {
  from?: string | null;
  to?: string | null;
  organisationId?: string | null;
  authorityId?: string | null;
  area?: MonitoringArea | null;
}

/** A filter with no empty values (what is stored on a job and written to the audit log). */
export function compactFilter(filter: AnnualReportFilter): AnnualReportFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v != null && v !== '')) as AnnualReportFilter;
}

export interface AnnualReportRequest {
  filter: AnnualReportFilter;
  format: AnnualReportFormat;
  language: ReportLanguage;
}

export function isAnnualReportFormat(value: string): value is AnnualReportFormat {
  return (ANNUAL_REPORT_FORMATS as readonly string[]).includes(value);
}

export function isReportLanguage(value: string): value is ReportLanguage {
  return (REPORT_LANGUAGES as readonly string[]).includes(value);
}
