import type { EntityManager } from '@mikro-orm/postgresql';
import type { TestServer } from './server.ts';

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
