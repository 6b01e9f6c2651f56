import { randomUUID } from 'node:crypto';
import { EntitySchema, OptionalProps } from '@mikro-orm/core';
import type { NotificationEvent } from '@opcat/domain';
import { NOTIFICATION_EVENTS } from '@opcat/domain';
import { User } from './identity.ts';

/** What a notification is about, by type; only its id is stored, never a title or a text. */
export const NOTIFICATION_SUBJECT_TYPES = [
  'RECOMMENDATION',
  'WORKPLAN_ACTION',
  'PLACE',
  'VISIT',
  'FINDING',
  'WORKPLAN',
  'REPRISAL',
  'MEMBERSHIP',
] as const;
export type NotificationSubjectType = (typeof NOTIFICATION_SUBJECT_TYPES)[number];

export const EMAIL_DIGESTS = ['IMMEDIATE', 'DAILY'] as const;
export type EmailDigest = (typeof EMAIL_DIGESTS)[number];

/**
 * One event delivered to one person. Ids and the event type only: what it is about is read through the
 * read scope when it is shown. `eventKey` names the event (e.g. `RESPONSE_DUE_7:<recommendation>:<due date>`);
 * (eventKey, user) is unique, so a job that runs twice (a crash, two instances) delivers once.
 */
export class Notification {
  [OptionalProps]?: 'id' | 'createdAt' | 'readAt' | 'subjectId' | 'inApp' | 'digestPending';
  id: string = randomUUID();
  user!: User;
  event!: NotificationEvent;
  eventKey!: string;
  subjectType!: NotificationSubjectType;
  subjectId: string | null = null;
  createdAt: Date = new Date();
  readAt: Date | null = null;
  /** False when the recipient muted the event in the app and asked for it by e-mail only (the row keeps it once). */
  inApp: boolean = true;
  /** Waiting for the recipient's daily e-mail digest (decision 0034); cleared when the digest is written. */
  digestPending: boolean = false;
}

/**
 * A person's choices: events they do not want in the app, events they want by e-mail, and whether
 * e-mails go out at once or in a daily digest. No row: every event in the app, none by e-mail.
 */
export class NotificationPreference {
  [OptionalProps]?: 'mutedInApp' | 'emailEvents' | 'emailDigest' | 'updatedAt' | 'digestSentOn';
  user!: User;
  mutedInApp: NotificationEvent[] = [];
  emailEvents: NotificationEvent[] = [];
  emailDigest: EmailDigest = 'IMMEDIATE';
  /** The local day (in the person's time zone) of the last daily digest: one a day (decision 0042). */
  digestSentOn: string | null = null;
  updatedAt: Date = new Date();
}

export const NotificationSchema = new EntitySchema<Notification>({
  class: Notification,
  uniques: [{ name: 'notification_event_key_user_unique', properties: ['eventKey', 'user'] }],
  indexes: [
    { name: 'notification_user_created_idx', properties: ['user', 'createdAt', 'id'] },
    {
      name: 'notification_digest_pending_idx',
      expression:
        'create index "notification_digest_pending_idx" on "notification" ("user_id", "created_at") where "digest_pending"',
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    user: { kind: 'm:1', entity: () => User, deleteRule: 'cascade' },
    event: { enum: true, items: () => [...NOTIFICATION_EVENTS] },
    eventKey: { type: 'string', length: 300 },
    subjectType: { enum: true, items: () => [...NOTIFICATION_SUBJECT_TYPES] },
    subjectId: { type: 'uuid', nullable: true },
    createdAt: { type: 'datetime' },
    readAt: { type: 'datetime', nullable: true },
    inApp: { type: 'boolean' },
    digestPending: { type: 'boolean', default: false },
  },
});

export const NotificationPreferenceSchema = new EntitySchema<NotificationPreference>({
  class: NotificationPreference,
  properties: {
    user: { kind: '1:1', entity: () => User, primary: true, owner: true, deleteRule: 'cascade' },
    mutedInApp: { type: 'json' },
    emailEvents: { type: 'json' },
    emailDigest: { enum: true, items: () => [...EMAIL_DIGESTS] },
    digestSentOn: { type: 'date', nullable: true },
    updatedAt: { type: 'datetime' },
  },
});
