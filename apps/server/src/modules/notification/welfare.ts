import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Interviewee } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { isId } from '../ids.ts';
import { deliverNotification } from './deliver.ts';
import type { QueueContext } from './deadlines.ts';

/** An interviewee at risk as the finding's edit leaves them: their pseudonym and next welfare check. */
export interface AtRiskPerson {
  pseudonym: string;
  dueOn: string | null;
}

export const welfarePayload = z.object({
  findingId: z.string(),
  /** The interviewee, by a hash of their pseudonym within the finding: no personal data in the queue. */
  person: z.string().regex(/^[0-9a-f]{16}$/),
  dueOn: z.iso.date(),
});
export type WelfarePayload = z.infer<typeof welfarePayload>;

/**
 * An interviewee's handle in the queue. Interviewees are replaced on every edit of their finding (new row
 * ids), so the finding and the pseudonym name the person; hashed, so no pseudonym is stored in a job key.
 */
export function welfarePerson(findingId: string, pseudonym: string): string {
  return createHash('sha256').update(`${findingId}\u0000${pseudonym.trim()}`).digest('hex').slice(0, 16);
}

export const welfareJobKey = (findingId: string, person: string) => `welfare:${findingId}:${person}`;

const midnight = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * In the transaction that sets the interviewees: one `welfare.checkDue` job per person flagged at risk,
 * keyed per person (enqueueing again moves it to the new date), and the jobs of anyone no longer flagged
 * (or no longer recorded) removed. The queue is the list of what is scheduled, so nothing else is stored.
 */
export async function scheduleWelfareCheckJobs(
  ctx: QueueContext,
  tx: EntityManager,
  findingId: string,
  people: readonly AtRiskPerson[],
): Promise<void> {
  const wanted = new Map<string, WelfarePayload>();
  for (const person of people) {
    if (!person.dueOn) continue;
    const id = welfarePerson(findingId, person.pseudonym);
    wanted.set(welfareJobKey(findingId, id), { findingId, person: id, dueOn: person.dueOn });
  }
  const pending = await tx
    .getConnection()
    .execute<{ key: string }[]>(
      `select key from graphile_worker._private_jobs where key like ? and locked_at is null`,
      [`welfare:${findingId}:%`],
      'all',
      tx.getTransactionContext(),
    );
  for (const { key } of pending) if (!wanted.has(key)) await ctx.services.jobs.remove(tx, key);
  for (const [jobKey, payload] of wanted) {
    await ctx.services.jobs.enqueue(tx, 'welfare.checkDue', payload, { jobKey, runAt: midnight(payload.dueOn) });
  }
}

/**
 * The job: when the person is still at risk with this date, the visit team members who may read the
 * finding's personal data are told "a welfare check is due" about the finding — never who (the rule is
 * `notification:receive` with PERSONAL_DATA facts, checked again when opened). Once per person and date.
 */
export async function runWelfareCheck(ctx: OperationContext, payload: WelfarePayload): Promise<number> {
  if (!isId(payload.findingId)) return 0;
  const people = await ctx.em.find(
    Interviewee,
    { finding: payload.findingId, atRisk: true, welfareCheckDueOn: payload.dueOn },
    { fields: ['id', 'pseudonym'] as never },
  );
  if (!people.some((p) => welfarePerson(payload.findingId, p.pseudonym) === payload.person)) return 0;
  return deliverNotification(ctx, {
    event: 'WELFARE_CHECK_DUE',
    eventKey: `WELFARE_CHECK_DUE:${payload.findingId}:${payload.person}:${payload.dueOn}`,
    subjectType: 'FINDING',
    subjectId: payload.findingId,
  });
}
