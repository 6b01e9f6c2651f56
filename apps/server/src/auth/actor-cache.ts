import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBus } from '../realtime/bus.ts';
import { loadSessionActor } from './load-actor.ts';
import type { SessionActor } from './load-actor.ts';
import { hashToken, SESSION_IDLE_MS } from './session.ts';

/** Which cached actors to drop: one session's, one user's, or every one (a membership changed). */
export type ActorInvalidation = { sessionId: string } | { userId: string } | { all: true };

export interface ActorCache {
  /** The session's actor: from memory while fresh, else `loadActor` (which also slides the expiry). */
  load(em: EntityManager, token: string | null): Promise<SessionActor | null>;
  /** Drops cached actors on this instance now (the bus carries the same to the other instances). */
  forget(which: ActorInvalidation): void;
  dispose(): void;
}

interface Entry {
  actor: SessionActor;
  expiresAt: number;
  loadedAt: number;
}

/**
 * Safety net only: revocation reaches every instance through the bus within milliseconds (sign-out and
 * member removal `revoke`, role changes `membership`, acting organisation `actorChanged`). The TTL
 * bounds what a lost bus message (Redis unreachable) or a change made outside the app (SQL by hand,
 * the session purge job) can cost: a few seconds, while a page's burst of requests still hits.
 */
export const ACTOR_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/** Session actors kept in memory per session token hash, invalidated by the revocation events on the bus. */
export function createActorCache(
  bus: EventBus,
  secret: string,
  options: { ttlMs?: number; now?: () => number } = {},
): ActorCache {
  const ttlMs = options.ttlMs ?? ACTOR_CACHE_TTL_MS;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  // Bumped by every invalidation: a load that started before one is not cached (it may predate the change).
  let generation = 0;

  function forget(which: ActorInvalidation) {
    generation += 1;
    if ('all' in which) return entries.clear();
    for (const [key, entry] of entries) {
      const match =
        'sessionId' in which ? entry.actor.sessionId === which.sessionId : entry.actor.userId === which.userId;
      if (match) entries.delete(key);
    }
  }

  const unsubscribe = [
    bus.subscribe('revoke', (event) => {
      if (event.sessionId) forget({ sessionId: event.sessionId });
      if (event.userId) forget({ userId: event.userId });
    }),
    // A membership added, re-roled or removed changes the facts of its user's actors; the event names
    // the membership, not the user, and is rare: drop everything.
    bus.subscribe('membership', () => forget({ all: true })),
    bus.subscribe('actorChanged', (event) => forget({ sessionId: event.sessionId })),
  ];

  return {
    async load(em, token) {
      if (!token) return null;
      const key = hashToken(token, secret);
      const at = now();
      const cached = entries.get(key);
      // Expired, stale, or due for its sliding-expiry write: ask the database (loadActor touches it).
      if (
        cached &&
        at - cached.loadedAt < ttlMs &&
        at < cached.expiresAt &&
        cached.expiresAt - at > SESSION_IDLE_MS / 2
      ) {
        return cached.actor;
      }
      entries.delete(key);
      const started = generation;
      const loaded = await loadSessionActor(em, token, secret);
      if (!loaded) return null;
      if (started === generation) {
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
        entries.set(key, { actor: loaded.actor, expiresAt: loaded.expiresAt.getTime(), loadedAt: at });
      }
      return loaded.actor;
    },
    forget,
    dispose() {
      for (const stop of unsubscribe) stop();
      entries.clear();
    },
  };
}
