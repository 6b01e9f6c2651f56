import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can, NOTIFICATION_AUDIENCE, NOTIFICATION_EVENTS } from '@opcat/domain';
import type { NotificationEvent, NotificationFacts } from '@opcat/domain';
import { NOTIFICATION_SUBJECT_TYPES } from '../../db/entities/notification.ts';
import type { NotificationSubjectType, NotificationPreference } from '../../db/entities/notification.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { Services } from '../../services.ts';
import { loadRecipientActors } from './actors.ts';
import { sendNotificationEmail } from './email-channel.ts';
import { loadSubjectForDelivery } from './subjects.ts';

/** One event to deliver, as a job carries it: ids and the event type, never contents. */
export const notifyPayload = z.object({
  event: z.enum(NOTIFICATION_EVENTS),
  /** Names the event: (eventKey, recipient) is delivered once, however often the job runs. */
  eventKey: z.string().min(1).max(300),
  subjectType: z.enum(NOTIFICATION_SUBJECT_TYPES),
  subjectId: z.string().nullable(),
  /** SHARE_TARGET events: the organisation the record was shared with or withdrawn from. */
  audienceOrganisationId: z.string().nullable().default(null),
  /** NAMED_USERS events: the people added, named, or whose role changed. */
  audienceUserIds: z.array(z.string()).max(1000).default([]),
});
export type NotifyPayload = z.input<typeof notifyPayload>;

/** An event key for a one-off occurrence (a deadline's key is made from its record and date instead). */
export function occurrenceKey(event: NotificationEvent, subjectId: string | null): string {
  return `${event}:${subjectId ?? '-'}:${randomUUID()}`;
}

/**
 * Emits an event from a command: the delivery job is added inside the caller's transaction, so the
 * event exists exactly when the change that caused it commits, and survives a crash right after.
 */
export async function notify(
  ctx: { services: Pick<Services, 'jobs'> },
  tx: EntityManager,
  payload: NotifyPayload,
): Promise<void> {
  await ctx.services.jobs.enqueue(tx, 'notify.deliver', payload);
}

type Preferences = Pick<NotificationPreference, 'mutedInApp' | 'emailEvents' | 'emailDigest'>;

/** The recipients' preferences, one statement whatever their number (the ids travel as one array parameter). */
async function preferencesOf(tx: EntityManager, userIds: readonly string[]): Promise<Map<string, Preferences>> {
  const rows = await tx.getConnection().execute<
    {
      user_id: string;
      muted_in_app: Preferences['mutedInApp'];
      email_events: Preferences['emailEvents'];
      email_digest: Preferences['emailDigest'];
    }[]
  >('select user_id, muted_in_app, email_events, email_digest from notification_preference where user_id = any(?::uuid[])', [`{${userIds.join(',')}}`], 'all', tx.getTransactionContext());
  return new Map(
    rows.map((r) => [
      r.user_id,
      { mutedInApp: r.muted_in_app, emailEvents: r.email_events, emailDigest: r.email_digest },
    ]),
  );
}

interface Inserted {
  id: string;
  user_id: string;
  in_app: boolean;
}

async function candidates(tx: EntityManager, organisationId: string | null): Promise<string[]> {
  if (!organisationId) return [];
  const rows = await tx
    .getConnection()
    .execute<{ user_id: string }[]>(
      'select user_id from membership where organisation_id = ?',
      [organisationId],
      'all',
      tx.getTransactionContext(),
    );
  return rows.map((r) => r.user_id);
}

/**
 * The receive rule's facts for an event, read fresh (the subject, and the audience the policy names for
 * it), and the candidates: the members of the audience organisation, or the named people. Null when the
 * subject no longer exists. Delivery and the live fan-out both call it.
 */
export async function resolveNotificationFacts(
  tx: EntityManager,
  payload: Pick<
    z.output<typeof notifyPayload>,
    'event' | 'subjectType' | 'subjectId' | 'audienceOrganisationId' | 'audienceUserIds'
  >,
): Promise<{ facts: NotificationFacts; people: string[] } | null> {
  const { event } = payload;
  const subject = await loadSubjectForDelivery(tx, payload.subjectType, payload.subjectId, {
    withdrawn: event === 'RECORD_SHARE_WITHDRAWN',
    personalData: event === 'WELFARE_CHECK_DUE',
  });
  if (!subject) return null;
  const audience = NOTIFICATION_AUDIENCE[event];
  const organisationId =
    audience === 'ADDRESSEE'
      ? subject.addresseeOrganisationId
      : audience === 'OWNER'
        ? subject.ownerOrganisationId
        : audience === 'RESPONSIBLE'
          ? subject.responsibleOrganisationId
          : audience === 'SHARE_TARGET'
            ? payload.audienceOrganisationId
            : null;
  const named = event === 'WELFARE_CHECK_DUE' ? subject.visitTeamUserIds : payload.audienceUserIds;
  const people = audience === 'NAMED_USERS' ? [...new Set(named)] : await candidates(tx, organisationId);
  return {
    facts: { event, audienceOrganisationId: organisationId, audienceUserIds: named, subject: subject.facts },
    people,
  };
}

/**
 * Delivers one event: the subject and every candidate's facts are read fresh, each candidate is checked
 * by the policy (`notification:receive`), preferences are applied, and one row per recipient is inserted
 * unless (eventKey, recipient) already exists. Only the rows this call inserted are announced live and
 * handed to the e-mail channel: a job that runs twice delivers nothing twice. Returns the rows inserted.
 */
export async function deliverNotification(ctx: OperationContext, raw: NotifyPayload): Promise<number> {
  const payload = notifyPayload.parse(raw);
  const { event } = payload;
  const inserted = await ctx.em.transactional(async (tx) => {
    const resolved = await resolveNotificationFacts(tx, payload);
    const none = { rows: [] as Inserted[], facts: null };
    if (!resolved) return none;
    const { facts, people } = resolved;
    const actors = await loadRecipientActors(tx, people);
    const recipients = people.filter((userId) => can(actors.get(userId) ?? null, 'notification:receive', facts));
    if (recipients.length === 0) return none;
    const preferences = await preferencesOf(tx, recipients);
    const inApp = (userId: string) => !preferences.get(userId)?.mutedInApp.includes(event);
    const byEmail = (userId: string) => preferences.get(userId)?.emailEvents.includes(event) ?? false;
    const wanted = recipients.filter((userId) => inApp(userId) || byEmail(userId));
    if (wanted.length === 0) return none;
    const rows = await tx.getConnection().execute<Inserted[]>(
      `insert into notification (id, user_id, event, event_key, subject_type, subject_id, created_at, in_app)
       select gen_random_uuid(), t.user_id, ?, ?, ?, ?, now(), t.in_app
         from unnest(?::uuid[], ?::boolean[]) as t(user_id, in_app)
       on conflict (event_key, user_id) do nothing
       returning id, user_id, in_app`,
      [
        event,
        payload.eventKey,
        payload.subjectType,
        payload.subjectId,
        `{${wanted.join(',')}}`,
        `{${wanted.map((u) => String(inApp(u))).join(',')}}`,
      ],
      'all',
      tx.getTransactionContext(),
    );
    for (const row of rows) {
      if (byEmail(row.user_id)) {
        await sendNotificationEmail(
          { ...ctx, em: tx },
          {
            notificationId: row.id,
            userId: row.user_id,
            event,
            digest: preferences.get(row.user_id)?.emailDigest ?? 'IMMEDIATE',
          },
        );
      }
    }
    return { rows, facts };
  });
  const live = inserted.rows.filter((row) => row.in_app);
  if (live.length > 0 && inserted.facts) {
    await ctx.services.bus.publish('notification', {
      facts: inserted.facts,
      event,
      subjectType: payload.subjectType as NotificationSubjectType,
      subjectId: payload.subjectId,
      audienceOrganisationId: payload.audienceOrganisationId,
      audienceUserIds: payload.audienceUserIds,
      deliveries: live.map((row) => ({ userId: row.user_id, notificationId: row.id })),
    });
  }
  return inserted.rows.length;
}

/** Tells these people they were named (a visit team, a reprisal incident); never the person who named them. */
export async function notifyNamed(
  ctx: OperationContext,
  tx: EntityManager,
  event: 'VISIT_TEAM_ADDED' | 'REPRISAL_NAMED',
  subjectType: 'VISIT' | 'REPRISAL',
  subjectId: string,
  userIds: readonly string[],
): Promise<void> {
  const audienceUserIds = userIds.filter((id) => id !== ctx.actor?.userId);
  if (audienceUserIds.length === 0) return;
  await notify(ctx, tx, { event, eventKey: occurrenceKey(event, subjectId), subjectType, subjectId, audienceUserIds });
}
