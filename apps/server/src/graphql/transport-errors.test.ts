import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import type { GraphQLFormattedError } from 'graphql';
import { logger } from '../logger.ts';
import { INTROSPECTION_DISABLED, LIMITS } from './security.ts';
import { NUL_REFUSED } from './nul-bytes.ts';
import { connectGraphqlWs, GraphqlClient, operate, runOverWs, startTestServer } from '../test/server.ts';
import type { GraphqlWsConnection, Operation, TestServer } from '../test/server.ts';

/** `fragment F0 on Query { ...F1 } fragment F1 on Query { ...F2 } …`, `length` fragments long. */
function chainedFragments(length: number): string {
  const fragments = Array.from(
    { length },
    (_, i) => `fragment F${i} on Query { ${i + 1 < length ? `...F${i + 1}` : 'health'} }`,
  );
  return `query Chained { ...F0 }\n${fragments.join('\n')}`;
}

/** `organisation { members { organisation { … id } } }`, `depth` fields deep. */
function nestedQuery(depth: number): string {
  let selection = 'id';
  for (let level = depth - 1; level >= 1; level--) {
    selection = `${level % 2 === 1 ? 'organisation' : 'members'} { ${selection} }`;
  }
  return `query Deep { ${selection} }`;
}

/**
 * Three fragment levels, each spreading the next `width` times: shallow, few aliases and few
 * tokens, yet over the cost limit at width 10 (under it at width 5).
 */
function costlyQuery(width: number): string {
  const levels = [
    `fragment L0 on Organisation { id ${Array(width).fill('members { ...L1 }').join(' ')} }`,
    `fragment L1 on Membership { id ${Array(width).fill('organisation { ...L2 }').join(' ')} }`,
    'fragment L2 on Organisation { id }',
  ];
  return `query Costly { organisation { ...L0 } }\n${levels.join('\n')}`;
}

const WORKING_GROUP = 'query WorkingGroup($id: ID!) { workingGroup(id: $id) { id } }';
const SEARCH = 'query Search($search: String) { findings(filter: { search: $search }) { totalCount } }';

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  code: string;
  message?: string;
}

const CASES: Case[] = [
  { name: 'a syntax error', query: 'query Broken { health ', code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a field the schema lacks', query: 'query Typo { organisation { nam } }', code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'a variable of the wrong type',
    query: WORKING_GROUP,
    variables: { id: { not: 'an id' } },
    code: 'BAD_USER_INPUT',
  },
  { name: 'a missing required variable', query: WORKING_GROUP, code: 'BAD_USER_INPUT' },
  {
    name: 'two operations without operationName',
    query: 'query A { health } query B { health }',
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'an unknown operationName',
    query: 'query A { health }',
    operationName: 'Nope',
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: `5,000 chained fragments (over the ${LIMITS.maxTokens}-token limit)`,
    query: chainedFragments(5000),
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: '300 chained fragments (within the token limit, too deep)',
    query: chainedFragments(300),
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'a query one level too deep', query: nestedQuery(LIMITS.maxDepth + 1), code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a query over the cost limit', query: costlyQuery(10), code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'one alias too many',
    query: `query Aliased { ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: health`).join(' ')} }`,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'schema introspection',
    query: 'query Introspect { __schema { queryType { name } } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: INTROSPECTION_DISABLED,
  },
  {
    name: 'a NUL byte in a search variable',
    query: SEARCH,
    variables: { search: 'visit\u0000' },
    code: 'BAD_USER_INPUT',
    message: NUL_REFUSED,
  },
  {
    name: 'a NUL byte in a search literal',
    query: 'query Search { findings(filter: { search: "visit\\u0000" }) { totalCount } }',
    code: 'BAD_USER_INPUT',
    message: NUL_REFUSED,
  },
];

const MEMBERSHIP_CHANGED = /* GraphQL */ `
  subscription MembershipChanged($organisationId: ID!) {
    membershipChanged(organisationId: $organisationId) {
      membershipId
    }
  }
`;
type Changed = { membershipChanged: { membershipId: string } };

let server: TestServer;
let http: GraphqlClient;
let ws: GraphqlWsConnection;
let organisationId: string;
let subscription: Operation<Changed>;
let socketClosed = false;
let loggedErrors: MockInstance;
let consoleErrors: MockInstance;

/** Publishes an event with a fresh id and waits until the open subscription delivers it. */
async function deliversAnEvent(): Promise<void> {
  const membershipId = randomUUID();
  for (let attempt = 0; attempt < 100; attempt++) {
    await server.services.bus.publish('membership', { organisationId, membershipId, kind: 'ADDED' });
    try {
      const result = await subscription.next(50);
      if (result.data?.membershipChanged.membershipId === membershipId) return;
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('no graphql-ws message')) throw error;
    }
  }
  throw new Error('the subscription delivered nothing');
}

beforeAll(async () => {
  server = await startTestServer({ production: true });
  http = new GraphqlClient(server);
  await http.signIn('ana.mnp@demo.opcat');
  const own = await http.request<{ organisation: { id: string } }>('query Own { organisation { id } }');
  organisationId = own.data?.organisation.id ?? '';
  ws = connectGraphqlWs(server, http.cookie);
  void ws.closed.then(() => (socketClosed = true));
  subscription = operate<Changed>(ws.client, MEMBERSHIP_CHANGED, { organisationId });
  await deliversAnEvent();
  loggedErrors = vi.spyOn(logger, 'error');
  consoleErrors = vi.spyOn(console, 'error');
});
afterAll(async () => {
  loggedErrors?.mockRestore();
  consoleErrors?.mockRestore();
  subscription?.dispose();
  await ws?.dispose();
  await server?.close();
});

async function overHttp(c: Case) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: http.cookie ?? '' },
    body: JSON.stringify({ query: c.query, variables: c.variables, operationName: c.operationName }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: GraphQLFormattedError[] };
  return { status: res.status, data: body.data, errors: body.errors ?? [] };
}

const codes = (errors: readonly GraphQLFormattedError[]) => errors.map((e) => e.extensions?.code);

describe("a client's mistake gets the same error code over HTTP and over graphql-ws", () => {
  it.each(CASES)('$name: $code', async (c) => {
    const byHttp = await overHttp(c);
    const byWs = await runOverWs(ws.client, c.query, c.variables, c.operationName);

    expect(byHttp.status).toBe(400);
    expect(byHttp.data ?? null).toBeNull();
    expect(byWs.results.map((r) => r.data ?? null)).toEqual(byWs.results.map(() => null));
    expect(codes(byHttp.errors).length).toBeGreaterThan(0);
    expect(new Set(codes(byHttp.errors))).toEqual(new Set([c.code]));
    expect(codes(byWs.errors)).toEqual(codes(byHttp.errors));
    if (c.message) {
      expect(byHttp.errors.map((e) => e.message)).toEqual([c.message]);
      expect(byWs.errors.map((e) => e.message)).toEqual([c.message]);
    }
  });

  it('the cost case is refused for its cost alone: half as wide, it passes', async () => {
    expect((await overHttp({ name: 'narrower', query: costlyQuery(5), code: '' })).errors).toEqual([]);
    expect((await runOverWs(ws.client, costlyQuery(5))).errors).toEqual([]);
  });

  it('no refusal closed the socket: the subscription opened before them still delivers events', async () => {
    await deliversAnEvent();
    expect(socketClosed).toBe(false);
  });

  it('no refusal was logged as an error', () => {
    expect(loggedErrors).not.toHaveBeenCalled();
    expect(consoleErrors).not.toHaveBeenCalled();
  });
});
