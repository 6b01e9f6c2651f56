import { z } from 'zod';
import { authorize, NOTIFICATION_EVENTS } from '@opcat/domain';
import type { Actor, NotificationEvent } from '@opcat/domain';
import { EMAIL_DIGESTS, NotificationPreference } from '../../db/entities/notification.ts';
import type { EmailDigest } from '../../db/entities/notification.ts';
import { User } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod, userError } from '../user-errors.ts';
import { canonicalTimeZone, countryTimeZone } from './time-zones.ts';

type Ctx = OperationContext & { actor: Actor };

export interface PreferencesModel {
  channels: { event: NotificationEvent; inApp: boolean; email: boolean }[];
  emailDigest: EmailDigest;
  /** The IANA zone the person chose; null: not chosen. */
  timeZone: string | null;
  /** The zone used while none is chosen: the organisation country's when it has only one; null: UTC. */
  defaultTimeZone: string | null;
}

type Zones = Pick<PreferencesModel, 'timeZone' | 'defaultTimeZone'>;

/** The account's zone and the default of its (first) organisation's country, as the digest scheduler picks it. */
async function zonesOf(ctx: Ctx): Promise<Zones> {
  const [row] = await ctx.em.getConnection().execute<{ time_zone: string | null; country_code: string | null }[]>(
    `select u.time_zone,
            (select o.country_code from membership m join organisation o on o.id = m.organisation_id
              where m.user_id = u.id order by m.created_at, m.id limit 1) as country_code
       from user_account u where u.id = ?`,
    [ctx.actor.userId],
    'all',
    ctx.em.getTransactionContext(),
  );
  return { timeZone: row?.time_zone ?? null, defaultTimeZone: countryTimeZone(row?.country_code ?? null) };
}

function model(preference: NotificationPreference | null, zones: Zones): PreferencesModel {
  return {
    channels: NOTIFICATION_EVENTS.map((event) => ({
      event,
      inApp: !(preference?.mutedInApp ?? []).includes(event),
      email: (preference?.emailEvents ?? []).includes(event),
    })),
    emailDigest: preference?.emailDigest ?? 'IMMEDIATE',
    ...zones,
  };
}

/** The viewer's preferences (no row: every event in the app, none by e-mail, immediately). */
export async function getNotificationPreferences(ctx: Ctx): Promise<PreferencesModel> {
  authorize(ctx.actor, 'notification:open', { recipientUserId: ctx.actor.userId });
  return model(await ctx.em.findOne(NotificationPreference, { user: ctx.actor.userId }), await zonesOf(ctx));
}

const input = z.object({
  channels: z
    .array(z.object({ event: z.enum(NOTIFICATION_EVENTS), inApp: z.boolean(), email: z.boolean() }))
    .max(NOTIFICATION_EVENTS.length * 2),
  emailDigest: z.enum(EMAIL_DIGESTS).nullish(),
  timeZone: z.string().max(64).nullish(),
});

/** Sets the channels of the events listed (the others keep theirs) and the digest; only for oneself. */
export async function updateNotificationPreferences(
  ctx: Ctx,
  raw: unknown,
): Promise<{ preferences: PreferencesModel | null; userErrors: UserError[] }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { preferences: null, userErrors: fromZod(parsed.error) };
  authorize(ctx.actor, 'notification:open', { recipientUserId: ctx.actor.userId });
  // Validated against this server's list of IANA zones (what the browser proposes may be unknown here).
  const timeZone = parsed.data.timeZone ? canonicalTimeZone(parsed.data.timeZone) : null;
  if (parsed.data.timeZone && !timeZone) {
    return {
      preferences: null,
      userErrors: [userError(['input', 'timeZone'], 'INVALID', 'Choose a time zone from the list')],
    };
  }
  const saved = await ctx.em.transactional(async (tx) => {
    if (timeZone) {
      const user = await tx.findOneOrFail(User, ctx.actor.userId);
      user.timeZone = timeZone;
    }
    let preference = await tx.findOne(NotificationPreference, { user: ctx.actor.userId });
    preference ??= tx.create(NotificationPreference, { user: tx.getReference(User, ctx.actor.userId) });
    const muted = new Set(preference.mutedInApp);
    const email = new Set(preference.emailEvents);
    for (const channel of parsed.data.channels) {
      if (channel.inApp) muted.delete(channel.event);
      else muted.add(channel.event);
      if (channel.email) email.add(channel.event);
      else email.delete(channel.event);
    }
    preference.mutedInApp = NOTIFICATION_EVENTS.filter((e) => muted.has(e));
    preference.emailEvents = NOTIFICATION_EVENTS.filter((e) => email.has(e));
    if (parsed.data.emailDigest) preference.emailDigest = parsed.data.emailDigest;
    preference.updatedAt = new Date();
    await tx.flush();
    return preference;
  });
  return { preferences: model(saved, await zonesOf(ctx)), userErrors: [] };
}
