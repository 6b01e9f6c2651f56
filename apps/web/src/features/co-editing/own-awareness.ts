import type { HocuspocusProvider } from '@hocuspocus/provider';

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/** Keeps only the changes of this client's own awareness state. */
export function ownChanges(changes: AwarenessChanges, ownClientId: number): AwarenessChanges {
  const own = (ids: number[]) => ids.filter((id) => id === ownClientId);
  return { added: own(changes.added), updated: own(changes.updated), removed: own(changes.removed) };
}

/**
 * The provider echoes every awareness change it sees, other people's included. While someone types,
 * such an echo can carry their previous cursor after the server already has a newer one, and /collab
 * closes the connection for speaking for another client. Only our own state is ours to send.
 */
export function sendOwnAwarenessOnly(provider: HocuspocusProvider): void {
  const awareness = provider.awareness;
  if (!awareness) return;
  const original = provider.boundAwarenessUpdateHandler;
  const ownClientId = provider.document.clientID;
  const filtered = (changes: AwarenessChanges, origin: unknown) => {
    const own = ownChanges(changes, ownClientId);
    if (own.added.length + own.updated.length + own.removed.length > 0) original(own, origin);
  };
  awareness.off('update', original);
  // Reassigned so that provider.destroy() unregisters this handler.
  provider.boundAwarenessUpdateHandler = filtered;
  awareness.on('update', filtered);
}
