import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import { notificationFanout } from './notification-fanout.ts';
import type { NotificationDelivery } from './notification-fanout.ts';
import { pushIterator } from '../../realtime/push-iterator.ts';

type Payload = { notificationReceived: NotificationDelivery };

/** The viewer's notifications as they are delivered (ids only; the client reads them through `notifications`). */
export function subscribeNotificationReceived(
  ctx: OperationContext & { actor: Actor },
): AsyncIterableIterator<Payload> {
  authorize(ctx.actor, 'notification:open', { recipientUserId: ctx.actor.userId });
  return pushIterator<Payload>((sink) =>
    notificationFanout(ctx.services).add({
      actor: ctx.actor,
      sessionToken: ctx.sessionToken,
      deliver: (event) => sink.push({ notificationReceived: event }),
      end: sink.end,
    }),
  );
}
