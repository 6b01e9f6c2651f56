import { can } from '@opcat/domain';
import { DiscussionComment } from '../../db/entities/workplan.ts';
import { notFound } from '../../errors.ts';
import type { UserError } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import { recordFacts } from '../records/facts.ts';
import { forbiddenChange, loadWorkplanInTx } from './load-workplan.ts';
import type { Ctx } from './load-workplan.ts';
import { publishWorkplanEvent } from './workplan-changed.ts';

type Result = { comment: DiscussionComment | null; userErrors: UserError[] };

/** Marks a comment resolved: its author, or anyone who may edit the plan. Resolving twice changes nothing. */
export async function resolveDiscussionComment(ctx: Ctx, id: string): Promise<Result> {
  if (!isId(id)) throw notFound();
  const result = await ctx.em.transactional(async (tx): Promise<Result> => {
    const comment = await tx.findOne(DiscussionComment, id);
    if (!comment) throw notFound();
    const workplan = await loadWorkplanInTx(ctx, tx, comment.workplan.id);
    const facts = { ...recordFacts(workplan), authorUserId: comment.author.id };
    // A reader outside the plan's discussion does not know the comment: like a random id.
    if (!can(ctx.actor, 'record:readComments', facts)) throw notFound();
    if (!can(ctx.actor, 'workplan:resolveComment', facts)) return { comment: null, userErrors: [forbiddenChange()] };
    comment.resolvedAt ??= new Date();
    await tx.flush();
    return { comment, userErrors: [] };
  });
  if (result.comment) await publishWorkplanEvent(ctx, result.comment.workplan.id, 'COMMENT_ADDED', result.comment.id);
  return result;
}
