import type { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OperationContext } from '../../operation/context.ts';
import { appendAuditEntries } from '../audit/append-audit.ts';
import type { AuditInput } from '../audit/append-audit.ts';
import { renderBlocksDocx } from '../report/render-docx.ts';
import { renderBlocksPdf } from '../report/render-pdf.ts';
import { composeAnnualReport } from './compose.ts';
import type { AnnualReportFormat, AnnualReportRequest } from './filter.ts';
import type { AnnualReportModel } from './model.ts';
import { annualBlocks, annualMeta } from './outline.ts';
import { renderAnnualXlsx } from './render-xlsx.ts';
import { groupBy } from '../../collections.ts';

/** The file's name: the kind of report and the day, nothing taken from the request. */
export function annualReportFileName(
  format: AnnualReportFormat,
  model: Pick<AnnualReportModel, 'filter' | 'generatedOn'>,
): string {
  return `${model.filter.area ? 'informe-tematico' : 'informe-anual'}-${model.generatedOn}.${format}`;
}

export function renderAnnualReport(model: AnnualReportModel, format: AnnualReportFormat, out: Writable): Promise<void> {
  switch (format) {
    case 'pdf':
      return renderBlocksPdf(annualBlocks(model), annualMeta(model), out);
    case 'docx':
      return renderBlocksDocx(annualBlocks(model), annualMeta(model), out);
    case 'xlsx':
      return renderAnnualXlsx(model, out);
  }
}

/**
 * Writes who downloaded which report with which filters: one entry per organisation owning
 * recommendations in it, in that organisation's log, with its own records only (another owner's
 * count is not its to know); a report with no record is one entry in the downloader's own log.
 */
export async function auditAnnualReport(
  ctx: OperationContext,
  model: AnnualReportModel,
  format: AnnualReportFormat,
): Promise<void> {
  const perOwner = groupBy(
    model.recommendations,
    (r) => r.ownerOrganisationId,
    (r) => r.id,
  );
  const base = {
    report: 'ANNUAL_REPORT',
    format,
    language: model.language,
    filter: model.filter,
    transport: ctx.transport,
  };
  const entries: AuditInput[] =
    perOwner.size === 0
      ? [{ action: 'record.exported', actor: ctx.actor, subjectType: 'REPORT', details: { ...base, records: 0 } }]
      : [...perOwner.entries()].map(([owner, ids]) => ({
          action: 'record.exported',
          actor: ctx.actor,
          subjectType: 'REPORT',
          subjectOrganisationId: owner,
          details: { ...base, records: ids.length, recommendationIds: ids },
        }));
  await appendAuditEntries(ctx.services.orm.em.fork() as EntityManager, ctx.services.env.AUDIT_KEY, entries);
}

/**
 * The report for its downloader, composed through the read scope and audited before a byte is
 * written; `render` writes the file.
 */
export async function prepareAnnualReport(
  ctx: OperationContext,
  request: AnnualReportRequest,
  onPage?: (read: number) => Promise<void>,
): Promise<{ model: AnnualReportModel; fileName: string; render: (out: Writable) => Promise<void> }> {
  const model = await composeAnnualReport(ctx, request.filter, request.language, { onPage });
  await auditAnnualReport(ctx, model, request.format);
  return {
    model,
    fileName: annualReportFileName(request.format, model),
    render: (out) => renderAnnualReport(model, request.format, out),
  };
}
