/** Largest Yjs update accepted (a socket's frames are capped a little above it, see app.ts). */
export const MAX_UPDATE_BYTES = 2 * 1024 * 1024;

export interface CloseReason {
  code: number;
  reason: string;
}

/** Same answer for unknown and forbidden documents, so document names cannot be probed. */
export const COLLAB_DENIED = 'Forbidden';
/** A malformed or refused message. */
export const CLOSE_REFUSED: CloseReason = { code: 4400, reason: 'Message refused' };
/** The session ended, the membership went, or the record no longer allows what the connection did. */
export const CLOSE_ACCESS_REVOKED: CloseReason = { code: 4403, reason: 'Access revoked' };
/** More traffic, or more sockets, than one person may use. */
export const CLOSE_TOO_MUCH: CloseReason = { code: 1008, reason: 'Too much traffic' };
/** An update could not be stored: the client keeps it unacknowledged and sends it again on reconnect. */
export const CLOSE_NOT_STORED: CloseReason = { code: 4503, reason: 'Update not stored' };
