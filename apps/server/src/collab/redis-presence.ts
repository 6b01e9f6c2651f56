import { Redis } from '@hocuspocus/extension-redis';
import { OutgoingMessage } from '@hocuspocus/server';
import type { onAwarenessUpdatePayload } from '@hocuspocus/server';

/** What this subclass uses of the extension's private members (@hocuspocus/extension-redis 3.4.4). */
interface RedisInternals {
  pubKey(documentName: string): string;
  encodeMessage(message: Uint8Array): Buffer;
}

/**
 * The Hocuspocus Redis extension, except that the last editor of a document on this instance
 * leaving is published to the other instances. Hocuspocus removes a leaving connection's presence
 * after the connection is gone, and the extension publishes no presence for a document without
 * connections: on the other instances the editor stayed "present" until the awareness timeout (30 s).
 */
export class RedisWithPresence extends Redis {
  override async onAwarenessUpdate(payload: onAwarenessUpdatePayload): Promise<number | undefined> {
    const { document, documentName, awareness, removed } = payload;
    if (document.getConnectionsCount() > 0 || removed.length === 0) return super.onAwarenessUpdate(payload);
    const internals = this as unknown as RedisInternals;
    const message = new OutgoingMessage(documentName).createAwarenessUpdateMessage(awareness, removed).toUint8Array();
    // Publishing can fail while the instance shuts down; the other instances' timeout then applies.
    return this.pub.publish(internals.pubKey(documentName), internals.encodeMessage(message)).catch(() => undefined);
  }
}
