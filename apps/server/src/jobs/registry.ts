import { z } from 'zod';
import { purgeExpiredSessions } from '../modules/identity/purge-expired-sessions.ts';
import { scheduleAuditCheckpoint, writeAuditCheckpoint } from '../modules/audit/checkpoint.ts';
import { deliverNotification, notifyPayload } from '../modules/notification/deliver.ts';
import { deadlinePayload, runDeadline } from '../modules/notification/deadlines.ts';
import { releaseStaleNotificationLocks } from '../modules/notification/stale-locks.ts';
import { enqueueDailyDigests, sendDigest } from '../modules/notification/digest.ts';
import { runWelfareCheck, welfarePayload } from '../modules/notification/welfare.ts';
import { runExportJob } from '../modules/exports/export-job.ts';
import { purgeGeneratedFiles } from '../modules/exports/purge-generated-files.ts';
import { runAnnualReportJob } from '../modules/annual-report/annual-report-job.ts';
import { defineJob } from './define.ts';
import type { JobDefinition } from './define.ts';

/** Every kind of job this server runs. A job's name is stored with it: rename only with a drain. */
export const jobDefinitions = [
  defineJob(
    'collab.compact',
    z.object({ documentName: z.string().min(1).max(300) }),
    (ctx, { documentName }) => ctx.services.coEditing.compact(documentName),
    { maxAttempts: 5 },
  ),
  defineJob('audit.checkpoint', z.object({}), async (ctx) => {
    await writeAuditCheckpoint(ctx.services);
    await scheduleAuditCheckpoint(ctx);
  }),
  // Idempotent: a mail already sent (or put in the outbox) is not sent again.
  defineJob(
    'mail.send',
    z.object({ mailId: z.uuid() }),
    (ctx, { mailId }) => ctx.services.mail.deliver(ctx.em, mailId),
    { maxAttempts: 8 },
  ),
  defineJob('sessions.purgeExpired', z.object({}), async (ctx) => {
    await purgeExpiredSessions(ctx);
  }),
  // Idempotent: (event key, recipient) is unique in the notification table.
  defineJob('notify.deliver', notifyPayload, async (ctx, payload) => {
    await deliverNotification(ctx, payload);
  }),
  defineJob('notify.deadline', deadlinePayload, async (ctx, payload) => {
    await runDeadline(ctx, payload);
  }),
  // One per interviewee at risk, keyed per person: moved when the date changes, removed when the flag is cleared.
  defineJob('welfare.checkDue', welfarePayload, async (ctx, payload) => {
    await runWelfareCheck(ctx, payload);
  }),
  // The daily digest (decisions 0034, 0042): the scheduler adds one job per person whose local 06:00 came, keyed per person and local day.
  defineJob('notify.digest', z.object({}), async (ctx) => {
    await enqueueDailyDigests(ctx);
  }),
  // Idempotent: the notifications it describes leave the digest queue in the transaction that writes the mail.
  defineJob('notify.digestUser', z.object({ userId: z.uuid(), day: z.iso.date() }), async (ctx, { userId, day }) => {
    await sendDigest(ctx, userId, day);
  }),
  defineJob('notify.releaseStaleLocks', z.object({}), async (ctx) => {
    await releaseStaleNotificationLocks(ctx.em, ctx.services.env.NOTIFY_STALE_LOCK_SECONDS);
  }),
  // One attempt: a failure is recorded on the export job for its requester to see and retry.
  defineJob(
    'exports.run',
    z.object({ exportJobId: z.string().uuid() }),
    (ctx, { exportJobId }) => runExportJob(ctx, exportJobId),
    { maxAttempts: 1 },
  ),
  defineJob(
    'reports.annual',
    z.object({ annualReportJobId: z.string().uuid() }),
    (ctx, { annualReportJobId }) => runAnnualReportJob(ctx, annualReportJobId),
    { maxAttempts: 1 },
  ),
  defineJob('files.purgeGenerated', z.object({}), async (ctx) => {
    await purgeGeneratedFiles(ctx);
  }),
] as const;

type Definitions = (typeof jobDefinitions)[number];
export type JobName = Definitions['name'];
/** What `enqueue` accepts for the job (the schema's input, before defaults and transforms). */
export type JobPayload<N extends JobName> = z.input<Extract<Definitions, { name: N }>['payload']>;

const byName = new Map<string, JobDefinition>(jobDefinitions.map((definition) => [definition.name, definition]));

export function jobDefinition(name: JobName): JobDefinition {
  const definition = byName.get(name);
  if (!definition) throw new Error(`unknown job ${name}`);
  return definition;
}
