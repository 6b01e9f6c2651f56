import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createServices } from '../services.ts';
import { createApp } from '../app.ts';
import { GRAPHQL_WS_PROTOCOL, signedIn, startTestServer } from '../test/server.ts';
import type { Closed, TestServer } from '../test/server.ts';
import { SharedSocketCounts } from './shared-socket-caps.ts';

/** The Redis these machines run; the test fails (not skips) without it. */
const REDIS_URL = 'redis://127.0.0.1:6379';
const PER_SESSION = 3;
const PER_USER = 5;

let one: TestServer;
let two: { url: string; close(): Promise<void> };
const opened: WebSocket[] = [];
let redis: Redis;

beforeAll(async () => {
  one = await startTestServer({
    env: { REDIS_URL, WS_MAX_SOCKETS_PER_SESSION: String(PER_SESSION), WS_MAX_SOCKETS_PER_USER: String(PER_USER) },
  });
  // A second instance over the same database and Redis, as another process behind the load balancer.
  const services = createServices(one.orm, one.env);
  const app = await createApp(services);
  const port = await app.listen(0);
  two = {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await services.dispose();
    },
  };
  redis = new Redis(REDIS_URL);
}, 90_000);

afterAll(async () => {
  for (const socket of opened) socket.terminate();
  await two?.close();
  await one?.close();
  await redis?.quit();
});

interface Opened {
  socket: WebSocket;
  closed: Promise<Closed>;
}

async function open(server: { url: string }, cookie: string): Promise<Opened> {
  const socket = new WebSocket(server.url.replace(/^http/, 'ws') + '/graphql', GRAPHQL_WS_PROTOCOL, {
    headers: { cookie },
  });
  opened.push(socket);
  const closed = new Promise<Closed>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  return { socket, closed };
}

/** Resolves once graphql-ws acknowledged the connection, or with the close if it closed instead. */
async function acknowledged({ socket, closed }: Opened): Promise<'ack' | Closed> {
  socket.send(JSON.stringify({ type: 'connection_init' }));
  const ack = new Promise<'ack'>((resolve) =>
    socket.on('message', (data) => {
      if ((JSON.parse(data.toString()) as { type: string }).type === 'connection_ack') resolve('ack');
    }),
  );
  return Promise.race([ack, closed]);
}

const sessionRefused = { code: 4429, reason: `RATE_LIMITED: at most ${PER_SESSION} open sockets per session` };

describe('socket caps counted across two instances through Redis', () => {
  it('refuses on one instance the socket over the session cap counted with the other, and admits one once a socket closed there', async () => {
    const cookie = (await signedIn(one, 'ana.mnp@demo.opcat')).cookie as string;
    const first = await open(one, cookie);
    const second = await open(one, cookie);
    const third = await open(two, cookie);
    for (const s of [first, second, third]) expect(await acknowledged(s)).toBe('ack');
    // Each instance holds fewer than the cap on its own; together they hold it.
    expect(await (await open(two, cookie)).closed).toEqual(sessionRefused);
    expect(await (await open(one, cookie)).closed).toEqual(sessionRefused);

    first.socket.close();
    await first.closed;
    // The release is sent to Redis when the socket closes: probe until instance two admits one.
    let admitted: Opened | null = null;
    for (let attempt = 0; attempt < 50 && !admitted; attempt++) {
      const next = await open(two, cookie);
      if ((await acknowledged(next)) === 'ack') admitted = next;
    }
    expect(admitted).not.toBeNull();
    for (const s of [second, third, admitted!]) s.socket.close();
    await Promise.all([second, third, admitted!].map((s) => s.closed));
  });

  it("counts the user's sockets over their sessions on both instances", async () => {
    const cookies = await Promise.all(
      [0, 1].map(async () => (await signedIn(one, 'bruno.mnp@demo.opcat')).cookie as string),
    );
    const sockets: Opened[] = [];
    for (let i = 0; i < PER_USER; i++) {
      const socket = await open(i % 2 === 0 ? one : two, cookies[i < PER_SESSION ? 0 : 1]!);
      expect(await acknowledged(socket)).toBe('ack');
      sockets.push(socket);
    }
    const over = await open(two, cookies[1]!);
    expect(await over.closed).toEqual({
      code: 4429,
      reason: `RATE_LIMITED: at most ${PER_USER} open sockets per user`,
    });
    expect(sockets.every((s) => s.socket.readyState === WebSocket.OPEN)).toBe(true);
    for (const s of sockets) s.socket.close();
    await Promise.all(sockets.map((s) => s.closed));
  });

  it('forgets the sockets of an instance that stopped renewing them (crashed) once their lease ended', async () => {
    const who = { userId: randomUUID(), sessionId: randomUUID() };
    const crashed = new SharedSocketCounts(
      redis,
      { perSession: PER_SESSION, perUser: PER_USER },
      { leaseMs: 300, renewMs: 100 },
    );
    const alive = new SharedSocketCounts(
      redis,
      { perSession: PER_SESSION, perUser: PER_USER },
      { leaseMs: 300, renewMs: 100 },
    );
    try {
      for (let i = 0; i < PER_SESSION; i++) expect((await crashed.reserve(who)).refusal).toBeNull();
      expect((await alive.reserve(who)).refusal).toMatch(/^RATE_LIMITED/);
      crashed.abandon();
      // Probe: the lease runs out without any release.
      let admitted = false;
      for (let attempt = 0; attempt < 100 && !admitted; attempt++) {
        const reservation = await alive.reserve(who);
        admitted = reservation.refusal === null;
        if (!admitted) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(admitted).toBe(true);
    } finally {
      crashed.abandon();
      await alive.close();
    }
  });
});
