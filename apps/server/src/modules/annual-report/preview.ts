import { ACCEPTANCES, IMPLEMENTATION_STATUSES } from '@opcat/domain';
import type { Acceptance, ImplementationStatus } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import { badUserInput } from '../../errors.ts';
import { LONG_ANNUAL_REPORT, parseAnnualReportFilter } from './annual-report-job.ts';
import { composeAnnualReport } from './compose.ts';
import type { AnnualAuthorityRow } from './model.ts';

export interface AnnualReportPreviewModel {
  total: number;
  overdue: number;
  discrepancies: number;
  dialogueEntries: number;
  acceptance: { acceptance: Acceptance; count: number }[];
  implementation: { status: ImplementationStatus | null; state: number; monitor: number }[];
  byAuthority: AnnualAuthorityRow[];
  runsAsJob: boolean;
}

/**
 * The counts the report would print, composed by the same code from the same readable rows (so the
 * preview and the file cannot disagree). An invalid filter is BAD_USER_INPUT naming its field.
 */
export async function previewAnnualReport(ctx: OperationContext, raw: unknown): Promise<AnnualReportPreviewModel> {
  const { filter, userErrors } = parseAnnualReportFilter(raw, ['filter']);
  if (!filter) throw badUserInput(`${userErrors[0]?.field.join('.') ?? 'filter'}: ${userErrors[0]?.message ?? ''}`);
  const model = await composeAnnualReport(ctx, filter, 'es');
  const { counts } = model;
  return {
    total: counts.total,
    overdue: counts.overdue,
    discrepancies: counts.discrepancies,
    dialogueEntries: model.recommendations.reduce((n, r) => n + r.dialogue.length, 0),
    acceptance: ACCEPTANCES.map((acceptance) => ({ acceptance, count: counts.acceptance[acceptance] })),
    implementation: [
      ...IMPLEMENTATION_STATUSES.map((status) => ({
        status,
        state: counts.state[status],
        monitor: counts.monitor[status],
      })),
      { status: null, state: counts.state.NONE, monitor: counts.monitor.NONE },
    ],
    byAuthority: model.byAuthority,
    runsAsJob: counts.total >= LONG_ANNUAL_REPORT,
  };
}
