import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBus } from '../realtime/bus.ts';
import { liveSession, loadActorFacts, sessionActor } from './load-actor.ts';
import type { ActorFacts, SessionActor } from './load-actor.ts';
import { hashToken } from './session.ts';

/** Which cached facts to drop: one session's, one user's, or every one (a membership changed). */
export type ActorInvalidation = { sessionId: string } | { userId: string } | { all: true };

export interface ActorCache {
  /**
   * The session's actor. The session row is read every time (one statement: sign-out, revocation and
   * expiry hold at once, on every instance, whatever the bus does); the memberships and working groups
   * come from memory while fresh.
   */
  load(em: EntityManager, token: string | null): Promise<SessionActor | null>;
  /** Drops cached facts on this instance now (the bus carries the same to the other instances). */
  forget(which: ActorInvalidation): void;
  dispose(): void;
}

interface Entry {
  sessionId: string;
  userId: string;
  facts: ActorFacts;
  loadedAt: number;
}

/**
 * Safety net only: membership changes reach every instance through the bus within milliseconds
 * (`membership` on add, role change and removal; `revoke`). The TTL bounds what a lost bus message
 * (Redis unreachable) or a membership changed outside the app (SQL by hand) can cost: a few seconds,
 * while the burst of requests a page makes still hits.
 */
export const ACTOR_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/** Actor facts kept in memory per session token hash, invalidated by the membership and revocation events. */
export function createActorCache(
  bus: EventBus,
  secret: string,
  options: { ttlMs?: number; now?: () => number } = {},
): ActorCache {
  const ttlMs = options.ttlMs ?? ACTOR_CACHE_TTL_MS;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  // Bumped by every invalidation: facts read before one are not kept (they may predate the change).
  let generation = 0;

  function forget(which: ActorInvalidation) {
    generation += 1;
    if ('all' in which) return entries.clear();
    for (const [key, entry] of entries) {
      const match = 'sessionId' in which ? entry.sessionId === which.sessionId : entry.userId === which.userId;
      if (match) entries.delete(key);
    }
  }

  const unsubscribe = [
    bus.subscribe('revoke', (event) => {
      if (event.sessionId) forget({ sessionId: event.sessionId });
      if (event.userId) forget({ userId: event.userId });
    }),
    // A membership added, re-roled or removed changes its user's facts; the event names the
    // membership, not the user, and is rare: drop everything.
    bus.subscribe('membership', () => forget({ all: true })),
  ];

  return {
    async load(em, token) {
      if (!token) return null;
      const started = generation;
      const session = await liveSession(em, token, secret);
      if (!session) return null;
      const key = hashToken(token, secret);
      const at = now();
      const cached = entries.get(key);
      if (cached && cached.sessionId === session.id && at - cached.loadedAt < ttlMs) {
        return sessionActor(session, cached.facts);
      }
      entries.delete(key);
      const facts = await loadActorFacts(em, session.userId);
      if (started === generation) {
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
        entries.set(key, { sessionId: session.id, userId: session.userId, facts, loadedAt: at });
      }
      return sessionActor(session, facts);
    },
    forget,
    dispose() {
      for (const stop of unsubscribe) stop();
      entries.clear();
    },
  };
}
