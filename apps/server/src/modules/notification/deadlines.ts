import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationEvent } from '@opcat/domain';
import { Interviewee, Recommendation } from '../../db/entities/monitoring.ts';
import { WorkplanAction } from '../../db/entities/workplan.ts';
import type { Services } from '../../services.ts';
import { isId } from '../ids.ts';
import { addDays } from '../recommendation/dates.ts';
import { notifyPayload, storeNotifications } from './deliver.ts';
import type { OperationContext } from '../../operation/context.ts';

/** What scheduling needs of an operation: the job queue (the demo seed schedules with the queue alone). */
export type QueueContext = { services: Pick<Services, 'jobs'> };

/** Days before the due date each reminder is sent (negative: the day after, overdue). */
const RESPONSE_THRESHOLDS: readonly { event: NotificationEvent; days: number }[] = [
  { event: 'RESPONSE_DUE_14', days: 14 },
  { event: 'RESPONSE_DUE_7', days: 7 },
  { event: 'RESPONSE_DUE_1', days: 1 },
  { event: 'RESPONSE_OVERDUE', days: -1 },
];
const ACTION_THRESHOLDS: readonly { event: NotificationEvent; days: number }[] = [
  { event: 'ACTION_DUE_SOON', days: 7 },
  { event: 'ACTION_OVERDUE', days: -1 },
];
/** Statuses of an action that need no reminder. */
const SETTLED_ACTIONS = ['DONE', 'CANCELLED'];

export const deadlinePayload = z.object({
  /** WELFARE: jobs queued before `welfare.checkDue` (welfare.ts) replaced them; still run. */
  kind: z.enum(['RECOMMENDATION', 'WORKPLAN_ACTION', 'WELFARE']),
  /** The recommendation, the action, or the finding whose interviewee is at risk. */
  subjectId: z.string(),
  event: z.enum([
    'RESPONSE_DUE_14',
    'RESPONSE_DUE_7',
    'RESPONSE_DUE_1',
    'RESPONSE_OVERDUE',
    'ACTION_DUE_SOON',
    'ACTION_OVERDUE',
    'WELFARE_CHECK_DUE',
  ]),
  /** The due date the reminder was scheduled for: when the record's date changed since, the job does nothing. */
  dueOn: z.iso.date(),
});
export type DeadlinePayload = z.infer<typeof deadlinePayload>;

const midnight = (date: string) => new Date(`${date}T00:00:00Z`);

/** The one job per (record, threshold): scheduling again replaces it, so a changed date moves it. */
export function deadlineJobKey(
  kind: DeadlinePayload['kind'],
  subjectId: string,
  event: NotificationEvent,
  dueOn?: string,
) {
  return `deadline:${kind}:${subjectId}:${event}${kind === 'WELFARE' ? `:${dueOn}` : ''}`;
}

async function schedule(
  ctx: QueueContext,
  tx: EntityManager,
  kind: 'RECOMMENDATION' | 'WORKPLAN_ACTION',
  subjectId: string,
  thresholds: readonly { event: NotificationEvent; days: number }[],
  dueOn: string | null,
  now: Date,
): Promise<void> {
  const startOfToday = midnight(now.toISOString().slice(0, 10));
  for (const { event, days } of thresholds) {
    const jobKey = deadlineJobKey(kind, subjectId, event);
    const runAt = dueOn ? midnight(addDays(dueOn, -days)) : null;
    // A reminder whose day has passed is not sent late ("due in 14 days" five days before); overdue always is.
    if (!dueOn || !runAt || (days > 0 && runAt < startOfToday)) {
      await ctx.services.jobs.remove(tx, jobKey);
      continue;
    }
    await ctx.services.jobs.enqueue(
      tx,
      'notify.deadline',
      { kind, subjectId, event: event as DeadlinePayload['event'], dueOn },
      { jobKey, runAt },
    );
  }
}

/**
 * (Re)schedules a recommendation's response reminders (14, 7, 1 days before, and overdue) from its
 * response due date, in the caller's transaction. Answered: every pending reminder is removed.
 */
export async function scheduleResponseDeadlines(
  ctx: QueueContext,
  tx: EntityManager,
  recommendation: { id: string; responseDueOn: string },
  answered: boolean,
  now: Date = new Date(),
): Promise<void> {
  await schedule(
    ctx,
    tx,
    'RECOMMENDATION',
    recommendation.id,
    RESPONSE_THRESHOLDS,
    answered ? null : recommendation.responseDueOn,
    now,
  );
}

/** (Re)schedules an action's reminders (a week before, overdue) from its due date; none once settled. */
export async function scheduleActionDeadlines(
  ctx: QueueContext,
  tx: EntityManager,
  action: { id: string; dueDate: string | null; status: string },
  now: Date = new Date(),
): Promise<void> {
  const due = SETTLED_ACTIONS.includes(action.status) ? null : action.dueDate;
  await schedule(ctx, tx, 'WORKPLAN_ACTION', action.id, ACTION_THRESHOLDS, due, now);
}

async function answered(em: EntityManager, recommendationId: string): Promise<boolean> {
  const rows = await em
    .getConnection()
    .execute<{ n: string }[]>(
      'select count(*) as n from authority_response where recommendation_id = ?',
      [recommendationId],
      'all',
      em.getTransactionContext(),
    );
  return Number(rows[0]?.n ?? 0) > 0;
}

/** Whether the reminder still stands: the record exists, its date is the one scheduled, it is not settled. */
async function stillDue(em: EntityManager, payload: DeadlinePayload): Promise<boolean> {
  if (!isId(payload.subjectId)) return false;
  if (payload.kind === 'RECOMMENDATION') {
    const rec = await em.findOne(Recommendation, payload.subjectId, { fields: ['id', 'responseDueOn'] as never });
    return rec !== null && rec.responseDueOn === payload.dueOn && !(await answered(em, rec.id));
  }
  if (payload.kind === 'WORKPLAN_ACTION') {
    const action = await em.findOne(WorkplanAction, payload.subjectId, {
      fields: ['id', 'dueDate', 'status'] as never,
    });
    return action !== null && action.dueDate === payload.dueOn && !SETTLED_ACTIONS.includes(action.status);
  }
  return (
    (await em.count(Interviewee, { finding: payload.subjectId, atRisk: true, welfareCheckDueOn: payload.dueOn })) > 0
  );
}

/**
 * Takes up to `limit` other due `notify.deadline` jobs off the queue inside the caller's transaction:
 * deleted with `for update skip locked`, so no other worker takes them, and back in the queue if the
 * transaction rolls back (a crash, a kill -9). Their delivery commits, or not, with their removal.
 */
async function claimDueDeadlines(tx: EntityManager, limit: number): Promise<DeadlinePayload[]> {
  if (limit <= 0) return [];
  const rows = await tx.getConnection().execute<{ payload: unknown }[]>(
    `delete from graphile_worker._private_jobs j
      where j.id in (
        select c.id from graphile_worker._private_jobs c
          join graphile_worker._private_tasks t on t.id = c.task_id
         where t.identifier = 'notify.deadline' and c.is_available and c.run_at <= now()
         order by c.run_at, c.id
         limit ?
           for update of c skip locked)
      returning j.payload`,
    [limit],
    'all',
    tx.getTransactionContext(),
  );
  const out: DeadlinePayload[] = [];
  for (const row of rows) {
    const parsed = deadlinePayload.safeParse(row.payload);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** Which of these reminders still stand, with one statement per kind (welfare checks one at a time: rare). */
async function stillDueMany(em: EntityManager, payloads: readonly DeadlinePayload[]): Promise<DeadlinePayload[]> {
  const ids = (kind: DeadlinePayload['kind']) => [
    ...new Set(payloads.filter((p) => p.kind === kind && isId(p.subjectId)).map((p) => p.subjectId)),
  ];
  const conn = em.getConnection();
  const recIds = ids('RECOMMENDATION');
  const recs = new Map(
    (recIds.length
      ? await conn.execute<{ id: string; due: string; answered: boolean }[]>(
          `select r.id, to_char(r.response_due_on, 'YYYY-MM-DD') as due,
                  exists (select 1 from authority_response a where a.recommendation_id = r.id) as answered
             from recommendation r where r.id = any(?::uuid[])`,
          [`{${recIds.join(',')}}`],
          'all',
          em.getTransactionContext(),
        )
      : []
    ).map((r) => [r.id, r]),
  );
  const actionIds = ids('WORKPLAN_ACTION');
  const actions = new Map(
    (actionIds.length
      ? await conn.execute<{ id: string; due: string | null; status: string }[]>(
          `select id, to_char(due_date, 'YYYY-MM-DD') as due, status from workplan_action where id = any(?::uuid[])`,
          [`{${actionIds.join(',')}}`],
          'all',
          em.getTransactionContext(),
        )
      : []
    ).map((a) => [a.id, a]),
  );
  const out: DeadlinePayload[] = [];
  for (const payload of payloads) {
    if (payload.kind === 'RECOMMENDATION') {
      const rec = recs.get(payload.subjectId);
      if (rec && rec.due === payload.dueOn && !rec.answered) out.push(payload);
    } else if (payload.kind === 'WORKPLAN_ACTION') {
      const action = actions.get(payload.subjectId);
      if (action && action.due === payload.dueOn && !SETTLED_ACTIONS.includes(action.status)) out.push(payload);
    } else if (await stillDue(em, payload)) out.push(payload);
  }
  return out;
}

/**
 * The deadline job: delivers its reminder and up to NOTIFY_DEADLINE_BATCH − 1 other due ones in one
 * transaction (a burst costs a constant number of statements per batch, not per reminder), once per
 * recipient (the event key is the record, the threshold and the due date), whatever the number of times
 * or instances it runs on. Returns the notifications stored.
 */
export async function runDeadline(ctx: OperationContext, payload: DeadlinePayload): Promise<number> {
  const batch = ctx.services.env.NOTIFY_DEADLINE_BATCH;
  const { rows, announce } = await ctx.em.transactional(async (tx) => {
    const others = await claimDueDeadlines(tx as EntityManager, batch - 1);
    const due = await stillDueMany(tx as EntityManager, [payload, ...others]);
    const events = due.map((p) =>
      notifyPayload.parse({
        event: p.event,
        eventKey: `${p.event}:${p.subjectId}:${p.dueOn}`,
        subjectType: p.kind === 'WELFARE' ? 'FINDING' : p.kind,
        subjectId: p.subjectId,
      }),
    );
    return storeNotifications(ctx, tx as EntityManager, events);
  });
  await announce();
  return rows;
}
