import type { EntityManager } from '@mikro-orm/postgresql';
import { Recommendation } from '../../db/entities/monitoring.ts';
import { WorkplanAction } from '../../db/entities/workplan.ts';
import { createJobQueue } from '../../jobs/queue.ts';
import { scheduleActionDeadlines, scheduleResponseDeadlines } from './deadlines.ts';
import { notify } from './deliver.ts';

/**
 * The demo world's notifications go through the real path: in the seed's transaction, one delivery job
 * per demo recommendation (RECOMMENDATION_ISSUED: the policy picks the addressee's members who read it)
 * and the response and action reminders, scheduled like the commands schedule them. The job runner
 * delivers them once the server starts, so the ministry's admin has unread notifications at first sign-in.
 */
export async function seedDemoNotifications(tx: EntityManager): Promise<void> {
  await tx.flush();
  // A database migrated without the job queue (tools that seed straight after our migrations, e.g. the
  // benchmarks) gets the demo world without its notifications.
  const [queue] = await tx
    .getConnection()
    .execute<{ present: boolean }[]>(
      "select to_regnamespace('graphile_worker') is not null as present",
      [],
      'all',
      tx.getTransactionContext(),
    );
  if (!queue?.present) return;
  const ctx = { services: { jobs: createJobQueue() } };
  const recommendations = await tx.find(Recommendation, {}, { orderBy: { issuedOn: 'asc', id: 'asc' } });
  const answered = new Set(
    (
      await tx
        .getConnection()
        .execute<{ id: string }[]>(
          'select distinct recommendation_id as id from authority_response',
          [],
          'all',
          tx.getTransactionContext(),
        )
    ).map((r) => r.id),
  );
  for (const recommendation of recommendations) {
    await notify(ctx, tx, {
      event: 'RECOMMENDATION_ISSUED',
      eventKey: `RECOMMENDATION_ISSUED:${recommendation.id}:demo`,
      subjectType: 'RECOMMENDATION',
      subjectId: recommendation.id,
    });
    await scheduleResponseDeadlines(ctx, tx, recommendation, answered.has(recommendation.id));
    // Published with the State's authorisation (SPT-XV-2026-03): the SPT's team and the police hear of it.
    if (recommendation.publishedAt && recommendation.classification === 'PUBLIC') {
      await notify(ctx, tx, {
        event: 'PUBLICATION_AUTHORISED',
        eventKey: `PUBLICATION_AUTHORISED:${recommendation.id}`,
        subjectType: 'RECOMMENDATION',
        subjectId: recommendation.id,
      });
    }
  }
  for (const action of await tx.find(WorkplanAction, {})) {
    await notify(ctx, tx, {
      event: 'ACTION_ASSIGNED',
      eventKey: `ACTION_ASSIGNED:${action.id}:demo`,
      subjectType: 'WORKPLAN_ACTION',
      subjectId: action.id,
    });
    await scheduleActionDeadlines(ctx, tx, action);
  }
}
