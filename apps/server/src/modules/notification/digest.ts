import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationEvent } from '@opcat/domain';
import { Membership, User } from '../../db/entities/identity.ts';
import { Notification } from '../../db/entities/notification.ts';
import { appLink } from '../../mail/links.ts';
import { buildOperationContext } from '../../operation/build.ts';
import type { OperationContext } from '../../operation/context.ts';
import { loadRecipientActors } from './actors.ts';
import { subjectView } from './notification-fields.ts';

/** The UTC day a digest is for: its job key, so one digest per person and day whatever runs it. */
const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The daily cron (`notify.digest`, 06:00 UTC): one `notify.digestUser` job per person with notifications
 * waiting for their digest, keyed `digest:<user>:<day>` — a second tick, a catch-up after a restart or a
 * second instance adds nothing more. Returns the number of people.
 */
export async function enqueueDailyDigests(ctx: OperationContext, now: Date = new Date()): Promise<number> {
  const rows = await ctx.em
    .getConnection()
    .execute<{ user_id: string }[]>('select distinct user_id from notification where digest_pending');
  const day = dayOf(now);
  await ctx.em.transactional(async (tx) => {
    for (const { user_id: userId } of rows) {
      await ctx.services.jobs.enqueue(
        tx as EntityManager,
        'notify.digestUser',
        { userId, day },
        {
          jobKey: `digest:${userId}:${day}`,
        },
      );
    }
  });
  return rows.length;
}

/**
 * One person's digest: their waiting notifications are locked and taken off the digest queue, each is
 * re-authorized now exactly as the notification centre shows it (`subjectView`, through the person's
 * read scope) — one whose subject they may no longer read is dropped, never described — and ONE e-mail
 * counting the rest per event is written in the same transaction (the mail row and its `mail.send` job),
 * in the person's language. A rerun finds nothing waiting: exactly one digest. Returns the notifications
 * described (0: no mail).
 */
export async function sendDigest(ctx: OperationContext, userId: string): Promise<number> {
  return ctx.em.transactional(async (raw) => {
    const tx = raw as EntityManager;
    // `for update`: a concurrent run waits, then sees the rows no longer pending.
    const ids = (
      await tx
        .getConnection()
        .execute<{ id: string }[]>(
          'select id from notification where user_id = ? and digest_pending order by created_at, id for update',
          [userId],
          'all',
          tx.getTransactionContext(),
        )
    ).map((r) => r.id);
    if (ids.length === 0) return 0;
    await tx
      .getConnection()
      .execute(
        'update notification set digest_pending = false where id = any(?::uuid[])',
        [`{${ids.join(',')}}`],
        'run',
        tx.getTransactionContext(),
      );
    const user = await tx.findOne(User, userId);
    const actor = (await loadRecipientActors(tx, [userId])).get(userId);
    const membership = await tx.findOne(Membership, { user: userId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    if (!user || !actor || !membership) return 0;
    // The recipient's own view: the same re-authorization as opening the notification centre.
    const asRecipient = await buildOperationContext(ctx.services, {
      transport: 'job',
      actor: { ...actor, actingOrganisationId: null },
      em: tx,
    });
    const notifications = await tx.find(Notification, { id: { $in: ids } }, { orderBy: { createdAt: 'asc' } });
    const counts = new Map<NotificationEvent, number>();
    for (const n of notifications) {
      if (!(await subjectView(asRecipient, n)).available && n.event !== 'RECORD_SHARE_WITHDRAWN') continue;
      counts.set(n.event, (counts.get(n.event) ?? 0) + 1);
    }
    const items = [...counts].map(([event, count]) => ({ event, count }));
    if (items.length === 0) return 0;
    await ctx.services.mail.send(tx, {
      to: { userId: user.id, email: user.email },
      organisationId: membership.organisation.id,
      locale: user.preferredLocale,
      template: 'notificationDigest',
      params: { link: appLink(ctx.services.env, '/notifications'), items },
    });
    return items.reduce((sum, item) => sum + item.count, 0);
  });
}
