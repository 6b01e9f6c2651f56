import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationEvent } from '@opcat/domain';
import { loadActor } from '../../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../../auth/session.ts';
import { demoUsers } from '../../db/demo-world.ts';
import { Organisation, User } from '../../db/entities/identity.ts';
import { Finding, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import type { NotificationSubjectType } from '../../db/entities/notification.ts';
import { ReprisalIncident } from '../../db/entities/reprisal.ts';
import { buildOperationContext } from '../../operation/build.ts';
import { CANARY_PATTERN, entitledCanaries, leakedCanaries, plantCanaries } from '../../test/canary-world.ts';
import { seededRandom } from '../../test/query-generator.ts';
import { connectRawGraphqlWs } from '../../test/raw-transport.ts';
import type { RawGraphqlWs } from '../../test/raw-transport.ts';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, GraphqlResponse, TestServer } from '../../test/server.ts';
import { NOTIFICATIONS } from '../../test/notification-helpers.ts';
import type { NotificationsData } from '../../test/notification-helpers.ts';
import { deliverNotification, occurrenceKey } from './deliver.ts';
import { sendDigest } from './digest.ts';
import type { NotifyPayload } from './deliver.ts';

const SEED = 20261206;
const RECEIVED = 'subscription { notificationReceived { notificationId event } }';

interface Viewer {
  email: string;
  userId: string;
  client: GraphqlClient;
  entitled: Set<string>;
  ws: RawGraphqlWs;
  frames: string[];
}

let server: TestServer;
let viewers: Viewer[] = [];
let delivered = 0;

/** Every planted record, sent every event that can name it, to audiences wider than its readers. */
async function deliverEverything(): Promise<void> {
  const em = server.orm.em.fork() as EntityManager;
  const [recommendations, findings, visits, incidents, organisations, users] = await Promise.all([
    em.find(Recommendation, {}),
    em.find(Finding, {}),
    em.find(Visit, {}),
    em.find(ReprisalIncident, {}),
    em.find(Organisation, {}),
    em.find(User, {}),
  ]);
  const everyone = users.map((u) => u.id);
  const events: NotifyPayload[] = [];
  const add = (event: NotificationEvent, subjectType: NotificationSubjectType, subjectId: string, extra = {}) =>
    events.push({ event, eventKey: occurrenceKey(event, subjectId), subjectType, subjectId, ...extra });
  for (const r of recommendations) {
    for (const event of [
      'RECOMMENDATION_ISSUED',
      'RESPONSE_OVERDUE',
      'STATE_STATUS_REPORTED',
      'MONITOR_STATUS_ASSESSED',
      'PUBLICATION_AUTHORISED',
    ] as const)
      add(event, 'RECOMMENDATION', r.id);
    // A comment mentioning everybody: only the record's readers may be told (decision 0034).
    add('MENTIONED', 'RECOMMENDATION', r.id, { audienceUserIds: everyone });
  }
  findings.forEach((f, i) => {
    // Shared "with" organisations that may not read it: the receive rule must still hold.
    for (const o of [organisations[i % organisations.length], organisations[(i + 5) % organisations.length]])
      if (o) add('RECORD_SHARED', 'FINDING', f.id, { audienceOrganisationId: o.id });
    add('RECORD_SHARE_WITHDRAWN', 'FINDING', f.id, {
      audienceOrganisationId: organisations[i % organisations.length]?.id,
    });
    add('WELFARE_CHECK_DUE', 'FINDING', f.id);
    add('MENTIONED', 'FINDING', f.id, { audienceUserIds: everyone });
    add('PUBLICATION_AUTHORISED', 'FINDING', f.id);
  });
  for (const v of visits) add('VISIT_TEAM_ADDED', 'VISIT', v.id, { audienceUserIds: everyone });
  for (const r of incidents) add('REPRISAL_NAMED', 'REPRISAL', r.id, { audienceUserIds: everyone });
  for (const payload of events) {
    const ctx = await buildOperationContext(server.services, {
      transport: 'job',
      actor: null,
      em: server.orm.em.fork() as EntityManager,
    });
    delivered += await deliverNotification(ctx, payload);
  }
}

beforeAll(async () => {
  server = await startTestServer();
  const world = await plantCanaries(server, seededRandom(SEED));
  viewers = await Promise.all(
    demoUsers.map(async ({ email }) => {
      const client = await signedIn(server, email);
      const cookie = client.cookie as string;
      const actor = await loadActor(
        server.orm.em.fork() as EntityManager,
        tokenFromCookieHeader(cookie),
        server.env.SESSION_SECRET,
      );
      if (!actor) throw new Error(`no actor for ${email}`);
      const frames: string[] = [];
      const ws = connectRawGraphqlWs(server, cookie, (frame) => frames.push(frame));
      ws.client.subscribe({ query: RECEIVED }, { next: () => {}, error: () => {}, complete: () => {} });
      return { email, userId: actor.userId, client, entitled: entitledCanaries(actor, world.canaries), ws, frames };
    }),
  );
  // Every live stream is open before the first delivery.
  const deadline = Date.now() + 10_000;
  while (viewers.some((v) => !v.frames.some((f) => f.includes('connection_ack'))) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => setTimeout(resolve, 300));
  await deliverEverything();
  await new Promise((resolve) => setTimeout(resolve, 1000));
}, 120_000);

afterAll(async () => {
  await Promise.all(viewers.map((v) => v.ws.dispose()));
  await server?.close();
});

async function allNotifications(viewer: Viewer): Promise<{ text: string; ids: string[] }> {
  let after: string | null = null;
  let text = '';
  const ids: string[] = [];
  for (let page = 0; page < 50; page++) {
    const res: GraphqlResponse<NotificationsData> = await viewer.client.request<NotificationsData>(NOTIFICATIONS, {
      limit: 200,
      after,
    });
    text += JSON.stringify(res);
    expect(res.errors).toBeUndefined();
    ids.push(...(res.data?.notifications.nodes ?? []).map((n) => n.id));
    after = res.data?.notifications.pageInfo.endCursor ?? null;
    if (!res.data?.notifications.pageInfo.hasNextPage) break;
  }
  return { text, ids };
}

describe('notifications in the canary world', () => {
  it('no stored notification nor live event carries a canary its recipient may not read', async () => {
    expect(delivered).toBeGreaterThan(0);
    let seenCanaries = 0;
    let live = 0;
    const leaks: string[] = [];
    for (const viewer of viewers) {
      const { text, ids } = await allNotifications(viewer);
      seenCanaries += (text.match(CANARY_PATTERN) ?? []).length;
      for (const leak of leakedCanaries(text, viewer.entitled)) leaks.push(`${viewer.email} (list): ${leak}`);
      const frames = viewer.frames.join('\n');
      for (const leak of leakedCanaries(frames, viewer.entitled)) leaks.push(`${viewer.email} (live): ${leak}`);
      // Every live event names a notification stored for this very viewer.
      const liveIds = [...frames.matchAll(/"notificationId":"([0-9a-f-]{36})"/g)].map((m) => m[1]);
      live += liveIds.length;
      for (const id of liveIds) expect(ids).toContain(id);
    }
    expect(leaks).toEqual([]);
    // The scan saw what it guards: titles of readable planted records were shown to their readers, live events flowed.
    expect(seenCanaries).toBeGreaterThan(0);
    expect(live).toBeGreaterThan(0);
    console.log(
      `canary scan: ${delivered} notifications delivered, ${live} live events, ${seenCanaries} entitled canaries shown`,
    );
  }, 60_000);

  it('the daily digest of every viewer carries no canary, and counts only what the viewer may read now', async () => {
    const em = server.orm.em.fork() as EntityManager;
    await em.getConnection().execute('update notification set digest_pending = true');
    let described = 0;
    for (const viewer of viewers) {
      const ctx = await buildOperationContext(server.services, {
        transport: 'job',
        actor: null,
        em: server.orm.em.fork() as EntityManager,
      });
      described += await sendDigest(ctx, viewer.userId, '2026-12-20');
    }
    const mails = await em
      .getConnection()
      .execute<{ recipient_id: string; subject: string; text_body: string | null; html_body: string | null }[]>(
        "select recipient_id, subject, text_body, html_body from mail_message where template = 'notificationDigest'",
      );
    expect(described).toBeGreaterThan(0);
    expect(mails.length).toBeGreaterThan(0);
    const leaks: string[] = [];
    for (const mail of mails) {
      const viewer = viewers.find((v) => v.userId === mail.recipient_id);
      const text = `${mail.subject}\n${mail.text_body ?? ''}\n${mail.html_body ?? ''}`;
      for (const leak of leakedCanaries(text, viewer?.entitled ?? new Set())) leaks.push(`${viewer?.email}: ${leak}`);
    }
    expect(leaks).toEqual([]);
  }, 60_000);
});
