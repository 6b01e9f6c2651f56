import type { Actor } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import type { RecordType } from '../../__generated__/resolvers-types.ts';
import { liveListFanout } from './live-lists-fanout.ts';
import type { ReadableRecordEvent } from './live-lists-fanout.ts';
import { sharedRoot } from '../../realtime/shared-root.ts';

export { eventFor } from './live-lists-fanout.ts';
export type { ReadableRecordEvent } from './live-lists-fanout.ts';

type Yielded = { readableRecordsChanged: ReadableRecordEvent };

/**
 * Live "your lists may have changed" for the viewer's open lists and pages, ids only: a record of
 * these types shared with or withdrawn from them, reclassified, created, changed (or one of its child
 * rows: a status reported, a response, an action) or deleted. The instance's fan-out re-authorizes the
 * viewer in memory for every event against the actor facts of this connection (decision 0036); clients
 * refetch through their ordinary, authorized queries.
 */
export function subscribeReadableRecordsChanged(
  ctx: OperationContext & { actor: Actor },
  recordTypes: readonly RecordType[] | null | undefined,
): Promise<AsyncIterableIterator<Yielded>> {
  type Result = IteratorResult<Yielded>;
  const queued: ReadableRecordEvent[] = [];
  let waiting: ((result: Result) => void) | null = null;
  let finished = false;
  const done: Result = { value: undefined, done: true };
  const finish = (): Promise<Result> => {
    if (!finished) {
      finished = true;
      remove();
      queued.length = 0;
      waiting?.(done);
      waiting = null;
    }
    return Promise.resolve(done);
  };
  const remove = liveListFanout(ctx.services).add({
    actor: ctx.actor,
    sessionToken: ctx.sessionToken,
    recordTypes: recordTypes?.length ? new Set(recordTypes) : null,
    deliver(event) {
      if (finished) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: sharedRoot('readableRecordsChanged', event), done: false });
      } else queued.push(event);
    },
    end() {
      void finish();
    },
  });
  const iterator: AsyncIterableIterator<Yielded> = {
    next() {
      const event = queued.shift();
      if (event) return Promise.resolve({ value: sharedRoot('readableRecordsChanged', event), done: false });
      if (finished) return finish();
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw: finish,
    [Symbol.asyncIterator]: () => iterator,
  };
  return Promise.resolve(iterator);
}
