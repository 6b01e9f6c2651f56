import { documentJSON, writeDocument } from '@opcat/editor';
import { CollabVersion } from '../../db/entities/collab.ts';
import type { Workplan } from '../../db/entities/workplan.ts';
import type { RestoreNarrativeVersionInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod, userError } from '../user-errors.ts';
import { canEditWorkplan, forbiddenChange, loadWorkplanInTx } from './load-workplan.ts';
import type { Ctx } from './load-workplan.ts';
import { versionDoc } from '../co-editing/live-document.ts';
import { narrativeDocumentName } from './narrative.ts';
import { publishWorkplanEvent } from './workplan-changed.ts';
import { restoreVersionInput } from './workplan-input.ts';

type Result = { workplan: Workplan | null; userErrors: UserError[] };

const unknownVersion = (): Result => ({
  workplan: null,
  userErrors: [userError(['input', 'versionId'], 'NOT_FOUND', 'Unknown version of this narrative')],
});

/**
 * Restores a saved version as a new edit on top of the live narrative: collaborators see it at
 * once, and the text it replaces stays in the document's history (and in any saved version).
 */
export async function restoreNarrativeVersion(ctx: Ctx, raw: RestoreNarrativeVersionInput): Promise<Result> {
  const parsed = restoreVersionInput.safeParse(raw);
  if (!parsed.success) return { workplan: null, userErrors: fromZod(parsed.error) };
  const input = parsed.data;
  const found = await ctx.em.transactional(async (tx) => {
    const workplan = await loadWorkplanInTx(ctx, tx, input.workplanId);
    if (!canEditWorkplan(ctx, workplan))
      return { workplan: null, userErrors: [forbiddenChange(['input', 'workplanId'])] };
    if (!/^\d{1,18}$/.test(input.versionId)) return unknownVersion();
    const version = await tx.findOne(CollabVersion, {
      id: input.versionId,
      documentName: narrativeDocumentName(workplan),
    });
    if (!version) return unknownVersion();
    return { workplan, version, userErrors: [] };
  });
  if (!('version' in found) || !found.workplan) return found;
  const saved = versionDoc(found.version);
  const content = documentJSON(saved);
  saved.destroy();
  await ctx.services.coEditing.edit(narrativeDocumentName(found.workplan), { restoredBy: ctx.actor.userId }, (doc) =>
    writeDocument(doc, content),
  );
  await publishWorkplanEvent(ctx, found.workplan.id, 'WORKPLAN_UPDATED');
  return { workplan: found.workplan, userErrors: [] };
}
