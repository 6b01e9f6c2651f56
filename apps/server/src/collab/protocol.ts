import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Hocuspocus / y-protocols message types (first varUint after the document name). */
export const MESSAGE = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  SyncReply: 4,
  Stateless: 5,
  BroadcastStateless: 6,
  Close: 7,
  SyncStatus: 8,
} as const;

export const SYNC = { Step1: 0, Step2: 1, Update: 2 } as const;

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

export type ParsedMessage =
  | { kind: 'update'; documentName: string; update: Uint8Array }
  | { kind: 'syncStep1'; documentName: string }
  | { kind: 'awareness'; documentName: string; entries: AwarenessEntry[] }
  | { kind: 'broadcastStateless'; documentName: string }
  | { kind: 'other'; documentName: string; type: number };

/** Bytes a message's document name takes (its varUint length and UTF-8); the type byte follows. */
export function namePrefixLength(documentName: string): number {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  return encoding.length(encoder);
}

/** Decodes what the server needs to judge a message; throws on malformed input. */
export function parseMessage(data: Uint8Array): ParsedMessage {
  const decoder = decoding.createDecoder(data);
  const documentName = decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE.Sync:
    case MESSAGE.SyncReply: {
      const syncType = decoding.readVarUint(decoder);
      if (syncType === SYNC.Step1) return { kind: 'syncStep1', documentName };
      if (syncType === SYNC.Step2 || syncType === SYNC.Update) {
        return { kind: 'update', documentName, update: decoding.readVarUint8Array(decoder) };
      }
      throw new Error(`unknown sync message type ${syncType}`);
    }
    case MESSAGE.Awareness: {
      const update = decoding.readVarUint8Array(decoder);
      const inner = decoding.createDecoder(update);
      const count = decoding.readVarUint(inner);
      if (count > 1000) throw new Error('too many awareness entries');
      const entries: AwarenessEntry[] = [];
      for (let i = 0; i < count; i++) {
        const clientId = decoding.readVarUint(inner);
        const clock = decoding.readVarUint(inner);
        const state: unknown = JSON.parse(decoding.readVarString(inner));
        entries.push({ clientId, clock, state });
      }
      return { kind: 'awareness', documentName, entries };
    }
    case MESSAGE.BroadcastStateless:
      return { kind: 'broadcastStateless', documentName };
    case MESSAGE.Auth:
    case MESSAGE.QueryAwareness:
    case MESSAGE.Stateless:
    case MESSAGE.Close:
      return { kind: 'other', documentName, type };
    default:
      throw new Error(`unknown message type ${type}`);
  }
}
