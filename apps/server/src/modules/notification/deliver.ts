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
import { loadSubjectsForDelivery } from './subjects.ts';
import type { LoadedSubject } from './subjects.ts';
import { groupBy } from '../../collections.ts';

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
  /** Never told: the person whose own act the event is (who authorised a publication). */
  exceptUserIds: z.array(z.string()).max(10).default([]),
});
export type NotifyPayload = z.input<typeof notifyPayload>;

/** An event key for a one-off occurrence (a deadline's key is made from its record and date instead). */
export function occurrenceKey(event: NotificationEvent, subjectId: string | null): string {
  return `${event}:${subjectId ?? '-'}:${randomUUID()}`;
}

/** The key of an event's `notify.deliver` job: the in-process delivery removes it once it has delivered. */
export function deliverJobKey(eventKey: string): string {
  return `notify:${eventKey}`;
}

/**
 * Emits an event from a command: the delivery job is added inside the caller's transaction, so the
 * event exists exactly when the change that caused it commits, and survives a crash right after.
 * Where the caller runs in a server (its services deliver in-process), the event is delivered right
 * after the commit and the job waits NOTIFY_FALLBACK_DELAY_SECONDS, only to deliver what that missed
 * (decision 0042); elsewhere (the seed, tools) the job runs at once.
 */
export async function notify(
  ctx: { services: Pick<Services, 'jobs'> & Partial<Pick<Services, 'immediateNotifications' | 'env'>> },
  tx: EntityManager,
  raw: NotifyPayload,
): Promise<void> {
  const payload = notifyPayload.parse(raw);
  const immediate = ctx.services.immediateNotifications;
  const delaySeconds = immediate ? (ctx.services.env?.NOTIFY_FALLBACK_DELAY_SECONDS ?? 30) : 0;
  await ctx.services.jobs.enqueue(tx, 'notify.deliver', payload, {
    jobKey: deliverJobKey(payload.eventKey),
    runAt: delaySeconds > 0 ? new Date(Date.now() + delaySeconds * 1000) : undefined,
  });
  immediate?.afterCommit(tx, payload);
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
  event_key: string;
}

type Resolvable = Pick<
  z.output<typeof notifyPayload>,
  'event' | 'subjectType' | 'subjectId' | 'audienceOrganisationId' | 'audienceUserIds'
>;

/** The members of these organisations, one statement for all of them. */
async function membersOf(tx: EntityManager, organisationIds: readonly string[]): Promise<Map<string, string[]>> {
  const members = new Map<string, string[]>();
  const ids = [...new Set(organisationIds)];
  if (ids.length === 0) return members;
  const rows = await tx
    .getConnection()
    .execute<{ organisation_id: string; user_id: string }[]>(
      'select organisation_id, user_id from membership where organisation_id = any(?::uuid[])',
      [`{${ids.join(',')}}`],
      'all',
      tx.getTransactionContext(),
    );
  for (const row of rows) {
    const list = members.get(row.organisation_id) ?? [];
    list.push(row.user_id);
    members.set(row.organisation_id, list);
  }
  return members;
}

/** The organisations an event's audience names, from its subject (or the payload, for a share target). */
function audienceOrganisations(payload: Resolvable, subject: LoadedSubject): string[] {
  switch (NOTIFICATION_AUDIENCE[payload.event]) {
    case 'ADDRESSEE':
      return subject.addresseeOrganisationId ? [subject.addresseeOrganisationId] : [];
    case 'OWNER':
      return subject.ownerOrganisationId ? [subject.ownerOrganisationId] : [];
    case 'RESPONSIBLE':
      return subject.responsibleOrganisationId ? [subject.responsibleOrganisationId] : [];
    case 'SHARE_TARGET':
      return payload.audienceOrganisationId ? [payload.audienceOrganisationId] : [];
    case 'OWNER_AND_ADDRESSEE':
      return [...new Set([subject.ownerOrganisationId, subject.addresseeOrganisationId].filter((id) => id !== null))];
    case 'NAMED_USERS':
      return [];
  }
}

function subjectOptions(event: NotificationEvent) {
  return { withdrawn: event === 'RECORD_SHARE_WITHDRAWN', personalData: event === 'WELFARE_CHECK_DUE' };
}

/**
 * The receive rule's facts for many events, read fresh (their subjects, batched per type, and the
 * audiences the policy names), and the candidates of each: the members of the audience organisations
 * (one statement for all), or the named people. Null for an event whose subject no longer exists.
 */
export async function resolveManyNotificationFacts(
  tx: EntityManager,
  payloads: readonly Resolvable[],
): Promise<({ facts: NotificationFacts; people: string[] } | null)[]> {
  const subjects = await loadSubjectsForDelivery(
    tx,
    payloads.map((p) => ({ type: p.subjectType, id: p.subjectId, options: subjectOptions(p.event) })),
  );
  const organisations = payloads.map((payload, i) => {
    const subject = subjects[i];
    return subject ? audienceOrganisations(payload, subject) : [];
  });
  const members = await membersOf(tx, organisations.flat());
  return payloads.map((payload, i) => {
    const subject = subjects[i];
    if (!subject) return null;
    const { event } = payload;
    const orgs = organisations[i] ?? [];
    const named = event === 'WELFARE_CHECK_DUE' ? subject.visitTeamUserIds : payload.audienceUserIds;
    const people =
      NOTIFICATION_AUDIENCE[event] === 'NAMED_USERS'
        ? [...new Set(named)]
        : [...new Set(orgs.flatMap((id) => members.get(id) ?? []))];
    return {
      facts: {
        event,
        audienceOrganisationId: orgs[0] ?? null,
        audienceOrganisationIds: orgs,
        audienceUserIds: named,
        subject: subject.facts,
      },
      people,
    };
  });
}

/**
 * The receive rule's facts for an event, read fresh (the subject, and the audience the policy names for
 * it), and the candidates: the members of the audience organisation, or the named people. Null when the
 * subject no longer exists. Delivery and the live fan-out both call it.
 */
export async function resolveNotificationFacts(
  tx: EntityManager,
  payload: Resolvable,
): Promise<{ facts: NotificationFacts; people: string[] } | null> {
  const [resolved] = await resolveManyNotificationFacts(tx, [payload]);
  return resolved ?? null;
}

/**
 * Delivers one event: the subject and every candidate's facts are read fresh, each candidate is checked
 * by the policy (`notification:receive`), preferences are applied, and one row per recipient is inserted
 * unless (eventKey, recipient) already exists. Only the rows this call inserted are announced live and
 * handed to the e-mail channel: a job that runs twice delivers nothing twice. Returns the rows inserted.
 */
export async function deliverNotification(ctx: OperationContext, raw: NotifyPayload): Promise<number> {
  const payload = notifyPayload.parse(raw);
  const { rows, announce } = await ctx.em.transactional((tx) => storeNotifications(ctx, tx, [payload]));
  await announce();
  return rows;
}

/**
 * Stores many events in the caller's transaction, with a constant number of statements whatever their
 * number (subjects per type, candidates, their facts, preferences, one insert): the deadline batches of
 * `deadline-batch.ts` and single deliveries share it. `announce` publishes the live events; call it
 * after the transaction committed.
 */
export async function storeNotifications(
  ctx: OperationContext,
  tx: EntityManager,
  payloads: readonly z.output<typeof notifyPayload>[],
): Promise<{ rows: number; announce: () => Promise<void> }> {
  const resolved = await resolveManyNotificationFacts(tx, payloads);
  const actors = await loadRecipientActors(
    tx,
    resolved.flatMap((r) => r?.people ?? []),
  );
  const perEvent = payloads.map((payload, i) => {
    const r = resolved[i];
    if (!r) return [];
    return r.people.filter(
      (userId) =>
        !payload.exceptUserIds.includes(userId) && can(actors.get(userId) ?? null, 'notification:receive', r.facts),
    );
  });
  const everyone = [...new Set(perEvent.flat())];
  const none = { rows: 0, announce: async () => {} };
  if (everyone.length === 0) return none;
  const preferences = await preferencesOf(tx, everyone);
  const inApp = (userId: string, event: NotificationEvent) => !preferences.get(userId)?.mutedInApp.includes(event);
  const byEmail = (userId: string, event: NotificationEvent) =>
    preferences.get(userId)?.emailEvents.includes(event) ?? false;
  const daily = (userId: string) => preferences.get(userId)?.emailDigest === 'DAILY';
  const rows: { payload: (typeof payloads)[number]; userId: string }[] = [];
  payloads.forEach((payload, i) => {
    for (const userId of perEvent[i] ?? []) {
      if (inApp(userId, payload.event) || byEmail(userId, payload.event)) rows.push({ payload, userId });
    }
  });
  if (rows.length === 0) return none;
  const array = (values: string[]) => `{${values.map((v) => `"${v}"`).join(',')}}`;
  const inserted = await tx.getConnection().execute<Inserted[]>(
    `insert into notification (id, user_id, event, event_key, subject_type, subject_id, created_at, in_app, digest_pending)
     select gen_random_uuid(), t.user_id, t.event, t.event_key, t.subject_type, t.subject_id, now(), t.in_app, t.digest
       from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::boolean[], ?::boolean[])
            as t(user_id, event, event_key, subject_type, subject_id, in_app, digest)
     on conflict (event_key, user_id) do nothing
     returning id, user_id, in_app, event_key`,
    [
      array(rows.map((r) => r.userId)),
      array(rows.map((r) => r.payload.event)),
      array(rows.map((r) => r.payload.eventKey.replace(/["\\]/g, '\\$&'))),
      array(rows.map((r) => r.payload.subjectType)),
      `{${rows.map((r) => r.payload.subjectId ?? 'NULL').join(',')}}`,
      `{${rows.map((r) => String(inApp(r.userId, r.payload.event))).join(',')}}`,
      `{${rows.map((r) => String(byEmail(r.userId, r.payload.event) && daily(r.userId))).join(',')}}`,
    ],
    'all',
    tx.getTransactionContext(),
  );
  const byKey = new Map(payloads.map((p) => [p.eventKey, p]));
  // The facts the recipients were authorized against travel with the live event (decision 0036).
  const factsByKey = new Map(payloads.map((p, i) => [p.eventKey, resolved[i]?.facts]));
  for (const row of inserted) {
    const payload = byKey.get(row.event_key);
    // A daily digest is sent by `digest.ts`; the immediate e-mail here, in the same transaction.
    if (payload && byEmail(row.user_id, payload.event) && !daily(row.user_id)) {
      await sendNotificationEmail(
        { ...ctx, em: tx },
        { notificationId: row.id, userId: row.user_id, event: payload.event, digest: 'IMMEDIATE' },
      );
    }
  }
  const live = groupBy(
    inserted.filter((row) => row.in_app),
    (row) => row.event_key,
  );
  return {
    rows: inserted.length,
    announce: async () => {
      for (const [eventKey, deliveries] of live) {
        const payload = byKey.get(eventKey);
        const facts = factsByKey.get(eventKey);
        if (!payload || !facts) continue;
        await ctx.services.bus.publish('notification', {
          facts,
          event: payload.event,
          subjectType: payload.subjectType as NotificationSubjectType,
          subjectId: payload.subjectId,
          audienceOrganisationId: payload.audienceOrganisationId,
          audienceUserIds: payload.audienceUserIds,
          deliveries: deliveries.map((row) => ({ userId: row.user_id, notificationId: row.id })),
        });
      }
    },
  };
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
