import type { FilterQuery } from '@mikro-orm/core';
import { can } from '@opcat/domain';
import { AuthorityResponse, Finding, Recommendation, RecommendationStatusEntry } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { recordFacts } from '../records/facts.ts';
import { auditConfidentialReads } from '../records/load-readable.ts';
import { readableBy } from '../records/read-filter.ts';
import { todayUtc } from '../recommendation/dates.ts';
import type { AnnualReportFilter } from './filter.ts';
import type { AnnualRecommendation, DialogueEntry } from './model.ts';

/** Recommendations read per statement (and per progress step of a job). */
export const ANNUAL_PAGE = 200;

/** The filter in SQL; a monitoring area only through findings the viewer reads (no oracle on the others). */
function whereOf(ctx: OperationContext, filter: AnnualReportFilter): FilterQuery<Recommendation> {
  const and: FilterQuery<Recommendation>[] = [readableBy(ctx.actor, Recommendation)];
  if (filter.from) and.push({ issuedOn: { $gte: filter.from } });
  if (filter.to) and.push({ issuedOn: { $lte: filter.to } });
  if (filter.organisationId) and.push({ ownerOrganisation: filter.organisationId });
  if (filter.authorityId) and.push({ addressee: filter.authorityId });
  if (filter.area) {
    and.push({
      findings: { $some: { $and: [{ monitoringArea: filter.area }, readableBy(ctx.actor, Finding)] } },
    } as FilterQuery<Recommendation>);
  }
  return { $and: and } as FilterQuery<Recommendation>;
}

/** How many recommendations the read scope lets through the filter (for progress and the job threshold). */
export function countAnnualRecommendations(ctx: OperationContext, filter: AnnualReportFilter): Promise<number> {
  return ctx.em.count(Recommendation, whereOf(ctx, filter));
}

/**
 * The recommendations of a report, page by page through the read scope in SQL and the policy per
 * row (an unreadable recommendation is never loaded, let alone counted), each with its dialogue:
 * the authority's responses and the status history, in the order they happened. SPT-confidential
 * reads are audited like on screen. Authors of status entries are people: never named.
 */
export async function* annualRecommendationPages(
  ctx: OperationContext,
  filter: AnnualReportFilter,
  withDialogue = true,
): AsyncGenerator<AnnualRecommendation[]> {
  const today = todayUtc();
  for (let offset = 0; ; offset += ANNUAL_PAGE) {
    const page = await ctx.em.find(Recommendation, whereOf(ctx, filter), {
      populate: ['addressee', 'ownerOrganisation'] as never,
      orderBy: [{ issuedOn: 'asc' }, { reference: 'asc' }, { id: 'asc' }],
      limit: ANNUAL_PAGE,
      offset,
    });
    const readable = page.filter((r) => can(ctx.actor, 'record:read', recordFacts(r)));
    await auditConfidentialReads(ctx, readable);
    const ids = readable.map((r) => r.id);
    const [responses, entries] = ids.length
      ? await Promise.all([
          ctx.em.find(
            AuthorityResponse,
            { recommendation: { $in: ids } },
            { populate: ['authorOrganisation'] as never, orderBy: [{ respondedOn: 'asc' }, { recordedAt: 'asc' }] },
          ),
          ctx.em.find(
            RecommendationStatusEntry,
            { recommendation: { $in: ids } },
            { orderBy: [{ effectiveOn: 'asc' }, { recordedAt: 'asc' }] },
          ),
        ])
      : [[], []];
    yield readable.map((r): AnnualRecommendation => {
      const mine = responses.filter((a) => a.recommendation.id === r.id);
      const dialogue: DialogueEntry[] = withDialogue
        ? [
            ...mine.map((a): DialogueEntry => ({
              on: a.respondedOn,
              kind: 'RESPONSE',
              by: a.authorOrganisation.name,
              value: a.acceptance,
              text: [a.text, a.proposedTimeline].filter((t) => t.trim() !== '').join('\n'),
            })),
            ...entries
              .filter((e) => e.recommendation.id === r.id)
              .map((e): DialogueEntry => ({ on: e.effectiveOn, kind: e.kind, by: null, value: e.value, text: e.note })),
          ].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
        : [];
      return {
        id: r.id,
        reference: r.reference,
        title: r.title,
        addressee: r.addressee.name,
        owner: r.ownerOrganisation.name,
        ownerOrganisationId: r.ownerOrganisation.id,
        issuedOn: r.issuedOn,
        responseDueOn: r.responseDueOn,
        acceptance: r.acceptance,
        stateStatus: r.stateStatus,
        monitorStatus: r.monitorStatus,
        overdue: r.responseDueOn < today && mine.length === 0,
        dialogue,
      };
    });
    if (page.length < ANNUAL_PAGE) return;
  }
}
