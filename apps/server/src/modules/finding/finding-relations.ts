import type { Finding } from '../../db/entities/monitoring.ts';
import { Interviewee, Place, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { FilterQuery } from '@mikro-orm/core';
import { pageLimit, pageReadable } from '../records/keyset-page.ts';
import { LINKED_RECOMMENDATION_KEYS } from '../visit/visit-recommendations.ts';
import type { NestedPageArgs } from '../visit/visit-recommendations.ts';
import { readableById } from '../records/readable-loaders.ts';

/** The visit, when the viewer can read it: a finding may be shared more widely than its visit. */
export function findingVisit(ctx: OperationContext, finding: Finding) {
  return readableById(ctx, Visit).load(finding.visit.id);
}

/** The place, when the viewer can read it; one statement for every finding of a page. */
export function findingPlace(ctx: OperationContext, finding: Finding) {
  return readableById(ctx, Place).load(finding.place.id);
}

/** Readable recommendations that name this finding: a keyset page with its capped count, one statement. */
export function findingRecommendations(ctx: OperationContext, finding: Finding, args: NestedPageArgs = {}) {
  return pageReadable(ctx, Recommendation, { findings: finding.id } as FilterQuery<Recommendation>, {
    sort: 'ISSUED_DESC',
    keys: LINKED_RECOMMENDATION_KEYS,
    after: args.after,
    limit: pageLimit(args.limit),
  });
}

/** Interviewees belong to the finding; their personal fields are resolved through personal-data.ts. */
export function findingInterviewees(ctx: OperationContext, finding: Finding) {
  return ctx.em.find(Interviewee, { finding: finding.id }, { orderBy: { pseudonym: 'asc', id: 'asc' } });
}
