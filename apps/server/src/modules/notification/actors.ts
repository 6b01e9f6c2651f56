import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, OrganisationKind, Role, WorkingGroupRole } from '@opcat/domain';

interface Row {
  user_id: string;
  organisation_id: string;
  organisation_kind: OrganisationKind;
  country_code: string | null;
  membership_role: Role;
  group_member_id: string | null;
  working_group_id: string | null;
  group_role: WorkingGroupRole | null;
}

/*
 * The same facts loadActor reads for a session, for people who are not the caller: the recipients of a
 * notification. One statement for all of them, read fresh when the notification is delivered.
 */
const USERS_WITH_FACTS = `
  select m.user_id, o.id as organisation_id, o.kind as organisation_kind, o.country_code,
         m.role as membership_role, g.id as group_member_id, g.working_group_id, g.role as group_role
    from membership m
    join organisation o on o.id = m.organisation_id
    left join working_group_member g on g.organisation_id = m.organisation_id
   where m.user_id = any(?::uuid[])
   order by m.created_at asc, m.id asc, g.id asc`;

/** The policy's view of each of these people (no session: `sessionId` is empty). People without a membership have none. */
export async function loadRecipientActors(em: EntityManager, userIds: readonly string[]): Promise<Map<string, Actor>> {
  const actors = new Map<
    string,
    { memberships: Map<string, Actor['memberships'][number]>; groups: Map<string, Actor['workingGroups'][number]> }
  >();
  if (userIds.length === 0) return new Map();
  const rows = await em
    .getConnection()
    .execute<Row[]>(USERS_WITH_FACTS, [`{${[...new Set(userIds)].join(',')}}`], 'all', em.getTransactionContext());
  for (const row of rows) {
    let facts = actors.get(row.user_id);
    if (!facts) actors.set(row.user_id, (facts = { memberships: new Map(), groups: new Map() }));
    if (!facts.memberships.has(row.organisation_id)) {
      facts.memberships.set(row.organisation_id, {
        organisationId: row.organisation_id,
        organisationKind: row.organisation_kind,
        countryCode: row.country_code,
        role: row.membership_role,
      });
    }
    if (row.group_member_id && row.working_group_id && row.group_role) {
      facts.groups.set(row.group_member_id, {
        workingGroupId: row.working_group_id,
        organisationId: row.organisation_id,
        role: row.group_role,
      });
    }
  }
  return new Map(
    [...actors].map(([userId, facts]) => [
      userId,
      {
        userId,
        sessionId: '',
        memberships: [...facts.memberships.values()],
        workingGroups: [...facts.groups.values()],
      },
    ]),
  );
}
