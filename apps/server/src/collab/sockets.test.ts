import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import { Hocuspocus } from '@hocuspocus/server';
import { describe, expect, it } from 'vitest';
import { TERMINATE_AFTER_CLOSE_MS } from '../realtime/connections.ts';
import type { Services } from '../services.ts';
import { CLOSE_ACCESS_REVOKED } from './close-codes.ts';
import { MessageGuard } from './extensions/message-guard.ts';
import { Reauthorization } from './extensions/reauthorization.ts';
import { asHocuspocusExtension } from './extensions/types.ts';
import { MESSAGE, SYNC } from './protocol.ts';
import { CollabSocket } from './sockets.ts';

const NAME = 'workplan:0b9f3c1e-5d3a-4e57-9d1c-3f6f7a0c1b2d';

class FakeWebSocket extends EventEmitter {
  readonly CLOSED = 3;
  readyState = 1;
  closed: number | null = null;
  terminated = false;
  close(code: number) {
    this.closed = code;
  }
  terminate() {
    this.terminated = true;
  }
}

function fixture() {
  const ws = new FakeWebSocket();
  const socket = new CollabSocket(ws as unknown as WebSocket, {} as IncomingMessage, 'user', 'session', null);
  const services = { bus: { subscribe: () => () => undefined } } as unknown as Services;
  // The hooks chain Hocuspocus runs for each message, then applies it (Connection.handleMessage).
  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions: [new Reauthorization(services), new MessageGuard()].map(asHocuspocusExtension),
  });
  const applied: number[] = [];
  const refused: number[] = [];
  const receive = (i: number) => {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, NAME);
    encoding.writeVarUint(e, MESSAGE.Sync);
    encoding.writeVarUint(e, SYNC.Update);
    encoding.writeVarUint8Array(e, new Uint8Array([0, 0]));
    const payload = { connection: { context: { socket } }, update: encoding.toUint8Array(e), documentName: NAME };
    hocuspocus.hooks('beforeHandleMessage', payload as never).then(
      () => applied.push(i),
      () => refused.push(i),
    );
  };
  return { ws, socket, receive, applied, refused };
}

const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));

describe('CollabSocket re-checks (through the Hocuspocus hook chain)', () => {
  it('holds the messages that arrive during a re-check and applies them in their order when access holds', async () => {
    const { socket, receive, applied, refused } = fixture();
    receive(0);
    await settle(5);
    socket.recheck(async () => {
      await settle(20);
      return null;
    });
    for (let i = 1; i <= 5; i++) receive(i);
    await settle(5);
    expect(applied).toEqual([0]);
    await settle(40);
    receive(6);
    await settle(5);
    expect(applied).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(refused).toEqual([]);
  });

  it('refuses every message held by a re-check that loses access, and every later one; closes, then terminates', async () => {
    const { ws, socket, receive, applied, refused } = fixture();
    receive(0);
    await settle(5);
    socket.recheck(async () => {
      await settle(20);
      return CLOSE_ACCESS_REVOKED;
    });
    for (let i = 1; i <= 5; i++) receive(i);
    await settle(40);
    receive(6);
    await settle(5);
    expect(applied).toEqual([0]);
    expect(refused).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ws.closed).toBe(4403);
    expect(ws.terminated).toBe(false);
    await settle(TERMINATE_AFTER_CLOSE_MS + 50);
    expect(ws.terminated).toBe(true);
  });

  it('treats a re-check that fails as lost access', async () => {
    const { socket, receive, refused } = fixture();
    socket.recheck(async () => {
      throw new Error('database gone');
    });
    receive(1);
    await settle();
    expect(refused).toEqual([1]);
    expect(socket.revoked).toEqual(CLOSE_ACCESS_REVOKED);
  });

  it('runs overlapping re-checks one after the other, so messages keep their order', async () => {
    const { socket, receive, applied } = fixture();
    socket.recheck(async () => {
      await settle(30);
      return null;
    });
    receive(1);
    socket.recheck(async () => null);
    receive(2);
    await settle(60);
    expect(applied).toEqual([1, 2]);
  });
});
