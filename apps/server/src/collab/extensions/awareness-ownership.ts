import type { beforeHandleMessagePayload, onDisconnectPayload } from '@hocuspocus/server';
import { logger } from '../../logger.ts';
import { refuseAwareness } from '../awareness-guard.ts';
import { CLOSE_REFUSED } from '../close-codes.ts';
import { collabContext } from '../sockets.ts';
import { parsedMessage } from './message-guard.ts';
import { PRIORITY } from './types.ts';
import type { CollabExtension } from './types.ts';

/**
 * Awareness may only carry allowlisted fields with the connection's own identity (as the server
 * knows it), and only for client ids this connection claimed first: read-only connections send
 * awareness too, and peers render what it says.
 */
export class AwarenessOwnership implements CollabExtension {
  readonly extensionName = 'opcat-awareness-ownership';
  readonly priority = PRIORITY.awarenessOwnership;
  /** Per document: which socket each Yjs client id belongs to. */
  private readonly clientOwners = new Map<string, Map<number, string>>();

  beforeHandleMessage({ connection, update, documentName, socketId, document }: beforeHandleMessagePayload): undefined {
    const message = parsedMessage(update);
    if (message.kind !== 'awareness') return undefined;
    const owners = this.clientOwners.get(documentName) ?? new Map<number, string>();
    this.clientOwners.set(documentName, owners);
    const { identity } = collabContext(connection.context);
    const states = document.awareness.getStates();
    // A client id is this connection's when it claimed it first. One that no connection here
    // claimed but whose state the document holds is someone's on another instance (relayed
    // through Redis), and providers echo those states back.
    const unclaimed = (clientId: number) => !owners.has(clientId) && !states.has(clientId);
    const reason = refuseAwareness(message.entries, identity, (clientId) => {
      const meta = document.awareness.meta.get(clientId);
      return {
        ownedByThisConnection: owners.get(clientId) === socketId || unclaimed(clientId),
        current: meta ? { clock: meta.clock, state: states.get(clientId) ?? null } : undefined,
      };
    });
    if (reason) {
      logger.warn({ documentName, reason }, 'awareness refused');
      throw CLOSE_REFUSED;
    }
    for (const { clientId, state } of message.entries) {
      if (state !== null && unclaimed(clientId)) owners.set(clientId, socketId);
    }
    return undefined;
  }

  async onDisconnect({ documentName, socketId }: onDisconnectPayload): Promise<void> {
    const owners = this.clientOwners.get(documentName);
    if (!owners) return;
    for (const [clientId, owner] of owners) if (owner === socketId) owners.delete(clientId);
    if (owners.size === 0) this.clientOwners.delete(documentName);
  }
}
