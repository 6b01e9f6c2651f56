import * as encoding from 'lib0/encoding';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { CLOSE_REFUSED } from '../close-codes.ts';
import { MESSAGE } from '../protocol.ts';
import { AwarenessOwnership } from './awareness-ownership.ts';

const NAME = 'finding:0b9f3c1e-5d3a-4e57-9d1c-3f6f7a0c1b2d';
const ANA = { userId: 'u-ana', name: 'Ana Martínez', organisation: 'MNP' };
const DIEGO = { userId: 'u-diego', name: 'Diego Rojas', organisation: 'Voces' };

function awarenessFrame(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
  }
  const e = encoding.createEncoder();
  encoding.writeVarString(e, NAME);
  encoding.writeVarUint(e, MESSAGE.Awareness);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

function fixture() {
  const extension = new AwarenessOwnership();
  const document = { awareness: new Awareness(new Y.Doc()) };
  const from = (socketId: string, identity: typeof ANA) => (entries: Parameters<typeof awarenessFrame>[0]) => () =>
    extension.beforeHandleMessage({
      connection: { context: { identity } },
      update: awarenessFrame(entries),
      documentName: NAME,
      socketId,
      document,
    } as never);
  return { extension, ana: from('socket-ana', ANA), diego: from('socket-diego', DIEGO) };
}

describe('awareness-ownership', () => {
  it('relays allowlisted awareness that repeats the connection’s own identity', () => {
    const { ana } = fixture();
    const state = { user: { id: 'u-ana', name: 'Ana Martínez', color: '#aa3355' }, cursor: null };
    expect(ana([{ clientId: 7, clock: 1, state }])()).toBeUndefined();
  });

  it('refuses a name, user id or organisation the server does not know for the connection', () => {
    const { diego } = fixture();
    for (const user of [{ name: 'Ana Martínez' }, { id: 'u-ana' }, { organisation: 'MNP' }]) {
      expect(diego([{ clientId: 8, clock: 1, state: { user } }])).toThrow(expect.objectContaining(CLOSE_REFUSED));
    }
  });

  it('refuses fields outside the allowlist and colours that are not colours', () => {
    const { ana } = fixture();
    expect(ana([{ clientId: 7, clock: 1, state: { script: '<img onerror=alert(1)>' } }])).toThrow(
      expect.objectContaining(CLOSE_REFUSED),
    );
    expect(ana([{ clientId: 7, clock: 1, state: { user: { color: 'red;background:url(x)' } } }])).toThrow(
      expect.objectContaining(CLOSE_REFUSED),
    );
  });

  it('refuses a new state for a client id another connection claimed, and frees it when that connection leaves', async () => {
    const { extension, ana, diego } = fixture();
    ana([{ clientId: 7, clock: 1, state: { user: { name: 'Ana Martínez' } } }])();
    expect(diego([{ clientId: 7, clock: 2, state: { user: { name: 'Diego Rojas' } } }])).toThrow(
      expect.objectContaining(CLOSE_REFUSED),
    );
    await extension.onDisconnect({ documentName: NAME, socketId: 'socket-ana' } as never);
    expect(diego([{ clientId: 7, clock: 3, state: { user: { name: 'Diego Rojas' } } }])()).toBeUndefined();
  });
});
