import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { connectGraphqlWs, operate, signedIn } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import {
  insertFinding,
  insertPlace,
  ISSUE,
  issueInput,
  RECORD_STATUS,
  RESPOND,
} from '../../test/recommendation-fixtures.ts';
import type { PayloadData } from '../../test/recommendation-fixtures.ts';
import {
  NOTIFICATIONS,
  notificationsSettled,
  startNotificationTest,
  storedNotifications,
} from '../../test/notification-helpers.ts';
import type { NotificationsData, NotificationTest } from '../../test/notification-helpers.ts';
import { queuedWithKey } from '../../test/jobs.ts';
import { buildOperationContext } from '../../operation/build.ts';
import { todayUtc } from '../recommendation/dates.ts';
import { loadActor } from '../../auth/load-actor.ts';
import { SESSION_COOKIE } from '../../auth/session.ts';
import { Session } from '../../db/entities/identity.ts';
import { ACTOR_REFRESH_MS } from '../workplan/workplan-fanout.ts';
import { notificationFanout } from './notification-fanout.ts';
import { deadlineJobKey, runDeadline } from './deadlines.ts';

const SHARE = /* GraphQL */ `
  mutation Share($input: ShareRecordInput!) {
    shareRecord(input: $input) {
      userErrors {
        code
      }
    }
  }
`;
const CHANGE_ROLE = /* GraphQL */ `
  mutation Role($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      userErrors {
        code
      }
    }
  }
`;
const MARK = /* GraphQL */ `
  mutation Mark($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      marked
      unreadCount
    }
  }
`;
const MARK_ALL = /* GraphQL */ `
  mutation MarkAll {
    markAllNotificationsRead {
      marked
      unreadCount
    }
  }
`;
const PREFERENCES = /* GraphQL */ `
  mutation Prefs($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      preferences {
        emailDigest
        channels {
          event
          inApp
          email
        }
      }
      userErrors {
        code
      }
    }
  }
`;
const RECEIVED = /* GraphQL */ `
  subscription {
    notificationReceived {
      notificationId
      event
    }
  }
`;

let server: TestServer;
let ids: NotificationTest['ids'];
let recipientsOf: NotificationTest['recipientsOf'];
let ana: GraphqlClient;
let fernando: GraphqlClient;
let diego: GraphqlClient;
let gabriela: GraphqlClient;

async function issue(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await ana.request<{ issueRecommendation: PayloadData }>(ISSUE, {
    input: { ...issueInput(ids.organisation('ministry')), ownerOrganisationId: ids.organisation('npm'), ...overrides },
  });
  const id = res.data?.issueRecommendation.recommendation?.id;
  if (!id) throw new Error(`issue failed: ${JSON.stringify(res.errors ?? res.data)}`);
  return id;
}

beforeAll(async () => {
  ({ server, ids, ana, recipientsOf } = await startNotificationTest());
  [fernando, diego, gabriela] = await Promise.all([
    signedIn(server, 'fernando.minjus@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
    signedIn(server, 'gabriela.policia@demo.opcat'),
  ]);
});
afterAll(() => server.close());

describe('notifications: who receives each event', () => {
  it('the demo ministry admin has unread notifications at first sign-in, delivered by the jobs the seed queued', async () => {
    await notificationsSettled(server);
    const seen = (await fernando.request<NotificationsData>(NOTIFICATIONS, { filter: { read: false } })).data;
    expect(seen?.unreadNotificationCount).toBeGreaterThan(0);
    expect(seen?.notifications.nodes.every((n) => n.available && n.subjectTitle)).toBe(true);
    // Police members are told of what concerns the police and they read, nothing addressed to the ministry.
    const police = (await gabriela.request<NotificationsData>(NOTIFICATIONS, {})).data;
    const ministryIds = new Set(seen?.notifications.nodes.map((n) => n.subjectId));
    for (const n of police?.notifications.nodes ?? []) {
      expect(n.available).toBe(true);
      expect(ministryIds.has(n.subjectId)).toBe(false);
    }
  });

  it('a recommendation issued to the ministry reaches its members only, and its reminders are scheduled', async () => {
    const id = await issue({ issuedOn: todayUtc() });
    await notificationsSettled(server);
    expect(await recipientsOf('RECOMMENDATION_ISSUED', id)).toEqual([ids.user('fernando.minjus@demo.opcat')]);
    const em = server.orm.em.fork() as EntityManager;
    for (const event of ['RESPONSE_DUE_14', 'RESPONSE_DUE_7', 'RESPONSE_DUE_1', 'RESPONSE_OVERDUE'] as const)
      expect(await queuedWithKey(em, deadlineJobKey('RECOMMENDATION', id, event))).toBe(1);

    // Answering removes every pending reminder.
    const res = await fernando.request<{ recordAuthorityResponse: PayloadData }>(RESPOND, {
      input: { recommendationId: id, respondedOn: todayUtc(), text: 'Acuse de recibo', acceptance: 'NOTED' },
    });
    expect(res.data?.recordAuthorityResponse.userErrors).toEqual([]);
    for (const event of ['RESPONSE_DUE_14', 'RESPONSE_DUE_7', 'RESPONSE_DUE_1', 'RESPONSE_OVERDUE'] as const)
      expect(await queuedWithKey(em, deadlineJobKey('RECOMMENDATION', id, event))).toBe(0);
  });

  it('an overdue response is notified to the addressee once, however often its job runs', async () => {
    const id = await issue({ issuedOn: '2026-01-05' });
    await notificationsSettled(server);
    const fernandoId = ids.user('fernando.minjus@demo.opcat');
    expect(await recipientsOf('RESPONSE_OVERDUE', id)).toEqual([fernandoId]);
    // Reminders whose day passed are not sent late.
    expect(await recipientsOf('RESPONSE_DUE_7', id)).toEqual([]);
    const rec = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ response_due_on: string }[]>(
        "select to_char(response_due_on, 'YYYY-MM-DD') as response_due_on from recommendation where id = ?",
        [id],
      );
    const payload = {
      kind: 'RECOMMENDATION' as const,
      subjectId: id,
      event: 'RESPONSE_OVERDUE' as const,
      dueOn: rec[0]?.response_due_on ?? '',
    };
    const again = await Promise.all(
      [1, 2, 3].map(async () =>
        runDeadline(
          await buildOperationContext(server.services, {
            transport: 'job',
            actor: null,
            em: server.orm.em.fork() as EntityManager,
          }),
          payload,
        ),
      ),
    );
    expect(again).toEqual([0, 0, 0]);
    expect(await recipientsOf('RESPONSE_OVERDUE', id)).toEqual([fernandoId]);
  });

  it('the State reporting a status tells the monitor; the monitor’s assessment tells the State', async () => {
    const id = await issue({ issuedOn: todayUtc() });
    const status = (client: GraphqlClient, perspective: string) =>
      client.request(RECORD_STATUS, {
        input: { recommendationId: id, perspective, status: 'IN_PROGRESS', effectiveOn: todayUtc() },
      });
    await status(fernando, 'STATE_REPORTED');
    await status(ana, 'MONITOR_ASSESSED');
    await notificationsSettled(server);
    expect(await recipientsOf('STATE_STATUS_REPORTED', id)).toEqual(
      [ids.user('ana.mnp@demo.opcat'), ids.user('bruno.mnp@demo.opcat')].sort(),
    );
    expect(await recipientsOf('MONITOR_STATUS_ASSESSED', id)).toEqual([ids.user('fernando.minjus@demo.opcat')]);
  });

  it('a share reaches the organisation shared with; once withdrawn, both notifications show nothing of the record', async () => {
    const npm = ids.organisation('npm');
    const anaId = ids.user('ana.mnp@demo.opcat');
    const placeId = await insertPlace(server, {
      ownerOrganisationId: npm,
      createdById: anaId,
      name: 'Centro Penal La Esperanza',
      type: 'PRISON',
      responsibleAuthorityId: ids.organisation('ministry'),
    });
    const findingId = await insertFinding(server, {
      ownerOrganisationId: npm,
      createdById: anaId,
      placeId,
      title: 'Hacinamiento en el módulo B',
    });
    const share = (organisationIds: string[]) =>
      ana.request(SHARE, { input: { recordType: 'FINDING', recordId: findingId, organisationIds } });
    await share([ids.organisation('cso1')]);
    await notificationsSettled(server);
    const diegoId = ids.user('diego.voces@demo.opcat');
    expect(await recipientsOf('RECORD_SHARED', findingId)).toEqual([diegoId]);
    let seen = (await diego.request<NotificationsData>(NOTIFICATIONS, { filter: { events: ['RECORD_SHARED'] } })).data;
    expect(seen?.notifications.nodes[0]).toMatchObject({
      available: true,
      subjectType: 'FINDING',
      subjectId: findingId,
      subjectTitle: 'Hacinamiento en el módulo B',
    });

    await share([]);
    await notificationsSettled(server);
    expect(await recipientsOf('RECORD_SHARE_WITHDRAWN', findingId)).toEqual([diegoId]);
    seen = (await diego.request<NotificationsData>(NOTIFICATIONS, {})).data;
    const about = seen?.notifications.nodes.filter((n) =>
      ['RECORD_SHARED', 'RECORD_SHARE_WITHDRAWN'].includes(n.event),
    );
    expect(about).toHaveLength(2);
    for (const n of about ?? [])
      expect(n).toMatchObject({ available: false, subjectType: null, subjectId: null, subjectTitle: null });
    expect(JSON.stringify(seen)).not.toContain('Hacinamiento');
    expect(JSON.stringify(seen)).not.toContain(findingId);
  });

  it('a role change is told to that person only, with the organisation', async () => {
    const em = server.ownerOrm.em.fork() as EntityManager;
    const [membership] = await em
      .getConnection()
      .execute<{ id: string }[]>('select id from membership where user_id = ? and organisation_id = ?', [
        ids.user('bruno.mnp@demo.opcat'),
        ids.organisation('npm'),
      ]);
    await ana.request(CHANGE_ROLE, { input: { membershipId: membership?.id, role: 'CONTRIBUTOR' } });
    await ana.request(CHANGE_ROLE, { input: { membershipId: membership?.id, role: 'EDITOR' } });
    await notificationsSettled(server);
    const rows = (await storedNotifications(server, 'ROLE_CHANGED')).map((n) => n.user_id);
    expect(rows).toEqual([ids.user('bruno.mnp@demo.opcat'), ids.user('bruno.mnp@demo.opcat')]);
    const bruno = await signedIn(server, 'bruno.mnp@demo.opcat');
    const seen = (await bruno.request<NotificationsData>(NOTIFICATIONS, { filter: { events: ['ROLE_CHANGED'] } })).data;
    expect(seen?.notifications.nodes[0]).toMatchObject({ available: true, organisationName: expect.any(String) });
  });
});

describe('the notification centre over GraphQL', () => {
  it('pages newest first, filters, counts unread and marks read (only one’s own)', async () => {
    await issue({ issuedOn: todayUtc() });
    await issue({ issuedOn: todayUtc() });
    await notificationsSettled(server);
    const all = (await fernando.request<NotificationsData>(NOTIFICATIONS, { limit: 200 })).data;
    const total = all?.notifications.nodes.length ?? 0;
    expect(total).toBeGreaterThanOrEqual(4);
    expect(all?.unreadNotificationCount).toBe(total);

    const first = (await fernando.request<NotificationsData>(NOTIFICATIONS, { limit: 2 })).data;
    const second = (
      await fernando.request<NotificationsData>(NOTIFICATIONS, {
        limit: 2,
        after: first?.notifications.pageInfo.endCursor,
      })
    ).data;
    expect(first?.notifications.pageInfo.hasNextPage).toBe(true);
    const pageIds = [...(first?.notifications.nodes ?? []), ...(second?.notifications.nodes ?? [])].map((n) => n.id);
    expect(pageIds).toEqual(all?.notifications.nodes.slice(0, 4).map((n) => n.id));

    const one = all?.notifications.nodes[0]?.id as string;
    // Someone else's ids are ignored like missing ones.
    expect((await diego.request<{ markNotificationsRead: { marked: number } }>(MARK, { ids: [one] })).data).toEqual({
      markNotificationsRead: { marked: 0, unreadCount: expect.any(Number) },
    });
    const marked = await fernando.request<{ markNotificationsRead: { marked: number; unreadCount: number } }>(MARK, {
      ids: [one],
    });
    expect(marked.data?.markNotificationsRead).toEqual({ marked: 1, unreadCount: total - 1 });
    const unread = (await fernando.request<NotificationsData>(NOTIFICATIONS, { filter: { read: false }, limit: 200 }))
      .data;
    expect(unread?.notifications.nodes.map((n) => n.id)).not.toContain(one);
    const read = (await fernando.request<NotificationsData>(NOTIFICATIONS, { filter: { read: true } })).data;
    expect(read?.notifications.nodes.map((n) => n.id)).toEqual([one]);
    const everything = await fernando.request<{ markAllNotificationsRead: { unreadCount: number } }>(MARK_ALL);
    expect(everything.data?.markAllNotificationsRead.unreadCount).toBe(0);
  });

  it('an event muted in the app is not stored for that person; preferences keep the e-mail channel and digest', async () => {
    const res = await fernando.request<{
      updateNotificationPreferences: {
        preferences: { emailDigest: string; channels: { event: string; inApp: boolean; email: boolean }[] };
      };
    }>(PREFERENCES, {
      input: {
        channels: [{ event: 'RECOMMENDATION_ISSUED', inApp: false, email: false }],
        emailDigest: 'DAILY',
      },
    });
    const prefs = res.data?.updateNotificationPreferences.preferences;
    expect(prefs?.emailDigest).toBe('DAILY');
    expect(prefs?.channels.find((c) => c.event === 'RECOMMENDATION_ISSUED')).toEqual({
      event: 'RECOMMENDATION_ISSUED',
      inApp: false,
      email: false,
    });
    const id = await issue({ issuedOn: todayUtc() });
    await notificationsSettled(server);
    expect(await recipientsOf('RECOMMENDATION_ISSUED', id)).toEqual([]);
    await fernando.request(PREFERENCES, {
      input: { channels: [{ event: 'RECOMMENDATION_ISSUED', inApp: true, email: false }] },
    });
  });

  it('an event chosen by e-mail sends one mail in the recipient’s language that names nothing of the record', async () => {
    await fernando.request(PREFERENCES, {
      input: { channels: [{ event: 'RECOMMENDATION_ISSUED', inApp: true, email: true }], emailDigest: 'IMMEDIATE' },
    });
    try {
      const id = await issue({ issuedOn: todayUtc() });
      await notificationsSettled(server);
      const [notification] = await server.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string }[]>(
          `select n.id from notification n join user_account u on u.id = n.user_id
           where n.subject_id = ? and u.email = 'fernando.minjus@demo.opcat'`,
          [id],
        );
      expect(notification).toBeDefined();
      const mails = await server.orm.em
        .fork()
        .getConnection()
        .execute<{ subject: string; text_body: string; template: string }[]>(
          `select m.subject, m.text_body, m.template from mail_message m join user_account u on u.id = m.recipient_id
           where u.email = 'fernando.minjus@demo.opcat' and m.template = 'notification'`,
        );
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toBe('Tiene una notificación nueva en opcat-hub');
      expect(mails[0]?.text_body).toContain('/notifications');
      const [recommendation] = await server.orm.em
        .fork()
        .getConnection()
        .execute<{ title: string; reference: string }[]>('select title, reference from recommendation where id = ?', [
          id,
        ]);
      expect(mails[0]?.text_body).not.toContain(recommendation?.title);
      expect(mails[0]?.text_body).not.toContain(recommendation?.reference);
    } finally {
      await fernando.request(PREFERENCES, {
        input: { channels: [{ event: 'RECOMMENDATION_ISSUED', inApp: true, email: false }] },
      });
    }
  });

  it('notificationReceived carries ids to the recipient only, live', async () => {
    const live = connectGraphqlWs(server, fernando.cookie);
    const other = connectGraphqlWs(server, gabriela.cookie);
    const mine = operate<{ notificationReceived: { notificationId: string; event: string } }>(live.client, RECEIVED);
    const theirs = operate<{ notificationReceived: { notificationId: string } }>(other.client, RECEIVED);
    await Promise.all([live.connected, other.connected]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const id = await issue({ issuedOn: todayUtc() });
    const got = await mine.next(10_000);
    const stored = (await storedNotifications(server, 'RECOMMENDATION_ISSUED')).find((n) => n.subject_id === id);
    expect(got.data?.notificationReceived).toEqual({ notificationId: stored?.id, event: 'RECOMMENDATION_ISSUED' });
    expect(JSON.stringify(got)).not.toContain(id);
    await expect(theirs.next(500)).rejects.toThrow();
    mine.dispose();
    theirs.dispose();
    await Promise.all([live.dispose(), other.dispose()]);
  });

  it('a live stream whose session ran out in the database ends at the next event; the others still receive', async () => {
    const [stays, leaves] = await Promise.all([
      signedIn(server, 'fernando.minjus@demo.opcat'),
      signedIn(server, 'fernando.minjus@demo.opcat'),
    ]);
    const sockets = [connectGraphqlWs(server, stays.cookie), connectGraphqlWs(server, leaves.cookie)];
    const [kept, ended] = sockets.map((socket) =>
      operate<{ notificationReceived: { notificationId: string } }>(socket.client, RECEIVED),
    );
    await Promise.all(sockets.map((socket) => socket.connected));
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The session runs out in the database only (no revocation, no bus event): the fan-out's re-read,
    // due at once here instead of after ACTOR_REFRESH_MS, finds it gone.
    const token = (leaves.cookie ?? '').replace(`${SESSION_COOKIE}=`, '');
    const actor = await loadActor(server.orm.em.fork() as EntityManager, token, server.env.SESSION_SECRET);
    await server.orm.em
      .fork()
      .nativeUpdate(Session, { id: actor?.sessionId }, { expiresAt: new Date(Date.now() - 1000) });
    const fanout = notificationFanout(server.services);
    fanout.actorRefreshMs = 0;
    try {
      await issue({ issuedOn: todayUtc() });
      expect((await kept!.next(10_000)).data?.notificationReceived.notificationId).toEqual(expect.any(String));
      expect(await ended!.done).toEqual({});
    } finally {
      fanout.actorRefreshMs = ACTOR_REFRESH_MS;
      kept!.dispose();
      ended!.dispose();
      await Promise.all(sockets.map((socket) => socket.dispose()));
    }
  });
});
