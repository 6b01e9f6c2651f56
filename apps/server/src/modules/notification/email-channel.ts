import type { NotificationEvent } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import { logger } from '../../logger.ts';

/** One notification a recipient asked to receive by e-mail (ids only, like the stored notification). */
export interface EmailNotification {
  notificationId: string;
  userId: string;
  event: NotificationEvent;
  digest: 'IMMEDIATE' | 'DAILY';
}

/**
 * THE place where the e-mail channel is called, once per stored notification whose recipient chose
 * e-mail for its event (after the same receive check as the in-app channel, inside the delivery's
 * transaction). The SMTP outbox is built separately (issue #16, e-mail part): it should enqueue its own
 * job here (keyed by notificationId, so exactly once) that renders the body in the recipient's language
 * through the read scope at send time. Until then, the choice is recorded and only logged.
 */
export async function sendNotificationEmail(_ctx: OperationContext, notification: EmailNotification): Promise<void> {
  logger.debug(
    { notificationId: notification.notificationId, digest: notification.digest },
    'e-mail channel not configured',
  );
  await Promise.resolve();
}
