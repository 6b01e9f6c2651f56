import type { EntityManager } from '@mikro-orm/postgresql';
import { sessionStage } from '@opcat/domain';
import type { SessionStage } from '@opcat/domain';
import { hashToken } from './session.ts';

/** A live session as the two-factor steps see it, whatever its stage (loadActor only sees COMPLETE ones). */
export interface SessionStanding {
  sessionId: string;
  userId: string;
  email: string;
  stage: SessionStage;
  enrolled: boolean;
  /** An organisation of the person requires two-factor. */
  required: boolean;
}

interface Row {
  session_id: string;
  user_id: string;
  email: string;
  second_factor_pending: boolean;
  enrolled: boolean;
  required: boolean;
}

const STANDING = `
  select s.id as session_id, s.user_id, u.email, s.second_factor_pending,
         exists (select 1 from user_two_factor t where t.user_id = s.user_id and t.enabled_at is not null) as enrolled,
         exists (select 1 from membership m join organisation o on o.id = m.organisation_id
                  where m.user_id = s.user_id and o.require_two_factor) as required
    from user_session s join user_account u on u.id = s.user_id
   where s.token_hash = ? and s.revoked_at is null and s.expires_at > ?`;

/**
 * The only reader of a session that is not (yet) usable: used by the second step of sign-in and
 * the enrolment, which is all such a session may do.
 */
export async function loadSessionStanding(
  em: EntityManager,
  token: string | null,
  secret: string,
): Promise<SessionStanding | null> {
  if (!token) return null;
  const rows = await em
    .getConnection()
    .execute<Row[]>(STANDING, [hashToken(token, secret), new Date()], 'all', em.getTransactionContext());
  const row = rows[0];
  if (!row) return null;
  return {
    sessionId: row.session_id,
    userId: row.user_id,
    email: row.email,
    enrolled: row.enrolled,
    required: row.required,
    stage: sessionStage({
      secondFactorPending: row.second_factor_pending,
      enrolled: row.enrolled,
      requiredByAnOrganisation: row.required,
    }),
  };
}
