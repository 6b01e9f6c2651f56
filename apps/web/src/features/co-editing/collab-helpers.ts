export type CollabState = 'connected' | 'connecting' | 'reconnecting' | 'offlinePending';

/**
 * What the badge says: "offline with pending changes" wins whenever local edits have not reached
 * the server and the socket is down, because that is what the person must not lose sight of.
 */
export function collabState(status: string, hasUnsyncedChanges: boolean, everConnected: boolean): CollabState {
  if (status === 'connected') return 'connected';
  if (hasUnsyncedChanges) return 'offlinePending';
  return everConnected ? 'reconnecting' : 'connecting';
}

const PALETTE = ['#c2255c', '#1971c2', '#2f9e44', '#e8590c', '#6741d9', '#0c8599', '#a61e4d', '#5c940d'];

/** A stable caret colour per user, in the '#rrggbb' form the collaboration server accepts. */
export function userColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? '#1971c2';
}

export interface PresentUser {
  clientId: number;
  name: string;
  organisation: string;
  color: string;
}

/** The people in the document, from the awareness states, without entries that carry no user. */
export function presentUsers(states: ReadonlyMap<number, Record<string, unknown>>): PresentUser[] {
  const users: PresentUser[] = [];
  for (const [clientId, state] of states) {
    const user = state.user as Record<string, unknown> | undefined;
    if (!user || typeof user.name !== 'string') continue;
    users.push({
      clientId,
      name: user.name,
      organisation: typeof user.organisation === 'string' ? user.organisation : '',
      color: typeof user.color === 'string' ? user.color : '#868e96',
    });
  }
  return users.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** How a person is named on their caret and in the presence list: name, then organisation when known. */
export function personLabel(user: { name: string; organisation?: unknown }): string {
  return typeof user.organisation === 'string' && user.organisation ? `${user.name} · ${user.organisation}` : user.name;
}

/** ws(s)://<host>/collab for the page's own origin. */
export function collabUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}
