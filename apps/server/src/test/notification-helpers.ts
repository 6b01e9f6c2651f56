import type { EntityManager } from '@mikro-orm/postgresql';
import { signedIn, startTestServer } from './server.ts';
import type { GraphqlClient, TestServer } from './server.ts';
import { demoIds } from './recommendation-fixtures.ts';

/**
 * Waits until the in-process deliveries started after commits are done and no notification job is due
 * (delivered, or failed for good: then throws with its error).
 */
export async function notificationsSettled(server: TestServer, timeoutMs = 20_000): Promise<void> {
  await server.services.immediateNotifications.idle();
  const em = server.ownerOrm.em.fork() as EntityManager;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await em.getConnection().execute<{ n: number; failing: string | null }[]>(
      `select count(*)::int as n, max(last_error) as failing from graphile_worker.jobs
          where (task_identifier like 'notify.%' or task_identifier = 'welfare.checkDue') and run_at <= now()`,
    );
    const row = rows[0];
    if (row?.failing) throw new Error(`a notification job failed: ${row.failing}`);
    if (!row || row.n === 0) return;
    if (Date.now() > deadline) throw new Error(`${row.n} notification jobs still due`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface StoredNotification {
  id: string;
  user_id: string;
  event: string;
  event_key: string;
  subject_type: string;
  subject_id: string | null;
}

/** The notification rows of one event type (read as the owner, around the app). */
export async function storedNotifications(server: TestServer, event?: string): Promise<StoredNotification[]> {
  const em = server.ownerOrm.em.fork() as EntityManager;
  return em.getConnection().execute<StoredNotification[]>(
    `select id, user_id, event, event_key, subject_type, subject_id from notification
        ${event ? 'where event = ?' : ''} order by created_at, id`,
    event ? [event] : [],
  );
}

export const NOTIFICATIONS = /* GraphQL */ `
  query Notifications($filter: NotificationFilter, $limit: Int, $after: String) {
    notifications(filter: $filter, limit: $limit, after: $after) {
      nodes {
        id
        event
        readAt
        available
        subjectType
        subjectId
        workplanId
        subjectTitle
        organisationName
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
    unreadNotificationCount
  }
`;

export interface NotificationNode {
  id: string;
  event: string;
  readAt: string | null;
  available: boolean;
  subjectType: string | null;
  subjectId: string | null;
  workplanId: string | null;
  subjectTitle: string | null;
  organisationName: string | null;
}

export interface NotificationsData {
  notifications: { nodes: NotificationNode[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
  unreadNotificationCount: number;
}

/** The set-up the notification tests share (`startNotificationTest`). */
export interface NotificationTest {
  server: TestServer;
  ids: Awaited<ReturnType<typeof demoIds>>;
  /** ana.mnp@demo.opcat, an ADMIN of the demo NPM. */
  ana: GraphqlClient;
  /** The users told of `event` about `subjectId`, sorted. */
  recipientsOf(event: string, subjectId: string): Promise<string[]>;
  /** When the job of that key is due (ISO in UTC), or null when there is none. */
  runAtOf(key: string): Promise<string | null>;
}

/**
 * A test server with the demo world, Ana signed in and what the demo seed queued delivered, so that
 * a test counts only the notifications its own events make.
 */
export async function startNotificationTest(options: { env?: Record<string, string> } = {}): Promise<NotificationTest> {
  const server = await startTestServer(options.env ? { env: options.env } : {});
  try {
    const ids = await demoIds(server);
    const ana = await signedIn(server, 'ana.mnp@demo.opcat');
    await notificationsSettled(server);
    return {
      server,
      ids,
      ana,
      recipientsOf: async (event, subjectId) =>
        (await storedNotifications(server, event))
          .filter((n) => n.subject_id === subjectId)
          .map((n) => n.user_id)
          .sort(),
      async runAtOf(key) {
        const rows = await (server.ownerOrm.em.fork() as EntityManager)
          .getConnection()
          .execute<{ run_at: string }[]>(
            `select to_char(run_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as run_at from graphile_worker.jobs where key = ?`,
            [key],
          );
        return rows[0]?.run_at ?? null;
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
