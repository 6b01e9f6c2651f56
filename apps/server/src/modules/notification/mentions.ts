import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '@opcat/domain';
import type { RecordFacts } from '@opcat/domain';
import type { NotificationSubjectType } from '../../db/entities/notification.ts';
import type { OperationContext } from '../../operation/context.ts';
import { loadRecipientActors } from './actors.ts';
import { notify, occurrenceKey } from './deliver.ts';

/** Most people one comment may mention (the input is validated at the edge too). */
export const MAX_MENTIONS = 50;

/**
 * Which of these people take part in the commented record's discussion (`record:readComments`: they read its
 * comments), by the policy over their memberships read fresh (one statement). Anyone else — a stranger, a deleted account, an id that exists nowhere — is
 * treated alike by the callers, so a mention never tells who may read what.
 */
export async function readersAmong(
  tx: EntityManager,
  facts: RecordFacts,
  userIds: readonly string[],
): Promise<Set<string>> {
  const ids = [...new Set(userIds)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (ids.length === 0) return new Set();
  const actors = await loadRecipientActors(tx, ids);
  return new Set(ids.filter((id) => can(actors.get(id) ?? null, 'record:readComments', facts)));
}

/**
 * Tells the people a comment mentions (never its author), in the comment's transaction. Delivery checks
 * each again (`notification:receive`: named AND reads the record), and again when the notification is
 * opened; the notification names the record, not the comment's text.
 */
export async function notifyMentioned(
  ctx: OperationContext,
  tx: EntityManager,
  subjectType: NotificationSubjectType,
  subjectId: string,
  userIds: readonly string[],
): Promise<void> {
  const audienceUserIds = [...new Set(userIds)].filter((id) => id !== ctx.actor?.userId);
  if (audienceUserIds.length === 0) return;
  await notify(ctx, tx, {
    event: 'MENTIONED',
    eventKey: occurrenceKey('MENTIONED', subjectId),
    subjectType,
    subjectId,
    audienceUserIds,
  });
}
