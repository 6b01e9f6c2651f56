import { can } from '@opcat/domain';
import { User } from '../../db/entities/identity.ts';
import { DiscussionComment, WorkplanAction } from '../../db/entities/workplan.ts';
import type { CommentOnWorkplanInput, UserError } from '../../__generated__/resolvers-types.ts';
import { recordFacts } from '../records/facts.ts';
import { fromZod, userError } from '../user-errors.ts';
import { forbiddenChange, loadWorkplanInTx } from './load-workplan.ts';
import type { Ctx } from './load-workplan.ts';
import { narrativeDocumentName } from './narrative.ts';
import { publishWorkplanEvent } from './workplan-changed.ts';
import { commentInput } from './workplan-input.ts';
import { notifyMentioned, readersAmong } from '../notification/mentions.ts';

type Result = { comment: DiscussionComment | null; userErrors: UserError[] };

const failed = (field: string, code: UserError['code'], message: string): Result => ({
  comment: null,
  userErrors: [userError(['input', field], code, message)],
});

/** A comment on the plan, on one of its actions, or on a range of its narrative, with mentions. */
export async function commentOnWorkplan(ctx: Ctx, raw: CommentOnWorkplanInput): Promise<Result> {
  const parsed = commentInput.safeParse(raw);
  if (!parsed.success) return { comment: null, userErrors: fromZod(parsed.error) };
  const input = parsed.data;
  const result = await ctx.em.transactional(async (tx): Promise<Result> => {
    const workplan = await loadWorkplanInTx(ctx, tx, input.workplanId);
    if (!can(ctx.actor, 'record:comment', recordFacts(workplan))) {
      return { comment: null, userErrors: [forbiddenChange(['input', 'workplanId'])] };
    }
    let action: WorkplanAction | null = null;
    if (input.actionId) {
      action = await tx.findOne(WorkplanAction, { id: input.actionId, priority: { workplan: workplan.id } });
      if (!action) return failed('actionId', 'NOT_FOUND', 'Unknown action in this plan');
    }
    if (input.documentName && input.documentName !== narrativeDocumentName(workplan)) {
      return failed('documentName', 'INVALID', "Comments on text belong to this plan's narrative");
    }
    if ((input.anchor || input.quote) && !input.documentName) {
      return failed('documentName', 'INVALID', 'Name the document the quoted range belongs to');
    }
    const mentioned = [...new Set(input.mentionUserIds ?? [])];
    // Someone outside the plan's discussion fails exactly like an unknown id.
    const readers = await readersAmong(tx, recordFacts(workplan), mentioned);
    if (mentioned.some((id) => !readers.has(id))) return failed('mentionUserIds', 'NOT_FOUND', 'Unknown user');
    const comment = tx.create(DiscussionComment, {
      workplan,
      action,
      documentName: input.documentName ?? null,
      anchor: (input.anchor as DiscussionComment['anchor']) ?? null,
      quote: input.quote ?? null,
      body: input.body,
      mentionedUserIds: mentioned,
      author: tx.getReference(User, ctx.actor.userId),
    });
    await tx.flush();
    await notifyMentioned(ctx, tx, 'WORKPLAN', workplan.id, mentioned);
    return { comment, userErrors: [] };
  });
  if (result.comment) {
    await publishWorkplanEvent(ctx, result.comment.workplan.id, 'COMMENT_ADDED', result.comment.id);
  }
  return result;
}
