import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@opcat/domain';
import { Membership, Session, WorkingGroupMember } from '../db/entities/identity.ts';
import { hashToken, SESSION_IDLE_MS, SESSION_MAX_MS } from './session.ts';

/** The actor of a session, with the organisation chosen for it (null: their first membership). */
export type SessionActor = Actor & { actingOrganisationId: string | null };

/** A session that is neither revoked nor expired, as `liveSession` reads it. */
export interface LiveSession {
  id: string;
  userId: string;
  actingOrganisationId: string | null;
}

/** What a person's memberships say, whatever session they come through. */
export type ActorFacts = Pick<Actor, 'memberships' | 'workingGroups'>;

/**
 * The one way to turn a session cookie token into the facts the policy needs. Used by HTTP
 * requests, graphql-ws operations and events, and /collab connections alike. Memberships come in a
 * fixed order (oldest first), so "their first organisation" means the same thing every time.
 * Operations go through `services.actors` (auth/actor-cache.ts), which keeps the facts in memory.
 */
export async function loadActor(em: EntityManager, token: string | null, secret: string): Promise<SessionActor | null> {
  const session = await liveSession(em, token, secret);
  return session ? sessionActor(session, await loadActorFacts(em, session.userId)) : null;
}

/** The session of this token if it is live (one statement), sliding its expiry when due. */
export async function liveSession(
  em: EntityManager,
  token: string | null,
  secret: string,
): Promise<LiveSession | null> {
  if (!token) return null;
  const now = new Date();
  const session = await em.findOne(
    Session,
    { tokenHash: hashToken(token, secret), revokedAt: null, expiresAt: { $gt: now } },
    { fields: ['id', 'user', 'createdAt', 'expiresAt', 'actingOrganisation'] },
  );
  if (!session) return null;
  await touchSession(em, session, now);
  return { id: session.id, userId: session.user.id, actingOrganisationId: session.actingOrganisation?.id ?? null };
}

/** The user's memberships (oldest first) and their organisations' working groups. */
export async function loadActorFacts(em: EntityManager, userId: string): Promise<ActorFacts> {
  const memberships = await em.find(
    Membership,
    { user: userId },
    { populate: ['organisation'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const organisationIds = memberships.map((m) => m.organisation.id);
  const groups = organisationIds.length
    ? await em.find(WorkingGroupMember, { organisation: { $in: organisationIds } }, { orderBy: { id: 'asc' } })
    : [];
  return {
    memberships: memberships.map((m) => ({
      organisationId: m.organisation.id,
      organisationKind: m.organisation.kind,
      countryCode: m.organisation.countryCode,
      role: m.role,
    })),
    workingGroups: groups.map((g) => ({
      workingGroupId: g.workingGroup.id,
      organisationId: g.organisation.id,
      role: g.role,
    })),
  };
}

/** The actor of a live session with these facts; an acting organisation they left no longer counts. */
export function sessionActor(session: LiveSession, facts: ActorFacts): SessionActor {
  const chosen = session.actingOrganisationId;
  return {
    userId: session.userId,
    sessionId: session.id,
    actingOrganisationId: facts.memberships.some((m) => m.organisationId === chosen) ? chosen : null,
    memberships: facts.memberships,
    workingGroups: facts.workingGroups,
  };
}

/** Sliding expiry, written at most when half the idle window has passed, never past the maximum age. */
async function touchSession(
  em: EntityManager,
  session: Pick<Session, 'id' | 'createdAt' | 'expiresAt'>,
  now: Date,
): Promise<void> {
  if (session.expiresAt.getTime() - now.getTime() > SESSION_IDLE_MS / 2) return;
  const expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, session.createdAt.getTime() + SESSION_MAX_MS));
  await em.nativeUpdate(Session, { id: session.id }, { expiresAt, lastSeenAt: now });
}
