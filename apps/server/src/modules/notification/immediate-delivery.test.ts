import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { connectGraphqlWs, operate, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import { demoIds, ISSUE, issueInput } from '../../test/recommendation-fixtures.ts';
import type { PayloadData } from '../../test/recommendation-fixtures.ts';
import { notificationsSettled, storedNotifications } from '../../test/notification-helpers.ts';
import { queuedWithKey } from '../../test/jobs.ts';
import { buildOperationContext } from '../../operation/build.ts';
import { todayUtc } from '../recommendation/dates.ts';
import { deliverJobKey, deliverNotification, notifyPayload } from './deliver.ts';

const RECEIVED = /* GraphQL */ `
  subscription {
    notificationReceived {
      notificationId
      event
    }
  }
`;

/** The fallback job waits this long (decision 0042); short here so that the test sees it run. */
const FALLBACK_SECONDS = 2;

let server: TestServer;
let ids: Awaited<ReturnType<typeof demoIds>>;
let ana: GraphqlClient;
let fernando: GraphqlClient;

async function issue(): Promise<string> {
  const res = await ana.request<{ issueRecommendation: PayloadData }>(ISSUE, {
    input: {
      ...issueInput(ids.organisation('ministry')),
      ownerOrganisationId: ids.organisation('npm'),
      issuedOn: todayUtc(),
    },
  });
  const id = res.data?.issueRecommendation.recommendation?.id;
  if (!id) throw new Error(`issue failed: ${JSON.stringify(res.errors ?? res.data)}`);
  return id;
}

const issuedTo = async (subjectId: string) =>
  (await storedNotifications(server, 'RECOMMENDATION_ISSUED')).filter((n) => n.subject_id === subjectId);

const em = () => server.orm.em.fork() as EntityManager;

beforeAll(async () => {
  server = await startTestServer({ env: { NOTIFY_FALLBACK_DELAY_SECONDS: String(FALLBACK_SECONDS) } });
  ids = await demoIds(server);
  [ana, fernando] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'fernando.minjus@demo.opcat'),
  ]);
  await notificationsSettled(server);
}, 60_000);
afterAll(() => server.close());

describe('notifications delivered in-process after the commit, the job as fallback (decision 0042)', () => {
  it('the instance that ran the command delivers at once and removes the fallback job in the same transaction', async () => {
    const id = await issue();
    await server.services.immediateNotifications.idle();
    // Before the fallback job could even have run.
    const rows = await issuedTo(id);
    expect(rows.map((r) => r.user_id)).toEqual([ids.user('fernando.minjus@demo.opcat')]);
    expect(await queuedWithKey(em(), deliverJobKey(rows[0]!.event_key))).toBe(0);
  });

  it('the in-process path killed right after the commit: the job delivers, once, and announces once', async () => {
    const live = connectGraphqlWs(server, fernando.cookie);
    const received = operate<{ notificationReceived: { notificationId: string; event: string } }>(
      live.client,
      RECEIVED,
    );
    await live.connected;
    await new Promise((resolve) => setTimeout(resolve, 200));
    const spy = vi
      .spyOn(server.services.immediateNotifications, 'deliver')
      .mockRejectedValueOnce(new Error('killed between the commit and the delivery'));
    try {
      const id = await issue();
      await server.services.immediateNotifications.idle();
      expect(spy).toHaveBeenCalledTimes(1);
      // Nothing delivered yet; the job waits in the queue, committed with the recommendation.
      expect(await issuedTo(id)).toEqual([]);
      const [job] = await em()
        .getConnection()
        .execute<{ key: string }[]>(
          "select key from graphile_worker.jobs where task_identifier = 'notify.deliver' and key like ?",
          [`notify:RECOMMENDATION_ISSUED:${id}:%`],
        );
      expect(job).toBeDefined();

      // The job runs once its delay has passed and delivers.
      const got = await received.next(FALLBACK_SECONDS * 1000 + 15_000);
      await notificationsSettled(server);
      const rows = await issuedTo(id);
      expect(rows.map((r) => r.user_id)).toEqual([ids.user('fernando.minjus@demo.opcat')]);
      expect(got.data?.notificationReceived).toEqual({ notificationId: rows[0]?.id, event: 'RECOMMENDATION_ISSUED' });
      expect(await queuedWithKey(em(), job!.key)).toBe(0);

      // Both paths again, even at the same time (a late in-process run, a job run twice): nothing more.
      const payload = notifyPayload.parse({
        event: 'RECOMMENDATION_ISSUED',
        eventKey: job!.key.slice('notify:'.length),
        subjectType: 'RECOMMENDATION',
        subjectId: id,
      });
      const ctx = await buildOperationContext(server.services, { transport: 'job', actor: null });
      const [, again] = await Promise.all([
        server.services.immediateNotifications.deliver([payload]),
        deliverNotification(ctx, payload),
      ]);
      expect(again).toBe(0);
      expect(await issuedTo(id)).toHaveLength(1);
      await expect(received.next(500)).rejects.toThrow();
    } finally {
      spy.mockRestore();
      received.dispose();
      await live.dispose();
    }
  });
});
