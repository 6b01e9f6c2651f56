import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { randomUUID } from 'node:crypto';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { TestServer } from '../../test/server.ts';
import { openRawCollabSocket, collabFrame } from '../../test/raw-collab-socket.ts';
import type { RawCollabSocket } from '../../test/raw-collab-socket.ts';
import { acksOf, authFrame, rawCollabEditor, sharedWorkplanDocument, updateFrame } from '../../test/collab-world.ts';
import { waitFor } from '../../test/collab-client.ts';
import { MESSAGE, SYNC } from '../protocol.ts';
import { SOCKET_LIMITS } from './socket-limits.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let server: TestServer;
const cookies: Record<string, string> = {};
const open: RawCollabSocket[] = [];
const plain: WebSocket[] = [];

beforeAll(async () => {
  server = await startTestServer();
  for (const email of ['hannah.ohchr', 'lucia.mnpsa', 'bruno.mnp', 'diego.voces']) {
    cookies[email.split('.')[0] as string] = (await signedIn(server, `${email}@demo.opcat`)).cookie as string;
  }
});

afterAll(async () => {
  for (const socket of open) socket.destroy();
  for (const socket of plain) socket.terminate();
  await server?.close();
});

async function raw(who: string): Promise<RawCollabSocket> {
  const socket = await openRawCollabSocket(server.url, cookies[who]!);
  open.push(socket);
  return socket;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MB = 1024 * 1024;

/** A sync update frame of `bytes` bytes for a document (its content does not matter: it is never applied). */
function bulkFrame(documentName: string, bytes: number): Uint8Array {
  return collabFrame(documentName, MESSAGE.Sync, (e) => {
    encoding.writeVarUint(e, SYNC.Update);
    encoding.writeVarUint8Array(e, new Uint8Array(bytes).fill(7));
  });
}

function memory() {
  gc();
  const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
  return { rss, held: heapUsed + arrayBuffers };
}

describe('socket limits: memory', () => {
  it('closes and terminates a viewer socket flooding a document it never authenticated before the server grows 20 MB', async () => {
    const frames = 480;
    const frame = bulkFrame(`workplan:${randomUUID()}`, 64 * 1024); // 480 × 64 KB = 30 MB, under the old 32 MB per 10 s
    const before = memory();
    const socket = await raw('hannah');
    let sent = 0;
    while (sent < frames && (await socket.sendPaced(frame))) sent += 1;
    expect(await socket.closeFrame).toBe(1008);
    await Promise.race([socket.ended, pause(3000)]);
    expect(socket.isEnded()).toBe(true);
    const after = memory();
    console.info(
      `flood: ${sent} of ${frames} frames sent before the server cut the socket off; ` +
        `rss ${((after.rss - before.rss) / MB).toFixed(1)} MB, heap+buffers ${((after.held - before.held) / MB).toFixed(1)} MB`,
    );
    expect(sent).toBeLessThan(frames);
    expect(after.held - before.held).toBeLessThan(20 * MB);
    expect(after.rss - before.rss).toBeLessThan(20 * MB);
  });

  it('closes a socket at its 201st frame for a document before that document is authenticated, however small the frames', async () => {
    const documentName = `workplan:${randomUUID()}`;
    const socket = await raw('hannah');
    for (let i = 0; i < SOCKET_LIMITS.preAuthFrames; i++)
      socket.send(collabFrame(documentName, MESSAGE.QueryAwareness, () => {}));
    await pause(300);
    expect(socket.isEnded()).toBe(false);
    socket.send(collabFrame(documentName, MESSAGE.QueryAwareness, () => {}));
    expect(await socket.closeFrame).toBe(1008);
  });

  it('counts frames for an authenticated document apart: only those for other documents use the pre-authentication budget', async () => {
    const documentName = await sharedWorkplanDocument(server);
    const { socket } = await rawCollabEditor(server, cookies.diego!, documentName);
    open.push(socket);
    const empty = updateFrame(documentName, new Uint8Array([0, 0]));
    for (let i = 0; i < 300; i++) socket.send(empty);
    await waitFor(() => acksOf(socket, documentName) === 300, 5000, '300 acknowledgements');
    expect(socket.isEnded()).toBe(false);
    const other = `workplan:${randomUUID()}`;
    for (let i = 0; i <= SOCKET_LIMITS.preAuthFrames; i++) socket.send(authFrame(other));
    expect(await socket.closeFrame).toBe(1008);
  });
});

describe('socket limits: per user', () => {
  it('refuses the open /collab socket over the session cap (RATE_LIMITED), and accepts one again once another closed', async () => {
    const connectPlain = async () => {
      const socket = new WebSocket(server.url.replace(/^http/, 'ws') + '/collab', {
        headers: { cookie: cookies.lucia },
      });
      plain.push(socket);
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
      );
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      return { socket, closed };
    };
    const sockets = [];
    for (let i = 0; i < server.services.connections.caps.perSession; i++) sockets.push(await connectPlain());
    const extra = await connectPlain();
    expect(await extra.closed).toEqual({ code: 4429, reason: 'RATE_LIMITED: at most 20 open sockets per session' });
    await pause(200);
    expect(sockets.every(({ socket }) => socket.readyState === WebSocket.OPEN)).toBe(true);

    sockets[0]!.socket.close();
    await sockets[0]!.closed;
    const again = await connectPlain();
    await pause(300);
    expect(again.socket.readyState).toBe(WebSocket.OPEN);
  });

  it("shares one pre-authentication budget among a user's sockets", async () => {
    const frame = bulkFrame(`workplan:${randomUUID()}`, 220 * 1024); // under one socket's 256 KB
    const sockets = [];
    for (let i = 0; i < 4; i++) {
      const socket = await raw('bruno');
      socket.send(frame);
      sockets.push(socket);
    }
    await pause(300);
    expect(sockets.some((s) => s.isEnded())).toBe(false);
    const fifth = await raw('bruno'); // 5 × 220 KB > 1 MB
    fifth.send(frame);
    expect(await fifth.closeFrame).toBe(1008);
    expect(sockets.some((s) => s.isEnded())).toBe(false);

    // What a closed socket made the server queue is released with it.
    for (const socket of sockets) socket.destroy();
    await pause(200);
    const later = await raw('bruno');
    later.send(frame);
    await pause(300);
    expect(later.isEnded()).toBe(false);
  });
});
