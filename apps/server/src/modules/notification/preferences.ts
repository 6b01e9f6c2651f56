import { z } from 'zod';
import { authorize, NOTIFICATION_EVENTS } from '@opcat/domain';
import type { Actor, NotificationEvent } from '@opcat/domain';
import { EMAIL_DIGESTS, NotificationPreference } from '../../db/entities/notification.ts';
import type { EmailDigest } from '../../db/entities/notification.ts';
import { User } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod } from '../user-errors.ts';

type Ctx = OperationContext & { actor: Actor };

export interface PreferencesModel {
  channels: { event: NotificationEvent; inApp: boolean; email: boolean }[];
  emailDigest: EmailDigest;
}

function model(preference: NotificationPreference | null): PreferencesModel {
  return {
    channels: NOTIFICATION_EVENTS.map((event) => ({
      event,
      inApp: !(preference?.mutedInApp ?? []).includes(event),
      email: (preference?.emailEvents ?? []).includes(event),
    })),
    emailDigest: preference?.emailDigest ?? 'IMMEDIATE',
  };
}

/** The viewer's preferences (no row: every event in the app, none by e-mail, immediately). */
export async function getNotificationPreferences(ctx: Ctx): Promise<PreferencesModel> {
  authorize(ctx.actor, 'notification:open', { recipientUserId: ctx.actor.userId });
  return model(await ctx.em.findOne(NotificationPreference, { user: ctx.actor.userId }));
}

const input = z.object({
  channels: z
    .array(z.object({ event: z.enum(NOTIFICATION_EVENTS), inApp: z.boolean(), email: z.boolean() }))
    .max(NOTIFICATION_EVENTS.length * 2),
  emailDigest: z.enum(EMAIL_DIGESTS).nullish(),
});

/** Sets the channels of the events listed (the others keep theirs) and the digest; only for oneself. */
export async function updateNotificationPreferences(
  ctx: Ctx,
  raw: unknown,
): Promise<{ preferences: PreferencesModel | null; userErrors: UserError[] }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { preferences: null, userErrors: fromZod(parsed.error) };
  authorize(ctx.actor, 'notification:open', { recipientUserId: ctx.actor.userId });
  const saved = await ctx.em.transactional(async (tx) => {
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
  return { preferences: model(saved), userErrors: [] };
}
