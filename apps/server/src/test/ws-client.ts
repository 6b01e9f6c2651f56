import type { IncomingMessage } from 'node:http';
import type { FormattedExecutionResult as GraphqlResult, GraphQLFormattedError } from 'graphql';
import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';
import { WebSocket } from 'ws';
import type { ClientOptions } from 'ws';

/** What graphql-ws delivers: a formatted result whose extensions are not typed. */
export type FormattedExecutionResult<T> = GraphqlResult<T, unknown>;

export const GRAPHQL_WS_PROTOCOL = 'graphql-transport-ws';

export interface Closed {
  code: number;
  reason: string;
}

/** A `ws` WebSocket class that sends the given headers (cookie, origin) in the handshake, as a browser would. */
function webSocketWithHeaders(headers: Record<string, string>) {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[], options?: ClientOptions) {
      super(address, protocols, { ...options, headers: { ...options?.headers, ...headers } });
    }
  };
}

export interface GraphqlWsConnection {
  client: Client;
  /** Resolves when the server acknowledged `connection_init`. */
  connected: Promise<void>;
  /** Resolves with the close code and reason when the socket closes, for whatever reason. */
  closed: Promise<Closed>;
  dispose(): Promise<void>;
}

/** A graphql-ws client that sends `cookie` in the handshake and never retries (tests want to see every close). */
export function connectGraphqlWs(server: { wsUrl: string }, cookie: string | undefined): GraphqlWsConnection {
  let onConnected: () => void = () => {};
  let onClosed: (closed: Closed) => void = () => {};
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const closed = new Promise<Closed>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: webSocketWithHeaders(cookie ? { cookie } : {}),
    retryAttempts: 0,
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const e = event as Partial<Closed>;
        onClosed({ code: e.code ?? -1, reason: String(e.reason ?? '') });
      },
    },
  });
  return { client, connected, closed, dispose: () => client.dispose() as Promise<void> };
}

export interface OperationEnd {
  /** GraphQL errors sent in an `error` message (validation failures and the like). */
  errors?: readonly GraphQLFormattedError[];
  /** Anything else the client reported: a close event, a socket error. */
  failure?: unknown;
}

export interface Operation<T> {
  /** The next `next` message (data and/or errors); rejects after timeoutMs. */
  next(timeoutMs?: number): Promise<FormattedExecutionResult<T>>;
  /** Settles when the operation completes or fails. */
  done: Promise<OperationEnd>;
  dispose(): void;
}

/** Starts an operation (query or subscription) over graphql-ws and queues what the server sends. */
export function operate<T>(client: Client, query: string, variables?: Record<string, unknown>): Operation<T> {
  const queued: FormattedExecutionResult<T>[] = [];
  const waiting: ((value: FormattedExecutionResult<T>) => void)[] = [];
  let settle: (end: OperationEnd) => void = () => {};
  const done = new Promise<OperationEnd>((resolve) => (settle = resolve));
  const dispose = client.subscribe<T>(
    { query, ...(variables ? { variables } : {}) },
    {
      next: (value) => {
        const waiter = waiting.shift();
        if (waiter) waiter(value);
        else queued.push(value);
      },
      error: (error) =>
        settle(Array.isArray(error) ? { errors: error as GraphQLFormattedError[] } : { failure: error }),
      complete: () => settle({}),
    },
  );
  return {
    next(timeoutMs = 5000) {
      const value = queued.shift();
      if (value) return Promise.resolve(value);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(deliver), 1);
          reject(new Error(`no graphql-ws message within ${timeoutMs} ms`));
        }, timeoutMs);
        const deliver = (v: FormattedExecutionResult<T>) => {
          clearTimeout(timer);
          resolve(v);
        };
        waiting.push(deliver);
      });
    },
    done,
    dispose,
  };
}

/** Runs one operation to its end and returns every result and the final error, if any. */
export async function runOverWs<T>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): Promise<{ results: FormattedExecutionResult<T>[]; errors: readonly GraphQLFormattedError[] }> {
  const results: FormattedExecutionResult<T>[] = [];
  const end = await new Promise<OperationEnd>((resolve) => {
    client.subscribe<T>(
      { query, ...(variables ? { variables } : {}), ...(operationName ? { operationName } : {}) },
      {
        next: (value) => void results.push(value),
        error: (error) =>
          resolve(Array.isArray(error) ? { errors: error as GraphQLFormattedError[] } : { failure: error }),
        complete: () => resolve({}),
      },
    );
  });
  if (end.failure !== undefined) throw new Error(`graphql-ws operation failed: ${String(end.failure)}`);
  const errors = [...(end.errors ?? []), ...results.flatMap((r) => r.errors ?? [])];
  return { results, errors };
}

export type HandshakeResult = { status: number; socket?: undefined } | { status: 101; socket: WebSocket };

/**
 * A bare WebSocket handshake on /graphql: resolves with the HTTP status of a refused upgrade, or
 * with the open socket (status 101).
 */
export function handshake(
  server: { wsUrl: string },
  headers: Record<string, string> = {},
  protocol: string = GRAPHQL_WS_PROTOCOL,
): Promise<HandshakeResult> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, protocol, { headers });
    socket.once('unexpected-response', (_req, res: IncomingMessage) => {
      resolve({ status: res.statusCode ?? 0 });
      res.resume();
      socket.terminate();
    });
    socket.once('open', () => resolve({ status: 101, socket }));
    // Kept for the socket's whole life: a late error (e.g. after terminate) must not crash the run.
    socket.on('error', reject);
  });
}

/** Resolves with the close code and reason of a bare socket. */
export function closeOf(socket: WebSocket): Promise<Closed> {
  return new Promise((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) return resolve({ code: -1, reason: 'already closed' });
    socket.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() }));
  });
}

/** Rejects when `promise` has not settled within `ms`. */
export function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
