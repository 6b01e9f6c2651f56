import type { EntityManager } from '@mikro-orm/postgresql';
import { sessionStage } from '@opcat/domain';
import type { Actor, OrganisationKind, Role, WorkingGroupRole } from '@opcat/domain';
import { Session } from '../db/entities/identity.ts';
import { groupBy } from '../collections.ts';
import { hashToken, SESSION_IDLE_MS, SESSION_MAX_MS } from './session.ts';

/** The actor of a session, with the organisation chosen for it (null: their first membership). */
export type SessionActor = Actor & { actingOrganisationId: string | null };

/** A membership joined with one working group of its organisation, oldest membership first. */
export interface MembershipRow {
  organisation_id: string | null;
  organisation_kind: OrganisationKind | null;
  country_code: string | null;
  membership_role: Role | null;
  group_member_id: string | null;
  working_group_id: string | null;
  group_role: WorkingGroupRole | null;
}

interface Row extends MembershipRow {
  token_hash: string;
  session_id: string;
  user_id: string;
  session_created_at: Date;
  expires_at: Date;
  acting_organisation_id: string | null;
  second_factor_pending: boolean;
  two_factor_enrolled: boolean;
  require_two_factor: boolean | null;
  platform_admin: boolean;
}

/*
 * One statement: the live session with its user's memberships (and their organisations) and those
 * organisations' working groups. Every table it reads announces its changes to the actor cache
 * (migration actor_cache, decision 0038).
 */
const sessionsWithFacts = (tokenHash: string) => `
  select s.token_hash, s.id as session_id, s.user_id, s.created_at as session_created_at, s.expires_at,
         s.acting_organisation_id, o.id as organisation_id, o.kind as organisation_kind, o.country_code,
         m.role as membership_role, g.id as group_member_id, g.working_group_id, g.role as group_role,
         s.second_factor_pending, o.require_two_factor, u.platform_admin,
         exists (select 1 from user_two_factor t where t.user_id = s.user_id and t.enabled_at is not null)
           as two_factor_enrolled
    from user_session s
    join user_account u on u.id = s.user_id
    left join membership m on m.user_id = s.user_id
    left join organisation o on o.id = m.organisation_id
    left join working_group_member g on g.organisation_id = m.organisation_id
   where s.token_hash ${tokenHash} and s.revoked_at is null and s.expires_at > ?
   order by m.created_at asc, m.id asc, g.id asc`;
const SESSION_WITH_FACTS = sessionsWithFacts('= ?');
/** The same for many sessions at once (an array of token hashes). */
const SESSIONS_WITH_FACTS = sessionsWithFacts('= any(?::text[])');

/** A live, complete session as read from the database: its actor and what its expiry depends on. */
export interface SessionRead {
  actor: SessionActor;
  session: Pick<Session, 'id' | 'createdAt' | 'expiresAt'>;
}

/**
 * The one way to turn a session cookie token into the facts the policy needs, read fresh from the
 * database (one statement, plus the sliding expiry's write when due). Used where the facts must be
 * the database's own right now: sign-in and its second step, tests (the subscription fan-outs'
 * refreshes read many sessions at once: `loadActors`). Operations go through the actor cache
 * (`services.actors`, auth/actor-cache.ts), which calls `readSession`. Memberships come in a fixed
 * order (oldest first), so "their first organisation" means the same thing every time.
 */
export async function loadActor(em: EntityManager, token: string | null, secret: string): Promise<SessionActor | null> {
  if (!token) return null;
  const now = new Date();
  const read = await readSession(em, hashToken(token, secret), now);
  if (!read) return null;
  await touchSession(em, read.session, now);
  return read.actor;
}

/**
 * The actors of many sessions at once, read fresh (one statement, plus each sliding expiry's write
 * when due): the subscription fan-outs' refreshes, where one event may find a thousand sessions due.
 * A token whose session is gone, revoked, expired or incomplete (or no token) is absent from the answer.
 */
export async function loadActors(
  em: EntityManager,
  tokens: Iterable<string | null>,
  secret: string,
): Promise<ReadonlyMap<string | null, SessionActor>> {
  const byHash = new Map<string, string>();
  for (const token of tokens) if (token) byHash.set(hashToken(token, secret), token);
  const actors = new Map<string | null, SessionActor>();
  if (byHash.size === 0) return actors;
  const now = new Date();
  const hashes = `{${[...byHash.keys()].map((h) => `"${h}"`).join(',')}}`;
  const rows = await em
    .getConnection()
    .execute<Row[]>(SESSIONS_WITH_FACTS, [hashes, now], 'all', em.getTransactionContext());
  for (const [hash, sessionRows] of groupBy(rows, (row) => row.token_hash)) {
    const read = sessionReadOf(sessionRows);
    const token = byHash.get(hash);
    if (!read || !token) continue;
    await touchSession(em, read.session, now);
    actors.set(token, read.actor);
  }
  return actors;
}

/** The session of this token hash with its actor (one statement); null unless live and complete. */
export async function readSession(em: EntityManager, tokenHash: string, now: Date): Promise<SessionRead | null> {
  const rows = await em
    .getConnection()
    .execute<Row[]>(SESSION_WITH_FACTS, [tokenHash, now], 'all', em.getTransactionContext());
  return sessionReadOf(rows);
}

/** One session's read from its rows of SESSION_WITH_FACTS; null unless live and complete. */
function sessionReadOf(rows: readonly Row[]): SessionRead | null {
  const first = rows[0];
  if (!first) return null;
  // A session waiting for its second factor, or for an enrolment its organisation requires, carries
  // no actor: every door (HTTP, graphql-ws, /collab, evidence) then treats it as signed out.
  const stage = sessionStage({
    secondFactorPending: first.second_factor_pending,
    enrolled: first.two_factor_enrolled,
    requiredByAnOrganisation: rows.some((row) => row.require_two_factor === true),
  });
  if (stage !== 'COMPLETE') return null;
  const { memberships, workingGroups } = membershipFacts(rows);
  const chosen = first.acting_organisation_id;
  return {
    session: {
      id: first.session_id,
      createdAt: new Date(first.session_created_at),
      expiresAt: new Date(first.expires_at),
    },
    actor: {
      userId: first.user_id,
      sessionId: first.session_id,
      actingOrganisationId: chosen && memberships.some((m) => m.organisationId === chosen) ? chosen : null,
      memberships,
      // Opens the platform's own work only (decision 0029); left out when false, as the tests' actors are.
      ...(first.platform_admin ? { platformAdmin: true } : {}),
      workingGroups,
    },
  };
}

/**
 * An actor's memberships and working groups from the rows of `MembershipRow` (a person without
 * membership has one row of nulls): memberships in the rows' order, each organisation once;
 * working groups by the working-group membership's id, as they always came.
 */
export function membershipFacts(rows: readonly MembershipRow[]): Pick<Actor, 'memberships' | 'workingGroups'> {
  const memberships = new Map<string, Actor['memberships'][number]>();
  const groups = new Map<string, Actor['workingGroups'][number]>();
  for (const row of rows) {
    if (!row.organisation_id || !row.organisation_kind || !row.membership_role) continue;
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
  return {
    memberships: [...memberships.values()],
    workingGroups: [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group),
  };
}

/**
 * Sliding expiry, written at most when half the idle window has passed, never past the maximum age.
 * Answers the expiry now in force. (Moving the expiry later is the one change of a session the actor
 * cache is not told of: its copy expires earlier, and is then read again.)
 */
export async function touchSession(
  em: EntityManager,
  session: Pick<Session, 'id' | 'createdAt' | 'expiresAt'>,
  now: Date,
): Promise<Date> {
  if (session.expiresAt.getTime() - now.getTime() > SESSION_IDLE_MS / 2) return session.expiresAt;
  const expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, session.createdAt.getTime() + SESSION_MAX_MS));
  await em.nativeUpdate(Session, { id: session.id }, { expiresAt, lastSeenAt: now });
  return expiresAt;
}
