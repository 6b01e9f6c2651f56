import type { beforeHandleMessagePayload } from '@hocuspocus/server';
import { CLOSE_REFUSED, MAX_UPDATE_BYTES } from '../close-codes.ts';
import { parseMessage } from '../protocol.ts';
import type { ParsedMessage } from '../protocol.ts';
import { PRIORITY } from './types.ts';
import type { CollabExtension } from './types.ts';

const parsed = new WeakMap<Uint8Array, ParsedMessage>();

/**
 * The message as the guard parsed it. Every hook of one message gets the same bytes, so the
 * later extensions read the guard's result instead of decoding (awareness: JSON) again.
 */
export function parsedMessage(data: Uint8Array): ParsedMessage {
  const message = parsed.get(data) ?? parseMessage(data);
  parsed.set(data, message);
  return message;
}

/**
 * Refuses, before Hocuspocus applies it, any frame that is malformed, names another document than
 * its connection's, is a BroadcastStateless (any client could message every peer, fixed upstream
 * only in 4.1.1) or carries an update over MAX_UPDATE_BYTES.
 */
export class MessageGuard implements CollabExtension {
  readonly extensionName = 'opcat-message-guard';
  readonly priority = PRIORITY.messageGuard;

  beforeHandleMessage({ update: data, documentName }: beforeHandleMessagePayload): undefined {
    let message: ParsedMessage;
    try {
      message = parsedMessage(data);
    } catch {
      throw CLOSE_REFUSED;
    }
    if (message.documentName !== documentName) throw CLOSE_REFUSED;
    if (message.kind === 'broadcastStateless') throw CLOSE_REFUSED;
    if (message.kind === 'update' && message.update.length > MAX_UPDATE_BYTES) throw CLOSE_REFUSED;
    return undefined;
  }
}
