import { CollabVersion } from '../../db/entities/collab.ts';
import type { SaveNarrativeVersionInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod } from '../user-errors.ts';
import { canEditWorkplan, forbiddenChange, loadWorkplanInTx } from './load-workplan.ts';
import type { Ctx } from './load-workplan.ts';
import { encodeLiveDocument } from '../co-editing/live-document.ts';
import { narrativeDocumentName } from './narrative.ts';
import { publishWorkplanEvent } from './workplan-changed.ts';
import { versionNameInput } from './workplan-input.ts';

type Result = { version: CollabVersion | null; userErrors: UserError[] };

/** Saves the narrative as it is now under a name, to view or restore later. */
export async function saveNarrativeVersion(ctx: Ctx, raw: SaveNarrativeVersionInput): Promise<Result> {
  const parsed = versionNameInput.safeParse(raw);
  if (!parsed.success) return { version: null, userErrors: fromZod(parsed.error) };
  const input = parsed.data;
  const result = await ctx.em.transactional(async (tx): Promise<Result & { workplanId?: string }> => {
    const workplan = await loadWorkplanInTx(ctx, tx, input.workplanId);
    if (!canEditWorkplan(ctx, workplan))
      return { version: null, userErrors: [forbiddenChange(['input', 'workplanId'])] };
    const documentName = narrativeDocumentName(workplan);
    const state = await encodeLiveDocument(ctx, documentName);
    const version = tx.create(CollabVersion, {
      documentName,
      name: input.name,
      state: Buffer.from(state),
      createdById: ctx.actor.userId,
    });
    await tx.flush();
    return { version, userErrors: [], workplanId: workplan.id };
  });
  const { workplanId, ...payload } = result;
  if (payload.version && workplanId) await publishWorkplanEvent(ctx, workplanId, 'VERSION_SAVED', payload.version.id);
  return payload;
}
