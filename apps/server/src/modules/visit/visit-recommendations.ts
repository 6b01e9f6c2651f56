import type { FilterQuery } from '@mikro-orm/core';
import { Finding, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import type { FollowUpActivity } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { listReadable } from '../records/load-readable.ts';
import { readableBy } from '../records/read-filter.ts';
import { readableById } from '../records/readable-loaders.ts';

/**
 * Readable recommendations issued from the visit's findings that the viewer may read too: a
 * recommendation linked only to an unreadable finding of the visit does not tell that finding exists.
 */
export async function visitRecommendations(ctx: OperationContext, visit: Visit): Promise<Recommendation[]> {
  const { nodes } = await listReadable(
    ctx,
    Recommendation,
    { findings: { $and: [{ visit: visit.id }, readableBy(ctx.actor, Finding)] } } as FilterQuery<Recommendation>,
    { limit: 1000, offset: 0, orderBy: { issuedOn: 'desc', id: 'asc' } },
  );
  return [...new Map(nodes.map((r) => [r.id, r])).values()];
}

/** A follow-up's visit record, when linked and readable by the viewer (else null, like no link). */
export function followUpVisit(ctx: OperationContext, followUp: FollowUpActivity): Promise<Visit | null> {
  return followUp.visit ? readableById(ctx, Visit).load(followUp.visit.id) : Promise.resolve(null);
}
