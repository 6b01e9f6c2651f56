import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '@opcat/domain';
import { AuthorityResponse, Finding, FollowUpActivity, Place, Recommendation } from '../../db/entities/monitoring.ts';
import { RecommendationStatusEntry } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { findReadable } from '../records/load-readable.ts';
import { readableLinked } from '../records/readable-loaders.ts';
import { todayUtc } from './dates.ts';
import { recommendationFacts } from './facts.ts';

/*
 * Fields of a recommendation the caller already read. Its history, responses and follow-ups
 * inherit its visibility; linked findings, places and the repeated recommendation are records
 * of their own and go through the read filter.
 */

/** Same rule as the `overdue` filter: no response yet and the due date has passed. One statement per page. */
export async function responseOverdue(ctx: OperationContext, r: Recommendation): Promise<boolean> {
  if (r.responseDueOn >= todayUtc()) return false;
  return !(await answered(ctx).load(r.id));
}

/** Whether each recommendation has at least one authority response. */
function answered(ctx: OperationContext) {
  return ctx.loaders.batch<string, boolean>('recommendation:answered', null, async (ids) => {
    const em = ctx.em as EntityManager;
    const rows = await em
      .getConnection()
      .execute<{ recommendation_id: string }[]>(
        'select distinct recommendation_id from authority_response where recommendation_id in (?)',
        [[...new Set(ids)]],
        'all',
        em.getTransactionContext(),
      );
    const withResponse = new Set(rows.map((row) => row.recommendation_id));
    return ids.map((id) => withResponse.has(id));
  });
}

/** Linked records through the pivot table, each through the read scope: one statement per page. */
export function linkedFindings(ctx: OperationContext, r: Recommendation): Promise<Finding[]> {
  const link = { table: 'recommendation_finding', from: 'recommendation_id', to: 'finding_id' };
  return readableLinked(ctx, Finding, link, [['title', 'asc']]).load(r.id);
}

export function linkedPlaces(ctx: OperationContext, r: Recommendation): Promise<Place[]> {
  const link = { table: 'recommendation_place', from: 'recommendation_id', to: 'place_id' };
  return readableLinked(ctx, Place, link, [['name', 'asc']]).load(r.id);
}

export function repeatedRecommendation(ctx: OperationContext, r: Recommendation): Promise<Recommendation | null> {
  if (!r.repeats) return Promise.resolve(null);
  return findReadable(ctx, Recommendation, r.repeats.id, { populate: ['ownerOrganisation'] as never });
}

export function statusHistory(ctx: OperationContext, r: Recommendation): Promise<RecommendationStatusEntry[]> {
  return ctx.em.find(
    RecommendationStatusEntry,
    { recommendation: r.id },
    { orderBy: [{ effectiveOn: 'asc' }, { recordedAt: 'asc' }, { id: 'asc' }] },
  );
}

export function authorityResponses(ctx: OperationContext, r: Recommendation): Promise<AuthorityResponse[]> {
  return ctx.em.find(
    AuthorityResponse,
    { recommendation: r.id },
    { orderBy: [{ respondedOn: 'asc' }, { recordedAt: 'asc' }, { id: 'asc' }] },
  );
}

export function followUps(ctx: OperationContext, r: Recommendation): Promise<FollowUpActivity[]> {
  return ctx.em.find(
    FollowUpActivity,
    { recommendation: r.id },
    { orderBy: [{ happenedOn: 'asc' }, { recordedAt: 'asc' }, { id: 'asc' }] },
  );
}

export function viewerCanRespond(ctx: OperationContext, r: Recommendation): boolean {
  return can(ctx.actor, 'recommendation:respond', recommendationFacts(r));
}

export function viewerCanAssess(ctx: OperationContext, r: Recommendation): boolean {
  return can(ctx.actor, 'recommendation:assess', recommendationFacts(r));
}
