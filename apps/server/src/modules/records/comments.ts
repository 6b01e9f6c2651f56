import { z } from 'zod';
import { authorize, can, commentingMembership } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Organisation, User } from '../../db/entities/identity.ts';
import { RecordComment } from '../../db/entities/reprisal.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { AddCommentInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod, userError } from '../user-errors.ts';
import { recordFacts } from './facts.ts';
import { loadForChange } from './load-for-change.ts';
import { recordTypeOf } from './registry.ts';
import { MAX_MENTIONS, notifyMentioned, readersAmong } from '../notification/mentions.ts';

const input = z.object({
  recordId: z.string(),
  body: z.string().trim().min(1).max(10_000),
  mentionUserIds: z.array(z.string()).max(MAX_MENTIONS).nullish(),
});

/**
 * Comments of a record the caller already read: none for a reader outside its discussion (who reads it only
 * as PUBLIC or as its addressee: `record:readComments`), told apart from a record nobody commented on by nothing.
 */
export async function listComments(ctx: OperationContext, record: ShareableRecord<string>): Promise<RecordComment[]> {
  if (!can(ctx.actor, 'record:readComments', recordFacts(record))) return [];
  return ctx.em.find(
    RecordComment,
    { recordType: recordTypeOf(record), recordId: record.id },
    { orderBy: { createdAt: 'asc' } },
  );
}

export async function addComment(
  ctx: OperationContext & { actor: Actor },
  raw: AddCommentInput,
): Promise<{ comment: RecordComment | null; userErrors: UserError[] }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { comment: null, userErrors: fromZod(parsed.error) };
  return ctx.em.transactional(async (tx): Promise<{ comment: RecordComment | null; userErrors: UserError[] }> => {
    const record = await loadForChange(ctx, tx, raw.recordType, parsed.data.recordId);
    const facts = recordFacts(record);
    authorize(ctx.actor, 'record:comment', facts);
    // A mention of someone who may not read the record's comments fails exactly like one of an unknown id.
    const mentioned = [...new Set(parsed.data.mentionUserIds ?? [])];
    const readers = await readersAmong(tx, facts, mentioned);
    if (mentioned.some((id) => !readers.has(id))) {
      return { comment: null, userErrors: [userError(['input', 'mentionUserIds'], 'NOT_FOUND', 'Unknown user')] };
    }
    const via = commentingMembership(ctx.actor, facts);
    const comment = tx.create(RecordComment, {
      recordType: raw.recordType,
      recordId: record.id,
      author: tx.getReference(User, ctx.actor.userId),
      authorOrganisation: tx.getReference(Organisation, via?.organisationId ?? record.ownerOrganisation.id),
      body: parsed.data.body,
    });
    await tx.flush();
    await notifyMentioned(ctx, tx, raw.recordType, record.id, mentioned);
    return { comment, userErrors: [] };
  });
}
