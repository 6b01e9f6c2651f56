import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';

/**
 * A Hocuspocus extension whose message hook may be synchronous. Hocuspocus chains every
 * extension's `beforeHandleMessage` and applies the message once the chain settles: a hook that
 * returns undefined (or throws, to refuse) keeps a connection's messages in the order they came
 * (hocuspocus#880); only a deliberate gate returns a promise.
 */
export interface CollabExtension extends Omit<Extension, 'beforeHandleMessage'> {
  beforeHandleMessage?(payload: beforeHandleMessagePayload): undefined | Promise<void>;
}

/** Hook order (higher first): access, then the frame's shape, then what it says, then tracking it. */
export const PRIORITY = {
  reauthorization: 1000,
  authenticate: 900,
  messageGuard: 800,
  awarenessOwnership: 700,
  acknowledgeAfterStore: 600,
  socketLimits: 500,
} as const;

export function asHocuspocusExtension(extension: CollabExtension): Extension {
  return extension as Extension;
}
