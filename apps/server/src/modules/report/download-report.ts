import type { Writable } from 'node:stream';
import type { OperationContext } from '../../operation/context.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { composeReport, decideReport } from './compose.ts';
import type { ReportRequest } from './compose.ts';
import { includedRecordIds } from './model.ts';
import type { VisitReportModel } from './model.ts';
import { renderReportDocx } from './render-docx.ts';
import { renderReportPdf } from './render-pdf.ts';

export const REPORT_FORMATS = ['pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_MEDIA_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * A version of a visit report, composed for a downloader the policy lets have it, with the audit
 * entry written first: in the owner organisation's log (who, which version, which records, how
 * many). Null is NOT_FOUND, for a missing visit and an unreadable version alike.
 */
export async function prepareReportDownload(
  ctx: OperationContext,
  request: ReportRequest,
  format: ReportFormat,
): Promise<{ model: VisitReportModel; render: (out: Writable) => Promise<void> } | null> {
  const decision = await decideReport(ctx, request);
  if (!decision) return null;
  const model = await composeReport(ctx, decision, request.language);
  const ids = includedRecordIds(model);
  await appendAudit(ctx.em, ctx.services.env.AUDIT_KEY, {
    action: 'record.exported',
    actor: ctx.actor,
    subjectType: 'VISIT',
    subjectId: model.visitId,
    subjectOrganisationId: decision.sources.visit.ownerOrganisation.id,
    details: {
      report: 'VISIT_REPORT',
      version: model.version,
      format,
      language: model.language,
      audienceOrganisationId: model.audience?.id ?? null,
      visitIncluded: model.visit !== null,
      placeIds: ids.places,
      findingIds: ids.findings,
      recommendationIds: ids.recommendations,
      counts: { places: ids.places.length, findings: ids.findings.length, recommendations: ids.recommendations.length },
      transport: ctx.transport,
    },
  });
  return {
    model,
    render: (out) => (format === 'pdf' ? renderReportPdf(model, out) : renderReportDocx(model, out)),
  };
}
