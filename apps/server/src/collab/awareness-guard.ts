import type { AwarenessEntry } from './protocol.ts';

/** Who the server knows is on a connection; awareness may only repeat these facts. */
export interface CollabIdentity {
  userId: string;
  name: string;
  organisation: string;
}

const STATE_KEYS = new Set(['user', 'cursor', 'selection']);
const USER_KEYS = new Set(['id', 'name', 'organisation', 'color', 'colour']);
const COLOUR = /^#[0-9a-fA-F]{3,8}$/;

/** What the server knows of a client id: whose it is, and its current awareness. */
export interface KnownClient {
  ownedByThisConnection: boolean;
  current?: { clock: number; state: unknown };
}

/**
 * Checks an awareness update from one connection: only allowlisted fields, no identity other
 * than the connection's own, and no new state for a client id of another connection. (Providers
 * echo the states they receive from others; an exact echo, or a removal, is harmless.)
 * Returns the reason to refuse, or null when the update may be relayed.
 */
export function refuseAwareness(
  entries: readonly AwarenessEntry[],
  identity: CollabIdentity,
  known: (clientId: number) => KnownClient,
): string | null {
  for (const { clientId, clock, state } of entries) {
    const client = known(clientId);
    if (!client.ownedByThisConnection) {
      if (state === null) continue;
      // y-protocols ignores an entry whose clock is not newer than the one it has: a stale or exact
      // echo of someone else's state is harmless. A newer state for someone else is a spoof.
      const echo = client.current !== undefined && clock <= client.current.clock;
      if (echo) continue;
      return 'awareness for a client id of another connection';
    }
    if (state === null) continue; // the client leaves
    if (typeof state !== 'object' || Array.isArray(state)) return 'awareness state is not an object';
    for (const key of Object.keys(state)) if (!STATE_KEYS.has(key)) return `awareness field "${key}" is not allowed`;
    const user = (state as { user?: unknown }).user;
    if (user === undefined) continue;
    if (typeof user !== 'object' || user === null || Array.isArray(user)) return 'awareness user is not an object';
    const u = user as Record<string, unknown>;
    for (const key of Object.keys(u)) if (!USER_KEYS.has(key)) return `awareness user field "${key}" is not allowed`;
    if (u.id !== undefined && u.id !== identity.userId) return 'awareness claims another user id';
    if (u.name !== undefined && u.name !== identity.name) return 'awareness claims another name';
    if (u.organisation !== undefined && u.organisation !== identity.organisation) {
      return 'awareness claims another organisation';
    }
    for (const key of ['color', 'colour'])
      if (u[key] !== undefined && (typeof u[key] !== 'string' || !COLOUR.test(u[key] as string))) {
        return 'awareness colour is not a colour';
      }
  }
  return null;
}
