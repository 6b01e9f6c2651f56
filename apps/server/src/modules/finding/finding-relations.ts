import type { Finding } from '../../db/entities/monitoring.ts';
import { Interviewee, Place, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { listReadable } from '../records/load-readable.ts';
import { readableById } from '../records/readable-loaders.ts';

/** The visit, when the viewer can read it: a finding may be shared more widely than its visit. */
export function findingVisit(ctx: OperationContext, finding: Finding) {
  return readableById(ctx, Visit).load(finding.visit.id);
}

/** The place, when the viewer can read it; one statement for every finding of a page. */
export function findingPlace(ctx: OperationContext, finding: Finding) {
  return readableById(ctx, Place).load(finding.place.id);
}

/** Readable recommendations that name this finding. */
export async function findingRecommendations(ctx: OperationContext, finding: Finding) {
  const { nodes } = await listReadable(
    ctx,
    Recommendation,
    { findings: finding.id },
    {
      limit: 1000,
      offset: 0,
      orderBy: { issuedOn: 'desc', id: 'asc' },
    },
  );
  return nodes;
}

/** Interviewees belong to the finding; their personal fields are resolved through personal-data.ts. */
export function findingInterviewees(ctx: OperationContext, finding: Finding) {
  return ctx.em.find(Interviewee, { finding: finding.id }, { orderBy: { pseudonym: 'asc', id: 'asc' } });
}
