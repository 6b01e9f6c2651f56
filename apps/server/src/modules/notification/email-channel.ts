import type { NotificationEvent } from '@opcat/domain';
import { Membership, User } from '../../db/entities/identity.ts';
import { appLink } from '../../mail/links.ts';
import type { OperationContext } from '../../operation/context.ts';

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
 * transaction, so exactly once per notification). The mail says only that there is a notification and
 * links to the notification centre: what it is about is read in the app, through the read scope, when
 * opened (an e-mail leaves the platform and cannot be withdrawn). It goes through the mail port (SMTP, or
 * the outbox of the recipient's oldest organisation). A daily digest is not built yet: those are skipped.
 */
export async function sendNotificationEmail(ctx: OperationContext, notification: EmailNotification): Promise<void> {
  if (notification.digest !== 'IMMEDIATE') return;
  const user = await ctx.em.findOne(User, notification.userId);
  const membership = await ctx.em.findOne(
    Membership,
    { user: notification.userId },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  if (!user || !membership) return;
  await ctx.services.mail.send(ctx.em, {
    to: { userId: user.id, email: user.email },
    organisationId: membership.organisation.id,
    locale: user.preferredLocale,
    template: 'notification',
    params: { link: appLink(ctx.services.env, '/notifications') },
  });
}
