import type { EntityManager } from '@mikro-orm/postgresql';
import { membershipFacts } from '../../auth/load-actor.ts';
import type { MembershipRow, SessionActor } from '../../auth/load-actor.ts';

const USER_FACTS = `
  select o.id as organisation_id, o.kind as organisation_kind, o.country_code, m.role as membership_role,
         g.id as group_member_id, g.working_group_id, g.role as group_role
    from membership m
    join organisation o on o.id = m.organisation_id
    left join working_group_member g on g.organisation_id = m.organisation_id
   where m.user_id = ?
   order by m.created_at asc, m.id asc, g.id asc`;

/**
 * The requester of a background export as the database says now (memberships and working groups,
 * the same facts `loadActor` reads for a session), so the job runs with the read scope they have
 * when it runs, not the one they had when they asked. Null when they belong nowhere any more.
 */
export async function loadExportRequester(
  em: EntityManager,
  userId: string,
  actingOrganisationId: string | null,
  jobId: string,
): Promise<SessionActor | null> {
  const rows = await em.getConnection().execute<MembershipRow[]>(USER_FACTS, [userId], 'all');
  if (rows.length === 0) return null;
  const { memberships, workingGroups } = membershipFacts(rows);
  // The organisation they acted for when they asked; if they left it, the job acts for nobody.
  if (actingOrganisationId && !memberships.some((m) => m.organisationId === actingOrganisationId)) return null;
  return { userId, sessionId: `export-job:${jobId}`, actingOrganisationId, memberships, workingGroups };
}
