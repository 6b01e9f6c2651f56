import { authorize, can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { z } from 'zod';
import { User } from '../../db/entities/identity.ts';
import { Visit } from '../../db/entities/monitoring.ts';
import { VisitReportText } from '../../db/entities/report.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { UpdateVisitReportTextsInput, UserError } from '../../__generated__/resolvers-types.ts';
import { notFound } from '../../errors.ts';
import { recordFacts } from '../records/facts.ts';
import { loadForChange } from '../records/load-for-change.ts';
import { findReadable } from '../records/load-readable.ts';
import { fromZod } from '../user-errors.ts';

export interface VisitReportTextsModel {
  id: string;
  introduction: string;
  conclusions: string;
  viewerCanEdit: boolean;
}

const MAX = 50_000;
const input = z.object({
  visitId: z.string(),
  introduction: z.string().max(MAX),
  conclusions: z.string().max(MAX),
});

/** A visit report's introduction and conclusions, for readers of the visit; NOT_FOUND otherwise. */
export async function getVisitReportTexts(ctx: OperationContext, visitId: string): Promise<VisitReportTextsModel> {
  const visit = await findReadable(ctx, Visit, visitId);
  if (!visit) throw notFound();
  const texts = await ctx.em.findOne(VisitReportText, { visit: visit.id });
  return {
    id: visit.id,
    introduction: texts?.introduction ?? '',
    conclusions: texts?.conclusions ?? '',
    viewerCanEdit: can(ctx.actor, 'record:update', recordFacts(visit)),
  };
}

/**
 * Plain fields rather than co-edited documents: a co-edited kind needs a /collab document name, a
 * policy kind and an editor on the page for each text; the report page edits them as a form.
 */
export async function updateVisitReportTexts(
  ctx: OperationContext & { actor: Actor },
  raw: UpdateVisitReportTextsInput,
): Promise<{ texts: VisitReportTextsModel | null; userErrors: UserError[] }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { texts: null, userErrors: fromZod(parsed.error) };
  const { visitId, introduction, conclusions } = parsed.data;
  await ctx.em.transactional(async (tx) => {
    const visit = (await loadForChange(ctx, tx, 'VISIT', visitId)) as Visit;
    authorize(ctx.actor, 'record:update', recordFacts(visit));
    const existing = await tx.findOne(VisitReportText, { visit: visit.id });
    const updatedBy = tx.getReference(User, ctx.actor.userId);
    if (existing) Object.assign(existing, { introduction, conclusions, updatedBy, updatedAt: new Date() });
    else tx.create(VisitReportText, { visit, introduction, conclusions, updatedBy });
  });
  return { texts: await getVisitReportTexts(ctx, visitId), userErrors: [] };
}
