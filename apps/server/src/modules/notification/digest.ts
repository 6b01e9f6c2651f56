import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationEvent } from '@opcat/domain';
import { Membership, User } from '../../db/entities/identity.ts';
import { Notification } from '../../db/entities/notification.ts';
import { appLink } from '../../mail/links.ts';
import { buildOperationContext } from '../../operation/build.ts';
import type { OperationContext } from '../../operation/context.ts';
import { loadRecipientActors } from './actors.ts';
import { subjectView } from './notification-fields.ts';
import { DIGEST_HOUR, effectiveTimeZone, localClock } from './time-zones.ts';

/**
 * The scheduler (`notify.digest`, every 15 minutes): one `notify.digestUser` job per person with
 * notifications waiting whose local 06:00 of today has come (in their time zone: chosen, else their
 * organisation country's single zone, else UTC) and who has had no digest for that local day. Keyed
 * `digest:<user>:<local day>`, and the day is recorded when the digest is sent: a second tick, a catch-up
 * after a restart or a second instance sends nothing more. Zones whose offsets are quarter-hours (Nepal,
 * Chatham) are reached by the 15-minute tick; DST is Intl's. Returns the number of people queued.
 */
export async function enqueueDailyDigests(ctx: OperationContext, now: Date = new Date()): Promise<number> {
  const rows = await ctx.em
    .getConnection()
    .execute<{ user_id: string; time_zone: string | null; country_code: string | null; sent_on: string | null }[]>(
      `select u.id as user_id, u.time_zone, p.digest_sent_on::text as sent_on,
            (select o.country_code from membership m join organisation o on o.id = m.organisation_id
              where m.user_id = u.id order by m.created_at, m.id limit 1) as country_code
       from user_account u left join notification_preference p on p.user_id = u.id
      where exists (select 1 from notification n where n.user_id = u.id and n.digest_pending)`,
    );
  const due = rows.flatMap((row) => {
    const { day, hour } = localClock(effectiveTimeZone(row.time_zone, row.country_code), now);
    return hour >= DIGEST_HOUR && (row.sent_on === null || row.sent_on < day) ? [{ userId: row.user_id, day }] : [];
  });
  if (due.length === 0) return 0;
  await ctx.em.transactional(async (tx) => {
    for (const { userId, day } of due) {
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
  return due.length;
}

/**
 * One person's digest: their waiting notifications are locked and taken off the digest queue, each is
 * re-authorized now exactly as the notification centre shows it (`subjectView`, through the person's
 * read scope) — one whose subject they may no longer read is dropped, never described — and ONE e-mail
 * counting the rest per event is written in the same transaction (the mail row and its `mail.send` job),
 * in the person's language. `day` (their local day) is recorded on their preferences in the same
 * transaction: a rerun, or a second job for the same day, sends nothing. Returns the notifications
 * described (0: no mail).
 */
export async function sendDigest(ctx: OperationContext, userId: string, day: string): Promise<number> {
  return ctx.em.transactional(async (raw) => {
    const tx = raw as EntityManager;
    // One digest per person and local day, claimed on the preference row: a concurrent claim of the same
    // day waits for this one, then finds the day taken and sends nothing.
    const claimed = await tx.getConnection().execute<{ user_id: string }[]>(
      `insert into notification_preference (user_id, muted_in_app, email_events, updated_at, digest_sent_on)
       values (?, '[]', '[]', now(), ?::date)
       on conflict (user_id) do update set digest_sent_on = excluded.digest_sent_on
         where notification_preference.digest_sent_on is null or notification_preference.digest_sent_on < excluded.digest_sent_on
       returning user_id`,
      [userId, day],
      'all',
      tx.getTransactionContext(),
    );
    if (claimed.length === 0) return 0;
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
