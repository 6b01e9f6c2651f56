import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { GRAPHQL_WS_PROTOCOL, signedIn, startTestServer } from '../test/server.ts';
import type { Closed, TestServer } from '../test/server.ts';

let server: TestServer;
const opened: WebSocket[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const socket of opened) socket.terminate();
  await server?.close();
});

interface Opened {
  socket: WebSocket;
  closed: Promise<Closed>;
}

/** A real socket on /graphql (acknowledged by graphql-ws) or /collab (open), with `cookie`. */
async function open(path: '/graphql' | '/collab', cookie: string): Promise<Opened> {
  const url = server.url.replace(/^http/, 'ws') + path;
  const socket = new WebSocket(url, path === '/graphql' ? GRAPHQL_WS_PROTOCOL : [], { headers: { cookie } });
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

const state = (sockets: Opened[]) => sockets.map(({ socket }) => socket.readyState);

describe('open sockets per session and per user, graphql-ws and /collab together', () => {
  it('refuses the socket over the session cap on either endpoint with 4429 RATE_LIMITED, and admits one once another closed', async () => {
    const { perSession } = server.services.connections.caps;
    expect(perSession).toBe(20);
    const cookie = (await signedIn(server, 'ana.mnp@demo.opcat')).cookie as string;
    const sockets: Opened[] = [];
    for (let i = 0; i < perSession; i++) {
      const socket = await open(i % 2 === 0 ? '/graphql' : '/collab', cookie);
      if (i % 2 === 0) expect(await acknowledged(socket)).toBe('ack');
      sockets.push(socket);
    }
    const refused = { code: 4429, reason: `RATE_LIMITED: at most ${perSession} open sockets per session` };
    const overGraphql = await open('/graphql', cookie);
    expect(await overGraphql.closed).toEqual(refused);
    const overCollab = await open('/collab', cookie);
    expect(await overCollab.closed).toEqual(refused);
    expect(state(sockets).every((s) => s === WebSocket.OPEN)).toBe(true);

    sockets[0]!.socket.close();
    await sockets[0]!.closed;
    const again = await open('/graphql', cookie);
    expect(await acknowledged(again)).toBe('ack');
    for (const { socket } of [...sockets, again]) socket.close();
    await Promise.all([...sockets, again].map((s) => s.closed));
  });

  it("refuses the socket over the user's cap, counted across their sessions", async () => {
    const { perSession, perUser } = server.services.connections.caps;
    expect(perUser).toBe(50);
    const sessions = Math.ceil((perUser + 1) / perSession);
    const cookies: string[] = [];
    for (let i = 0; i < sessions; i++) cookies.push((await signedIn(server, 'bruno.mnp@demo.opcat')).cookie as string);
    const sockets: Opened[] = [];
    for (let i = 0; i < perUser; i++) {
      const path = i % 3 === 0 ? '/collab' : '/graphql';
      const socket = await open(path, cookies[Math.floor(i / perSession)]!);
      if (path === '/graphql') expect(await acknowledged(socket)).toBe('ack');
      sockets.push(socket);
    }
    const over = await open('/graphql', cookies.at(-1)!);
    expect(await over.closed).toEqual({ code: 4429, reason: `RATE_LIMITED: at most ${perUser} open sockets per user` });
    expect(state(sockets).every((s) => s === WebSocket.OPEN)).toBe(true);
    // Another person is not affected.
    const other = await open('/graphql', (await signedIn(server, 'diego.voces@demo.opcat')).cookie as string);
    expect(await acknowledged(other)).toBe('ack');
  });
});
