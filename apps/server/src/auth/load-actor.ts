import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@opcat/domain';
import { Membership, Session, WorkingGroupMember } from '../db/entities/identity.ts';
import { hashToken, SESSION_IDLE_MS, SESSION_MAX_MS } from './session.ts';

/** The actor of a session, with the organisation chosen for it (null: their first membership). */
export type SessionActor = Actor & { actingOrganisationId: string | null };

/**
 * The one way to turn a session cookie token into the facts the policy needs. Used by HTTP
 * requests, graphql-ws operations and events, and /collab connections alike. Memberships come in a
 * fixed order (oldest first), so "their first organisation" means the same thing every time.
 */
export async function loadActor(em: EntityManager, token: string | null, secret: string): Promise<SessionActor | null> {
  return (await loadSessionActor(em, token, secret))?.actor ?? null;
}

/** loadActor with the session's expiry (after sliding it), for the per-session cache (actor-cache.ts). */
export async function loadSessionActor(
  em: EntityManager,
  token: string | null,
  secret: string,
): Promise<{ actor: SessionActor; expiresAt: Date } | null> {
  if (!token) return null;
  const now = new Date();
  const session = await em.findOne(
    Session,
    { tokenHash: hashToken(token, secret), revokedAt: null, expiresAt: { $gt: now } },
    { fields: ['id', 'user', 'createdAt', 'expiresAt', 'actingOrganisation'] },
  );
  if (!session) return null;
  const userId = session.user.id;
  const expiresAt = await touchSession(em, session, now);
  const memberships = await em.find(
    Membership,
    { user: userId },
    { populate: ['organisation'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const organisationIds = memberships.map((m) => m.organisation.id);
  const groups = organisationIds.length
    ? await em.find(WorkingGroupMember, { organisation: { $in: organisationIds } }, { orderBy: { id: 'asc' } })
    : [];
  const chosen = session.actingOrganisation?.id ?? null;
  const actor: SessionActor = {
    userId,
    sessionId: session.id,
    actingOrganisationId: organisationIds.includes(chosen ?? '') ? chosen : null,
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
  return { actor, expiresAt };
}

/** Sliding expiry, written at most when half the idle window has passed, never past the maximum age. */
async function touchSession(
  em: EntityManager,
  session: Pick<Session, 'id' | 'createdAt' | 'expiresAt'>,
  now: Date,
): Promise<Date> {
  if (session.expiresAt.getTime() - now.getTime() > SESSION_IDLE_MS / 2) return session.expiresAt;
  const expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, session.createdAt.getTime() + SESSION_MAX_MS));
  await em.nativeUpdate(Session, { id: session.id }, { expiresAt, lastSeenAt: now });
  return expiresAt;
}
