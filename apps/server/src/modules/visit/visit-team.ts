import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership, User } from '../../db/entities/identity.ts';
import type { Visit } from '../../db/entities/monitoring.ts';
import { VisitTeamMember } from '../../db/entities/monitoring.ts';
import type { UserError } from '../../__generated__/resolvers-types.ts';
import { userError } from '../user-errors.ts';
import type { TeamInput } from './visit-input.ts';

/** Only members of the owner organisation go on its visit team (they alone may see personal data). */
export async function checkTeam(tx: EntityManager, ownerOrganisationId: string, team: TeamInput): Promise<UserError[]> {
  if (team.length === 0) return [];
  const memberships = await tx.find(Membership, {
    organisation: ownerOrganisationId,
    user: { $in: team.map((m) => m.userId) },
  });
  const members = new Set(memberships.map((m) => m.user.id));
  return team.flatMap((m, i) =>
    members.has(m.userId)
      ? []
      : [userError(['input', 'team', String(i), 'userId'], 'INVALID', 'Not a member of the owner organisation')],
  );
}

/** Makes the visit's team exactly `team`, updating people already on it in place; returns who joined. */
export async function replaceTeam(tx: EntityManager, visit: Visit, team: TeamInput): Promise<string[]> {
  const current = await tx.find(VisitTeamMember, { visit });
  const wanted = new Map(team.map((m) => [m.userId, m]));
  const added: string[] = [];
  for (const member of current) {
    const next = wanted.get(member.user.id);
    if (!next) {
      tx.remove(member);
      continue;
    }
    member.expertise = next.expertise;
    member.gender = next.gender;
    member.leader = next.leader ?? false;
    wanted.delete(member.user.id);
  }
  for (const m of wanted.values()) {
    added.push(m.userId);
    tx.create(VisitTeamMember, {
      visit,
      user: tx.getReference(User, m.userId),
      expertise: m.expertise,
      gender: m.gender,
      leader: m.leader ?? false,
    });
  }
  return added;
}

/** The user ids on a visit's team, for the personal-data rule. */
export async function visitTeamUserIds(em: EntityManager, visitId: string): Promise<string[]> {
  const team = await em.find(VisitTeamMember, { visit: visitId });
  return team.map((m) => m.user.id);
}

/** The ids of a visit's places, read from the link table without loading the places themselves. */
export async function visitPlaceIds(em: EntityManager, visitId: string): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<{ place_id: string }[]>(
      'select place_id from visit_place where visit_id = ?',
      [visitId],
      'all',
      em.getTransactionContext(),
    );
  return rows.map((r) => r.place_id);
}
