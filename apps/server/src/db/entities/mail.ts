import { randomUUID } from 'node:crypto';
import { EntitySchema, OptionalProps } from '@mikro-orm/core';
import type { Locale, Role } from '@opcat/domain';
import { LOCALES, ROLES } from '@opcat/domain';
import { Organisation, User } from './identity.ts';

export const MAIL_STATUSES = ['PENDING', 'SENT', 'OUTBOX', 'FAILED'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * One e-mail to one person, written in the transaction that caused it and delivered by the
 * `mail.send` job: over SMTP when SMTP_URL is set (the bodies are then wiped), else kept here as
 * the outbox that the organisation's admins read in the app.
 */
export class MailMessage {
  [OptionalProps]?: 'id' | 'status' | 'attempts' | 'lastError' | 'createdAt' | 'sentAt' | 'recipient' | 'platform';
  id: string = randomUUID();
  /** The organisation on whose behalf the mail was sent: only its ADMINs see it in the outbox. */
  organisation!: Organisation;
  /** Sent by a platform administrator (a first admin's invitation): also in the platform's outbox. */
  platform: boolean = false;
  recipient: User | null = null;
  toAddress!: string;
  locale!: Locale;
  template!: string;
  subject!: string;
  /** Null once delivered over SMTP (the outbox keeps only what was not sent). */
  textBody!: string | null;
  htmlBody!: string | null;
  status: MailStatus = 'PENDING';
  attempts = 0;
  lastError: string | null = null;
  createdAt: Date = new Date();
  sentAt: Date | null = null;
}

/** A single-use, expiring invitation to set one's password; only an HMAC of its token is stored. */
export class Invitation {
  [OptionalProps]?: 'id' | 'createdAt' | 'usedAt' | 'invitedBy';
  id: string = randomUUID();
  tokenHash!: string;
  user!: User;
  organisation!: Organisation;
  invitedBy: User | null = null;
  role!: Role;
  createdAt: Date = new Date();
  expiresAt!: Date;
  usedAt: Date | null = null;
}

export const MailMessageSchema = new EntitySchema<MailMessage>({
  class: MailMessage,
  indexes: [{ properties: ['organisation', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    organisation: { kind: 'm:1', entity: () => Organisation, deleteRule: 'cascade' },
    platform: { type: 'boolean', default: false },
    recipient: { kind: 'm:1', entity: () => User, nullable: true, deleteRule: 'set null' },
    toAddress: { type: 'string', length: 320 },
    locale: { enum: true, items: () => [...LOCALES] },
    template: { type: 'string', length: 60 },
    subject: { type: 'string', length: 300 },
    textBody: { type: 'text', nullable: true },
    htmlBody: { type: 'text', nullable: true },
    status: { enum: true, items: () => [...MAIL_STATUSES] },
    attempts: { type: 'integer' },
    lastError: { type: 'string', length: 500, nullable: true },
    createdAt: { type: 'datetime' },
    sentAt: { type: 'datetime', nullable: true },
  },
});

export const InvitationSchema = new EntitySchema<Invitation>({
  class: Invitation,
  properties: {
    id: { type: 'uuid', primary: true },
    tokenHash: { type: 'string', length: 64, unique: true },
    user: { kind: 'm:1', entity: () => User, deleteRule: 'cascade', index: true },
    organisation: { kind: 'm:1', entity: () => Organisation, deleteRule: 'cascade' },
    invitedBy: { kind: 'm:1', entity: () => User, nullable: true, deleteRule: 'set null' },
    role: { enum: true, items: () => [...ROLES] },
    createdAt: { type: 'datetime' },
    expiresAt: { type: 'datetime' },
    usedAt: { type: 'datetime', nullable: true },
  },
});

export const mailSchemas = [MailMessageSchema, InvitationSchema];
