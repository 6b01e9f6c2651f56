import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import { notificationFanout } from './notification-fanout.ts';
import type { NotificationDelivery } from './notification-fanout.ts';

type Payload = { notificationReceived: NotificationDelivery };

/** The viewer's notifications as they are delivered (ids only; the client reads them through `notifications`). */
export function subscribeNotificationReceived(
  ctx: OperationContext & { actor: Actor },
): AsyncIterableIterator<Payload> {
  authorize(ctx.actor, 'notification:open', { recipientUserId: ctx.actor.userId });
  type Result = IteratorResult<Payload>;
  const queued: NotificationDelivery[] = [];
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
  const remove = notificationFanout(ctx.services).add({
    actor: ctx.actor,
    sessionToken: ctx.sessionToken,
    deliver(event) {
      if (finished) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: { notificationReceived: event }, done: false });
      } else if (queued.length < 1000) queued.push(event);
    },
    end() {
      void finish();
    },
  });
  const iterator: AsyncIterableIterator<Payload> = {
    next() {
      const event = queued.shift();
      if (event) return Promise.resolve({ value: { notificationReceived: event }, done: false });
      if (finished) return finish();
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw: finish,
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
