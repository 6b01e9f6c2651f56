import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';
import { WebSocket } from 'ws';
import type { ClientOptions } from 'ws';

/**
 * POSTs a query (never a mutation) to /graphql and returns the response body exactly as it came
 * over the wire. A kept-alive socket the server closed while idle is retried once: queries are safe
 * to repeat.
 */
export async function postGraphqlRaw(
  server: { url: string },
  cookie: string | undefined,
  query: string,
): Promise<{ status: number; body: string }> {
  const post = async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: await response.text() };
  };
  try {
    return await post();
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
    return post();
  }
}

export interface RawGraphqlWs {
  client: Client;
  dispose(): Promise<void>;
}

/**
 * A graphql-ws client (session cookie in the handshake) that hands every frame the server sends to
 * `onFrame` as raw text, before graphql-ws parses it: what a leak scan must look at.
 */
export function connectRawGraphqlWs(
  server: { wsUrl: string },
  cookie: string,
  onFrame: (frame: string) => void,
  /** Told the id graphql-ws gives each operation, to trace a frame back to its query. */
  onOperation: (id: string, query: string) => void = () => {},
): RawGraphqlWs {
  let operations = 0;
  class RecordingWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[], options?: ClientOptions) {
      super(address, protocols, { ...options, headers: { ...options?.headers, cookie } });
      this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) =>
        onFrame(
          Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as Buffer).toString('utf8'),
        ),
      );
    }
  }
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: RecordingWebSocket,
    retryAttempts: 0,
    generateID: (payload) => {
      const id = String(++operations);
      onOperation(id, payload.query);
      return id;
    },
  });
  return { client, dispose: () => client.dispose() as Promise<void> };
}

/** Runs one query over graphql-ws to its end; resolves once the server completed or refused it. */
export function queryOverWs(client: Client, query: string): Promise<void> {
  return new Promise((resolve, reject) => {
    client.subscribe(
      { query },
      {
        next: () => {},
        // A GraphQL error list is an answer (already seen raw); anything else is a broken socket.
        error: (error) =>
          Array.isArray(error) ? resolve() : reject(error instanceof Error ? error : new Error(String(error))),
        complete: () => resolve(),
      },
    );
  });
}
