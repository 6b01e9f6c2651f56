import { authorize, can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { writeDocument } from '@opcat/editor';
import { z } from 'zod';
import { Visit } from '../../db/entities/monitoring.ts';
import { plainTextDocument } from '../../db/co-edited-snapshot.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { UpdateVisitReportTextsInput, UserError } from '../../__generated__/resolvers-types.ts';
import { notFound } from '../../errors.ts';
import { coEditedText, renderLiveDocument } from '../co-editing/live-document.ts';
import { documentNameFor } from '../co-editing/documents.ts';
import type { CoEditedTextModel } from '../co-editing/models.ts';
import { recordFacts } from '../records/facts.ts';
import { loadForChange } from '../records/load-for-change.ts';
import { findReadable } from '../records/load-readable.ts';
import { fromZod } from '../user-errors.ts';

export interface VisitReportTextsModel {
  id: string;
  introduction: string;
  conclusions: string;
  introductionText: CoEditedTextModel;
  conclusionsText: CoEditedTextModel;
  viewerCanEdit: boolean;
}

const MAX = 50_000;
const input = z.object({
  visitId: z.string(),
  introduction: z.string().max(MAX),
  conclusions: z.string().max(MAX),
});

/** The co-edited documents of a visit report's introduction and conclusions (they belong to the visit). */
export function visitReportDocumentNames(visitId: string) {
  return {
    introduction: documentNameFor('visitIntroduction', visitId),
    conclusions: documentNameFor('visitConclusions', visitId),
  };
}

/**
 * A visit report's introduction and conclusions, for readers of the visit; NOT_FOUND otherwise.
 * Both are co-edited texts on /collab (like a finding's narrative), read here from the stored
 * document, so the report composer and the page print the same text.
 */
export async function getVisitReportTexts(ctx: OperationContext, visitId: string): Promise<VisitReportTextsModel> {
  const visit = await findReadable(ctx, Visit, visitId);
  if (!visit) throw notFound();
  const names = visitReportDocumentNames(visit.id);
  const [introduction, conclusions] = await Promise.all([
    renderLiveDocument(ctx, names.introduction),
    renderLiveDocument(ctx, names.conclusions),
  ]);
  return {
    id: visit.id,
    introduction: introduction.text,
    conclusions: conclusions.text,
    introductionText: coEditedText('visitIntroduction', visit),
    conclusionsText: coEditedText('visitConclusions', visit),
    viewerCanEdit: can(ctx.actor, 'record:update', recordFacts(visit)),
  };
}

/**
 * Replaces both texts at once (imports, scripts): a server-side edit of each co-edited document,
 * stored durably before collaborators receive it, as `coEditing:write` allows. The page edits them live.
 */
export async function updateVisitReportTexts(
  ctx: OperationContext & { actor: Actor },
  raw: UpdateVisitReportTextsInput,
): Promise<{ texts: VisitReportTextsModel | null; userErrors: UserError[] }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { texts: null, userErrors: fromZod(parsed.error) };
  const { visitId, introduction, conclusions } = parsed.data;
  const visit = await ctx.em.transactional(async (tx) => (await loadForChange(ctx, tx, 'VISIT', visitId)) as Visit);
  authorize(ctx.actor, 'coEditing:write', { ...recordFacts(visit), kind: 'visitIntroduction' });
  authorize(ctx.actor, 'coEditing:write', { ...recordFacts(visit), kind: 'visitConclusions' });
  const names = visitReportDocumentNames(visit.id);
  const origin = { source: 'updateVisitReportTexts', userId: ctx.actor.userId };
  await ctx.services.coEditing.edit(names.introduction, origin, (doc) =>
    writeDocument(doc, plainTextDocument(introduction)),
  );
  await ctx.services.coEditing.edit(names.conclusions, origin, (doc) =>
    writeDocument(doc, plainTextDocument(conclusions)),
  );
  return { texts: await getVisitReportTexts(ctx, visitId), userErrors: [] };
}
