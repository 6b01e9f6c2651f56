import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from '@opcat/domain';
import { createTransport } from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { Env } from '../env.ts';
import { MailMessage } from '../db/entities/mail.ts';
import { Organisation, User } from '../db/entities/identity.ts';
import type { OperationContext } from '../operation/context.ts';
import type { JobQueue } from '../services.ts';
import { renderMail } from './templates.ts';
import type { MailTemplate, MailTemplates } from './templates.ts';

export interface MailRequest<T extends MailTemplate> {
  /** The recipient: an account (its address) or, rarely, a bare address. */
  to: { userId: string; email: string } | { userId: null; email: string };
  /** The organisation on whose behalf it is sent: its ADMINs see it in the outbox. */
  organisationId: string;
  /** Sent by a platform administrator (a first admin's invitation): also in the platform's outbox. */
  platform?: boolean;
  /** The recipient's language. */
  locale: Locale;
  template: T;
  /** Only what the recipient may read. */
  params: MailTemplates[T];
}

/** E-mail as modules see it: written in the caller's transaction, delivered by a durable job. */
export interface MailPort {
  /**
   * Renders the mail in the recipient's language, stores it and queues its delivery, through the
   * caller's transaction when there is one: no mail for a rolled-back write. Returns its id.
   */
  send<T extends MailTemplate>(target: OperationContext | EntityManager, request: MailRequest<T>): Promise<string>;
  /** Whether mail leaves over SMTP (else it stays in the outbox). */
  readonly smtp: boolean;
  /** Delivers one stored mail (the `mail.send` job); idempotent. */
  deliver(em: EntityManager, mailId: string): Promise<void>;
  close(): void;
}

function transactionEm(target: OperationContext | EntityManager): EntityManager {
  return 'transport' in target ? target.em : target;
}

export function createMailPort(env: Env, jobs: JobQueue): MailPort {
  // nodemailer opens a connection per message unless pooled; a mail is rare enough for that.
  let transporter: Transporter | undefined;
  const transport = () => (transporter ??= createTransport(env.SMTP_URL));
  return {
    smtp: env.SMTP_URL !== undefined,
    async send(target, request) {
      const em = transactionEm(target);
      const rendered = renderMail(request.template, request.locale, request.params);
      const message = em.create(MailMessage, {
        organisation: em.getReference(Organisation, request.organisationId),
        platform: request.platform === true,
        recipient: request.to.userId ? em.getReference(User, request.to.userId) : null,
        toAddress: request.to.email,
        locale: request.locale,
        template: request.template,
        subject: rendered.subject.slice(0, 300),
        textBody: rendered.text,
        htmlBody: rendered.html,
      });
      await em.persistAndFlush(message);
      await jobs.enqueue(target, 'mail.send', { mailId: message.id }, { jobKey: `mail:${message.id}` });
      return message.id;
    },
    async deliver(em, mailId) {
      const message = await em.findOne(MailMessage, mailId);
      // Delivered already (a job that ran twice), or gone with its organisation: nothing to do.
      if (!message || message.status === 'SENT' || message.status === 'OUTBOX') return;
      if (!env.SMTP_URL) {
        message.status = 'OUTBOX';
        await em.flush();
        return;
      }
      message.attempts += 1;
      try {
        await transport().sendMail({
          // The same Message-ID on every attempt lets a receiving server drop a duplicate.
          messageId: `<${message.id}@opcat-hub>`,
          from: env.MAIL_FROM,
          to: message.toAddress,
          subject: message.subject,
          text: message.textBody ?? '',
          html: message.htmlBody ?? undefined,
        });
      } catch (error) {
        message.status = 'FAILED';
        message.lastError = String(error instanceof Error ? error.message : error).slice(0, 500);
        await em.flush();
        throw error;
      }
      // Sent: the links it carried live only in the recipient's mailbox from now on.
      message.status = 'SENT';
      message.sentAt = new Date();
      message.lastError = null;
      message.textBody = null;
      message.htmlBody = null;
      await em.flush();
    },
    close() {
      transporter?.close();
    },
  };
}
