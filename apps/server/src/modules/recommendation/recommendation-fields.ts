import { can } from '@opcat/domain';
import { AuthorityResponse, Finding, FollowUpActivity, Place, Recommendation } from '../../db/entities/monitoring.ts';
import { RecommendationStatusEntry } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { findReadable, readableAmong } from '../records/load-readable.ts';
import { todayUtc } from './dates.ts';
import { recommendationFacts } from './facts.ts';

/*
 * Fields of a recommendation the caller already read. Its history, responses and follow-ups
 * inherit its visibility; linked findings, places and the repeated recommendation are records
 * of their own and go through the read filter.
 */

/** Same rule as the `overdue` filter: no response yet and the due date has passed. */
export async function responseOverdue(ctx: OperationContext, r: Recommendation): Promise<boolean> {
  if (r.responseDueOn >= todayUtc()) return false;
  return (await ctx.em.count(AuthorityResponse, { recommendation: r.id })) === 0;
}

/** Ids of linked records from the pivot table only, so nothing unreadable is ever hydrated for the caller. */
async function linkedIds(ctx: OperationContext, r: Recommendation, relation: 'findings' | 'places'): Promise<string[]> {
  const loaded = await ctx.em.findOneOrFail(Recommendation, r.id, {
    populate: [`${relation}:ref`] as never,
    fields: ['id'] as never,
  });
  return loaded[relation].getIdentifiers('id') as string[];
}

export async function linkedFindings(ctx: OperationContext, r: Recommendation): Promise<Finding[]> {
  return readableAmong(ctx, Finding, await linkedIds(ctx, r, 'findings'), { orderBy: { title: 'asc' } });
}

export async function linkedPlaces(ctx: OperationContext, r: Recommendation): Promise<Place[]> {
  return readableAmong(ctx, Place, await linkedIds(ctx, r, 'places'), { orderBy: { name: 'asc' } });
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
