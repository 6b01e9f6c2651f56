import type { QueryResult } from '@mikro-orm/core';
import type { OperationContext } from '../../operation/context.ts';

/**
 * How long an ended session is kept: its IP address and user agent help to answer "who was signed
 * in from where" for a while after an incident, and are personal data not to be kept for longer.
 */
export const ENDED_SESSION_RETENTION_DAYS = 30;

/**
 * Deletes the sessions that ended (expired or were revoked) more than the retention period ago.
 * A session's expiry never passes its maximum age (see touchSession), so it covers that end too.
 * Returns how many were deleted.
 */
export async function purgeExpiredSessions(ctx: OperationContext): Promise<number> {
  const result = await ctx.em.getConnection().execute<QueryResult>(
    `delete from user_session
       where least(expires_at, coalesce(revoked_at, expires_at)) < now() - make_interval(days => ?)`,
    [ENDED_SESSION_RETENTION_DAYS],
    'run',
  );
  return result.affectedRows;
}
