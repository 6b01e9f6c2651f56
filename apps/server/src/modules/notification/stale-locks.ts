import type { EntityManager } from '@mikro-orm/postgresql';
import { logger } from '../../logger.ts';

/**
 * Releases notification jobs locked longer than `seconds` (their worker was killed: graphile-worker would
 * wait 4 hours). Safe because delivery is idempotent: at worst a job still running elsewhere runs twice
 * and inserts nothing the second time. Returns how many were released.
 */
export async function releaseStaleNotificationLocks(em: EntityManager, seconds: number): Promise<number> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `update graphile_worker._private_jobs j
        set locked_at = null, locked_by = null
       from graphile_worker._private_tasks t
      where t.id = j.task_id and (t.identifier like 'notify.%' or t.identifier = 'welfare.checkDue')
        and j.locked_at is not null and j.locked_at < now() - make_interval(secs => ?)
      returning j.id`,
    [seconds],
  );
  if (rows.length) logger.warn({ released: rows.length }, 'released notification jobs of a worker that died');
  return rows.length;
}
