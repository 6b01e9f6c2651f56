import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Finding, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import type { FollowUpActivity } from '../../db/entities/monitoring.ts';
import { RecommendationFinding } from '../../db/entities/pivots.ts';
import type { OperationContext } from '../../operation/context.ts';
import { pageLimit, pageReadable } from '../records/keyset-page.ts';
import type { KeysetPage, SortKey } from '../records/keyset-page.ts';
import { readableBy } from '../records/read-filter.ts';
import { readableById } from '../records/readable-loaders.ts';

/** A record's linked recommendations, newest first (the tracker's ISSUED_DESC order and cursor). */
export const LINKED_RECOMMENDATION_KEYS: readonly SortKey<Recommendation>[] = [
  { property: 'issuedOn', direction: 'desc', kind: 'date', value: (r) => r.issuedOn },
  { property: 'reference', direction: 'asc', kind: 'text', value: (r) => r.reference },
  { property: 'id', direction: 'asc', kind: 'uuid', value: (r) => r.id },
];

/** A nested page's arguments: `limit` (1..200, default 50) and `after` (a previous page's endCursor). */
export interface NestedPageArgs {
  limit?: number | null;
  after?: string | null;
}

/**
 * Readable recommendations issued from the visit's findings that the viewer may read too: a
 * recommendation linked only to an unreadable finding of the visit does not tell that finding exists.
 * One keyset page with its capped count (one statement): the links are a subquery (`id in (…)`), so
 * a recommendation linked to two findings of the visit is one row.
 */
export function visitRecommendations(
  ctx: OperationContext,
  visit: Visit,
  args: NestedPageArgs = {},
): Promise<KeysetPage<Recommendation>> {
  const limit = pageLimit(args.limit);
  const em = ctx.em as EntityManager;
  const linked = () =>
    ({
      id: {
        $in: em
          .createQueryBuilder(RecommendationFinding, 'rf')
          .select('rf.recommendation')
          .where({
            finding: { $and: [{ visit: visit.id }, readableBy(ctx.actor, Finding)] },
          } as FilterQuery<RecommendationFinding>)
          .getKnexQuery(),
      },
    }) as unknown as FilterQuery<Recommendation>;
  return pageReadable(ctx, Recommendation, linked, {
    sort: 'ISSUED_DESC',
    keys: LINKED_RECOMMENDATION_KEYS,
    after: args.after,
    limit,
  });
}

/** A follow-up's visit record, when linked and readable by the viewer (else null, like no link). */
export function followUpVisit(ctx: OperationContext, followUp: FollowUpActivity): Promise<Visit | null> {
  return followUp.visit ? readableById(ctx, Visit).load(followUp.visit.id) : Promise.resolve(null);
}
