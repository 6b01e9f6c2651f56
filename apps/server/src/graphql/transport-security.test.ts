import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphQLFormattedError } from 'graphql';
import type { MockInstance } from 'vitest';
import { logger } from '../logger.ts';
import { INTROSPECTION_DISABLED, LIMITS } from './security.ts';
import {
  closeOf,
  connectGraphqlWs,
  GraphqlClient,
  handshake,
  runOverWs,
  startTestServer,
  within,
} from '../test/server.ts';
import type { GraphqlWsConnection, TestServer } from '../test/server.ts';

/** A chain `organisation { members { organisation { members { … id } } } }` exactly `depth` fields deep. */
function nestedQuery(depth: number): string {
  let selection = 'id';
  for (let level = depth - 1; level >= 1; level--) {
    selection = `${level % 2 === 1 ? 'organisation' : 'members'} { ${selection} }`;
  }
  return `query Deep { ${selection} }`;
}

function aliasedQuery(aliases: number): string {
  return `query Aliased { ${Array.from({ length: aliases }, (_, i) => `a${i}: health`).join(' ')} }`;
}

const INTROSPECTION = 'query Introspect { __schema { queryType { name } } }';
const TYPE_INTROSPECTION = 'query IntrospectType { __type(name: "Organisation") { fields { name } } }';
const TYPO = 'query Typo { organisation { nam } }';

let server: TestServer;
let http: GraphqlClient;
let ws: GraphqlWsConnection;

beforeAll(async () => {
  server = await startTestServer({ production: true });
  http = new GraphqlClient(server);
  await http.signIn('ana.mnp@demo.opcat');
  ws = connectGraphqlWs(server, http.cookie);
});
afterAll(async () => {
  await ws?.dispose();
  await server?.close();
});

/** The same operation over HTTP and over graphql-ws, with the same session. */
async function overBoth(query: string) {
  const overHttp = await http.request(query);
  const overWs = await runOverWs(ws.client, query);
  const httpErrors = overHttp.errors ?? [];
  return {
    http: { status: overHttp.status, data: overHttp.data, errors: httpErrors },
    ws: { data: overWs.results[0]?.data, errors: overWs.errors },
  };
}

function codes(errors: readonly GraphQLFormattedError[]): unknown[] {
  return errors.map((e) => e.extensions?.code);
}

describe('a production server refuses the same abuse over HTTP and over graphql-ws', () => {
  it('refuses schema introspection with one neutral "Introspection is disabled"', async () => {
    for (const query of [INTROSPECTION, TYPE_INTROSPECTION]) {
      const both = await overBoth(query);
      for (const side of [both.http, both.ws]) {
        expect(side.data ?? null).toBeNull();
        expect(side.errors.map((e) => [e.extensions?.code, e.message])).toEqual([
          ['GRAPHQL_VALIDATION_FAILED', INTROSPECTION_DISABLED],
        ]);
      }
      expect(JSON.stringify(both)).not.toMatch(/apollo|introspection:|pass /i);
    }
  });

  it(`accepts a query ${LIMITS.maxDepth} levels deep and refuses one level more`, async () => {
    const atLimit = await overBoth(nestedQuery(LIMITS.maxDepth));
    expect(codes(atLimit.http.errors)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    expect(codes(atLimit.ws.errors)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    expect(atLimit.http.data).toMatchObject({ organisation: { members: expect.any(Array) } });

    const tooDeep = await overBoth(nestedQuery(LIMITS.maxDepth + 1));
    expect(tooDeep.http.data ?? null).toBeNull();
    expect(codes(tooDeep.http.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(tooDeep.ws.data ?? null).toBeNull();
    expect(codes(tooDeep.ws.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it(`accepts ${LIMITS.maxAliases} aliases and refuses one more`, async () => {
    const atLimit = await overBoth(aliasedQuery(LIMITS.maxAliases));
    expect(atLimit.http.errors).toEqual([]);
    expect(atLimit.ws.errors).toEqual([]);
    expect(Object.keys(atLimit.ws.data ?? {})).toHaveLength(LIMITS.maxAliases);

    const tooMany = await overBoth(aliasedQuery(LIMITS.maxAliases + 1));
    expect(tooMany.http.data ?? null).toBeNull();
    expect(codes(tooMany.http.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(tooMany.ws.data ?? null).toBeNull();
    expect(codes(tooMany.ws.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('answers a typo’d field without a "Did you mean" hint', async () => {
    const both = await overBoth(TYPO);
    for (const errors of [both.http.errors, both.ws.errors]) {
      expect(codes(errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(errors[0]?.message).toMatch(/Cannot query field "nam"/);
      expect(errors[0]?.message).not.toMatch(/did you mean/i);
    }
  });

  it('never sends a stack trace, whatever the error', async () => {
    const seen: GraphQLFormattedError[] = [];
    for (const query of [INTROSPECTION, nestedQuery(LIMITS.maxDepth + 1), aliasedQuery(99), TYPO]) {
      const both = await overBoth(query);
      seen.push(...both.http.errors, ...both.ws.errors);
    }
    const signedOut = await new GraphqlClient(server).request('query Guarded { organisation { id } }');
    const notFound = await overBoth('query Missing { workingGroup(id: "nope") { id } }');
    const parseError = await http.request('query Broken { health ');
    expect(codes(signedOut.errors ?? [])).toEqual(['UNAUTHENTICATED']);
    expect(codes(notFound.ws.errors)).toEqual(['NOT_FOUND']);
    expect(codes(parseError.errors ?? [])).toEqual(['GRAPHQL_PARSE_FAILED']);
    seen.push(
      ...(signedOut.errors ?? []),
      ...notFound.http.errors,
      ...notFound.ws.errors,
      ...(parseError.errors ?? []),
    );

    expect(seen.length).toBeGreaterThanOrEqual(11);
    expect(JSON.stringify(seen)).not.toMatch(/stacktrace|exception/i);
    for (const error of seen) expect(Object.keys(error.extensions ?? {})).toEqual(['code']);
  });
});

describe('HTTP transport', () => {
  const body = JSON.stringify({ query: 'query Health { health }' });

  it('refuses a text/plain POST as a potential CSRF (a form or `no-cors` fetch can send one)', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: http.cookie ?? '' },
      body,
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a GET without a preflight header as a potential CSRF, and accepts it with one', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent('query Health { health }')}`;
    const plain = await fetch(url);
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/Cross-Site Request Forgery/);

    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { health: 'ok' } });
  });

  describe('a malformed JSON body', () => {
    let loggedErrors: MockInstance;
    let consoleErrors: MockInstance;
    beforeEach(() => {
      loggedErrors = vi.spyOn(logger, 'error');
      consoleErrors = vi.spyOn(console, 'error');
    });
    afterEach(() => {
      loggedErrors.mockRestore();
      consoleErrors.mockRestore();
    });

    it('gets a JSON 400 BAD_REQUEST without a stack, and nothing is logged as an error', async () => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: http.cookie ?? '' },
        body: '{"query": "query Health { health }"',
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({
        errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }],
      });
      expect(loggedErrors).not.toHaveBeenCalled();
      expect(consoleErrors).not.toHaveBeenCalled();
    });
  });

  it(`refuses a body over ${LIMITS.maxGraphqlPayloadBytes} bytes with 413, without a stack trace`, async () => {
    // A GraphQL comment pads the body without changing the operation.
    const padded = (bytes: number) => JSON.stringify({ query: `#${'x'.repeat(bytes)}\nquery Health { health }` });
    const post = (body: string) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

    const tooBig = await post(padded(LIMITS.maxGraphqlPayloadBytes));
    expect(tooBig.status).toBe(413);
    expect(await tooBig.text()).not.toMatch(/node_modules|at .+\(.+:\d+:\d+\)/);

    const justUnder = await post(padded(LIMITS.maxGraphqlPayloadBytes - 100));
    expect(justUnder.status).toBe(200);
    expect(await justUnder.json()).toEqual({ data: { health: 'ok' } });
  });
});

describe('WebSocket transport', () => {
  it('refuses a handshake without a session cookie with HTTP 401', async () => {
    expect((await handshake(server)).status).toBe(401);
  });

  it('refuses a handshake with a stale or forged cookie with HTTP 401', async () => {
    expect((await handshake(server, { cookie: `opcat_session=${'B'.repeat(43)}` })).status).toBe(401);
  });

  it('refuses a handshake from a foreign Origin with HTTP 403, even with a valid cookie', async () => {
    const cookie = http.cookie ?? '';
    expect((await handshake(server, { cookie, origin: 'https://evil.example' })).status).toBe(403);

    const own = await handshake(server, { cookie, origin: server.url });
    expect(own.status).toBe(101);
    own.socket?.close();
  });

  it('closes a socket that sends a message over the size limit', async () => {
    const opened = await handshake(server, { cookie: http.cookie ?? '' });
    if (!opened.socket) throw new Error(`handshake refused with ${opened.status}`);
    const socket = opened.socket;
    const closed = closeOf(socket);
    const acknowledged = new Promise<void>((resolve) =>
      socket.on('message', (data: Buffer) => {
        if ((JSON.parse(data.toString()) as { type: string }).type === 'connection_ack') resolve();
      }),
    );
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await within(2000, acknowledged, 'connection_ack');

    const query = `query Health($p: String) { health }`;
    socket.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query, variables: { p: 'x'.repeat(LIMITS.maxGraphqlPayloadBytes) } },
      }),
    );
    expect((await within(2000, closed, 'close after an over-size message')).code).toBe(1009);
  });
});
