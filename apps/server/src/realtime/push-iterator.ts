/** What a source is handed to feed a {@link pushIterator}. */
export interface PushSink<T> {
  /** Offers a value; ignored once the stream has ended. Never blocks and never throws. */
  push(value: T): void;
  /** Ends the stream now: values still waiting are dropped, the consumer sees `done`. */
  end(): void;
}

export interface PushIteratorOptions {
  /** The most values kept waiting for a slow consumer; when full, the oldest waiting value is dropped. */
  limit?: number;
}

/** Enough for any consumer that reads its socket; a client that does not cannot hold more than this. */
export const DEFAULT_PUSH_LIMIT = 1000;

/**
 * An async iterator fed by pushes, for subscriptions (graphql-ws iterates it, the fan-outs push).
 *
 * `subscribe` is called at once with the sink and returns its unsubscribe, which runs exactly once:
 * when the consumer calls `return()` or `throw()` (graphql-ws does when the client completes or the
 * socket closes, whether a `next()` is pending or values are waiting) or when the source calls `end()`.
 * Overflow: at most `limit` values wait; a push beyond drops the oldest (our events are hints that
 * make the client refetch, so the newest matter most, and a client that stops reading cannot grow the
 * server's memory). Unlike a Repeater's `stop()`, `end()` drops what is waiting: a source ends a stream
 * when the subscriber lost access, and nothing more may reach it.
 */
export function pushIterator<T>(
  subscribe: (sink: PushSink<T>) => () => void,
  options: PushIteratorOptions = {},
): AsyncIterableIterator<T> {
  const limit = Math.max(1, options.limit ?? DEFAULT_PUSH_LIMIT);
  const done: IteratorResult<T> = { value: undefined, done: true };
  // Waiting values from `head` on (an array and an index: `shift()` would copy on every read).
  let values: T[] = [];
  let head = 0;
  const waiters: ((result: IteratorResult<T>) => void)[] = [];
  let finished = false;
  let unsubscribe: (() => void) | null = null;

  const finish = (): Promise<IteratorResult<T>> => {
    if (!finished) {
      finished = true;
      values = [];
      head = 0;
      for (const resolve of waiters.splice(0)) resolve(done);
      const stop = unsubscribe;
      unsubscribe = null;
      stop?.();
    }
    return Promise.resolve(done);
  };

  const sink: PushSink<T> = {
    push(value) {
      if (finished) return;
      const waiter = waiters.shift();
      if (waiter) return waiter({ value, done: false });
      if (values.length - head >= limit) values[head++] = undefined as T;
      values.push(value);
      if (head > 64 && head * 2 > values.length) {
        values = values.slice(head);
        head = 0;
      }
    },
    end() {
      void finish();
    },
  };

  const stop = subscribe(sink);
  // The source may have ended the stream while subscribing.
  if (finished) stop();
  else unsubscribe = stop;

  const iterator: AsyncIterableIterator<T> = {
    next() {
      if (head < values.length) {
        const value = values[head] as T;
        values[head++] = undefined as T;
        if (head === values.length) {
          values = [];
          head = 0;
        }
        return Promise.resolve({ value, done: false });
      }
      if (finished) return Promise.resolve(done);
      return new Promise((resolve) => waiters.push(resolve));
    },
    return: finish,
    throw: finish,
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
