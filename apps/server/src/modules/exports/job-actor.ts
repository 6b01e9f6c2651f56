import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, OrganisationKind, Role, WorkingGroupRole } from '@opcat/domain';
import type { SessionActor } from '../../auth/load-actor.ts';

interface Row {
  organisation_id: string;
  organisation_kind: OrganisationKind;
  country_code: string | null;
  membership_role: Role;
  group_member_id: string | null;
  working_group_id: string | null;
  group_role: WorkingGroupRole | null;
}

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
  const rows = await em.getConnection().execute<Row[]>(USER_FACTS, [userId], 'all');
  if (rows.length === 0) return null;
  const memberships = new Map<string, Actor['memberships'][number]>();
  const groups = new Map<string, Actor['workingGroups'][number]>();
  for (const row of rows) {
    if (!memberships.has(row.organisation_id)) {
      memberships.set(row.organisation_id, {
        organisationId: row.organisation_id,
        organisationKind: row.organisation_kind,
        countryCode: row.country_code,
        role: row.membership_role,
      });
    }
    if (row.group_member_id && row.working_group_id && row.group_role) {
      groups.set(row.group_member_id, {
        workingGroupId: row.working_group_id,
        organisationId: row.organisation_id,
        role: row.group_role,
      });
    }
  }
  // The organisation they acted for when they asked; if they left it, the job acts for nobody.
  if (actingOrganisationId && !memberships.has(actingOrganisationId)) return null;
  return {
    userId,
    sessionId: `export-job:${jobId}`,
    actingOrganisationId,
    memberships: [...memberships.values()],
    workingGroups: [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group),
  };
}
