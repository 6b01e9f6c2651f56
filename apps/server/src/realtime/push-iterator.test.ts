import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { createClient } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import WebSocket, { WebSocketServer } from 'ws';
import { pushIterator } from './push-iterator.ts';
import type { PushSink } from './push-iterator.ts';

/** A source like our fan-outs: subscribers in a set, removed by the function `add` returns. */
function source<T>() {
  const sinks = new Set<PushSink<T>>();
  return {
    sinks,
    add(sink: PushSink<T>) {
      sinks.add(sink);
      return () => void sinks.delete(sink);
    },
    push(value: T) {
      for (const sink of sinks) sink.push(value);
    },
    end() {
      for (const sink of sinks) sink.end();
    },
  };
}

type Source<T> = ReturnType<typeof source<T>>;

const settled = <T>(promise: Promise<T>) => {
  const state: { result?: T } = {};
  void promise.then((result) => (state.result = result));
  return state;
};
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('pushIterator', () => {
  it('yields pushed values in order, to a waiting next() and from its buffer alike', async () => {
    const events = source<number>();
    const iterator = pushIterator<number>((sink) => events.add(sink));
    const first = iterator.next();
    events.push(1);
    events.push(2);
    events.push(3);
    expect(await first).toEqual({ value: 1, done: false });
    expect(await iterator.next()).toEqual({ value: 2, done: false });
    expect(await iterator.next()).toEqual({ value: 3, done: false });
  });

  it('serves several pending next() calls in the order they were made', async () => {
    const events = source<string>();
    const iterator = pushIterator<string>((sink) => events.add(sink));
    const a = iterator.next();
    const b = iterator.next();
    events.push('x');
    events.push('y');
    expect(await Promise.all([a, b])).toEqual([
      { value: 'x', done: false },
      { value: 'y', done: false },
    ]);
  });

  it('keeps at most `limit` values for a consumer that does not read: the oldest are dropped', async () => {
    const events = source<number>();
    const iterator = pushIterator<number>((sink) => events.add(sink), { limit: 3 });
    for (let n = 1; n <= 200; n++) events.push(n);
    expect(await iterator.next()).toEqual({ value: 198, done: false });
    expect(await iterator.next()).toEqual({ value: 199, done: false });
    expect(await iterator.next()).toEqual({ value: 200, done: false });
    const pending = settled(iterator.next());
    await tick();
    expect(pending.result).toBeUndefined();
    events.push(201);
    await tick();
    expect(pending.result).toEqual({ value: 201, done: false });
  });

  it('return() unsubscribes once, drops what waits and ends a pending next()', async () => {
    const events = source<number>();
    let unsubscribed = 0;
    const iterator = pushIterator<number>((sink) => {
      const remove = events.add(sink);
      return () => {
        unsubscribed++;
        remove();
      };
    });
    const pending = iterator.next();
    expect(await iterator.return?.()).toEqual({ value: undefined, done: true });
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(events.sinks.size).toBe(0);
    await iterator.return?.();
    await iterator.throw?.(new Error('again'));
    expect(unsubscribed).toBe(1);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  it('return() with values waiting drops them and unsubscribes', async () => {
    const events = source<number>();
    const iterator = pushIterator<number>((sink) => events.add(sink));
    events.push(1);
    events.push(2);
    await iterator.return?.();
    expect(events.sinks.size).toBe(0);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  it('end() from the source ends the stream at once: nothing waiting is delivered after it', async () => {
    const events = source<number>();
    const iterator = pushIterator<number>((sink) => events.add(sink));
    events.push(1);
    events.end();
    events.push(2);
    expect(events.sinks.size).toBe(0);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  it('a source that ends while subscribing is unsubscribed as soon as it has answered', async () => {
    const events = source<number>();
    const iterator = pushIterator<number>((sink) => {
      const remove = events.add(sink);
      sink.end();
      return remove;
    });
    expect(events.sinks.size).toBe(0);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  it('breaking out of for await unsubscribes', async () => {
    const events = source<number>();
    const iterator = pushIterator<number>((sink) => events.add(sink));
    events.push(1);
    for await (const value of iterator) {
      expect(value).toBe(1);
      break;
    }
    expect(events.sinks.size).toBe(0);
  });
});

describe('pushIterator under graphql-ws', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function serve(events: Source<{ ticks: string }>): Promise<string> {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
      subscription: new GraphQLObjectType({
        name: 'Subscription',
        fields: {
          ticks: {
            type: GraphQLString,
            subscribe: () => pushIterator<{ ticks: string }>((sink) => events.add(sink)),
          },
        },
      }),
    });
    const http = createServer();
    const wss = new WebSocketServer({ server: http });
    const disposable = useServer({ schema }, wss);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      await disposable.dispose();
      await new Promise((resolve) => http.close(resolve));
    });
    return `ws://127.0.0.1:${(http.address() as AddressInfo).port}`;
  }

  async function until(condition: () => boolean): Promise<void> {
    for (let i = 0; i < 400 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(condition()).toBe(true);
  }

  it('a client whose socket drops while the server waits for the next value leaves no subscriber behind', async () => {
    const events = source<{ ticks: string }>();
    const url = await serve(events);
    // Spoken by hand, so that the socket can go away without a close frame (as when a network drops).
    const socket = new WebSocket(url, 'graphql-transport-ws');
    const messages: { type: string; payload?: unknown }[] = [];
    socket.on('message', (data) => void messages.push(JSON.parse(String(data)) as { type: string }));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await until(() => messages.some((m) => m.type === 'connection_ack'));
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { ticks }' } }));
    await until(() => events.sinks.size === 1);
    events.push({ ticks: 'a' });
    await until(() => messages.some((m) => m.type === 'next'));
    // The server's next() is pending now.
    socket.terminate();
    await until(() => events.sinks.size === 0);
    expect(messages.filter((m) => m.type === 'next').map((m) => m.payload)).toEqual([{ data: { ticks: 'a' } }]);
  });

  it('a client that disconnects with values still waiting to be sent leaves no subscriber behind', async () => {
    const events = source<{ ticks: string }>();
    const url = await serve(events);
    const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
    const received: unknown[] = [];
    client.subscribe(
      { query: 'subscription { ticks }' },
      { next: (result) => void received.push(result), error: () => undefined, complete: () => undefined },
    );
    await until(() => events.sinks.size === 1);
    for (let n = 0; n < 50; n++) events.push({ ticks: `v${n}` });
    // Disposed in the same tick: the server still has values waiting for this subscriber.
    await client.dispose();
    await until(() => events.sinks.size === 0);
  });
});
