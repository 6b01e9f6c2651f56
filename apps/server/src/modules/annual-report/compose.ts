import { ACCEPTANCES, IMPLEMENTATION_STATUSES, can } from '@opcat/domain';
import { Organisation } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import { unauthenticated } from '../../errors.ts';
import { isId } from '../ids.ts';
import type { ReportLanguage } from '../report/model.ts';
import { compactFilter } from './filter.ts';
import type { AnnualReportFilter } from './filter.ts';
import type {
  AnnualAuthorityRow,
  AnnualCounts,
  AnnualRecommendation,
  AnnualReportModel,
  StatusCounts,
} from './model.ts';
import { annualRecommendationPages } from './sources.ts';

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const statusZero = (): StatusCounts => zero([...IMPLEMENTATION_STATUSES, 'NONE'] as const);

/** The figures of a report, computed from the very rows it prints (so they cannot count anything else). */
export function countRecommendations(recommendations: readonly AnnualRecommendation[]): {
  counts: AnnualCounts;
  byAuthority: AnnualAuthorityRow[];
} {
  const counts: AnnualCounts = {
    total: 0,
    acceptance: zero(ACCEPTANCES),
    state: statusZero(),
    monitor: statusZero(),
    discrepancies: 0,
    overdue: 0,
  };
  const authorities = new Map<string, AnnualAuthorityRow>();
  for (const r of recommendations) {
    counts.total += 1;
    counts.acceptance[r.acceptance] += 1;
    counts.state[r.stateStatus ?? 'NONE'] += 1;
    counts.monitor[r.monitorStatus ?? 'NONE'] += 1;
    if (r.stateStatus && r.monitorStatus && r.stateStatus !== r.monitorStatus) counts.discrepancies += 1;
    if (r.overdue) counts.overdue += 1;
    const row = authorities.get(r.addressee) ?? {
      authority: r.addressee,
      total: 0,
      accepted: 0,
      stateImplemented: 0,
      monitorImplemented: 0,
      overdue: 0,
    };
    row.total += 1;
    if (r.acceptance === 'ACCEPTED' || r.acceptance === 'PARTIALLY_ACCEPTED') row.accepted += 1;
    if (r.stateStatus === 'IMPLEMENTED') row.stateImplemented += 1;
    if (r.monitorStatus === 'IMPLEMENTED') row.monitorImplemented += 1;
    if (r.overdue) row.overdue += 1;
    authorities.set(r.addressee, row);
  }
  const byAuthority = [...authorities.values()].sort((a, b) => a.authority.localeCompare(b.authority));
  return { counts, byAuthority };
}

/** An organisation's name for the report's header, from the directory every signed-in partner reads. */
async function organisationName(ctx: OperationContext, id: string | null | undefined): Promise<string | null> {
  if (!id || !isId(id) || !can(ctx.actor, 'organisation:read', { organisationId: id })) return null;
  return (await ctx.em.findOne(Organisation, id, { fields: ['name'] }))?.name ?? null;
}

/**
 * Composes the report: every recommendation the viewer reads under the filters, page by page,
 * with its dialogue; `onPage` hears how many were read so far (a job's progress).
 */
export async function composeAnnualReport(
  ctx: OperationContext,
  filter: AnnualReportFilter,
  language: ReportLanguage,
  options: { withDialogue?: boolean; onPage?: (read: number) => Promise<void> } = {},
): Promise<AnnualReportModel> {
  if (!ctx.actor) throw unauthenticated();
  const recommendations: AnnualRecommendation[] = [];
  for await (const page of annualRecommendationPages(ctx, filter, options.withDialogue ?? true)) {
    recommendations.push(...page);
    await options.onPage?.(recommendations.length);
  }
  const { counts, byAuthority } = countRecommendations(recommendations);
  return {
    language,
    generatedOn: new Date().toISOString().slice(0, 10),
    filter: compactFilter(filter),
    filterNames: {
      organisation: await organisationName(ctx, filter.organisationId),
      authority: await organisationName(ctx, filter.authorityId),
      area: filter.area ?? null,
    },
    counts,
    byAuthority,
    recommendations,
  };
}
