import { parseCronItems } from 'graphile-worker';
import type { CronItem, ParsedCronItem } from 'graphile-worker';
import { jobDefinition } from './registry.ts';
import type { JobName, JobPayload } from './registry.ts';

/** A job enqueued periodically by every runner's cron; PostgreSQL makes it once per tick across instances. */
export interface Schedule {
  job: JobName;
  /** A crontab pattern, in UTC: minute hour day-of-month month day-of-week. */
  match: string;
  payload: Record<string, unknown>;
  /** Ticks missed while no runner was up are made up at start for this long back (only the latest runs: one job key). */
  catchUpHours: number;
}

function schedule<N extends JobName>(
  job: N,
  match: string,
  payload: JobPayload<N>,
  options: { catchUpHours: number },
): Schedule {
  return { job, match, payload, catchUpHours: options.catchUpHours };
}

/** The periodic jobs. (A job here is also in registry.ts; its handler gets the operation context of any job.) */
export const schedules: Schedule[] = [
  schedule('sessions.purgeExpired', '17 3 * * *', {}, { catchUpHours: 24 }),
  // Notification jobs left locked by an instance that died run again within about a minute.
  schedule('notify.releaseStaleLocks', '* * * * *', {}, { catchUpHours: 0 }),
  // Daily e-mail digests at 06:00 in each person's time zone (decision 0042): every quarter of an hour the
  // people whose local 06:00 has come and who had no digest that local day; a missed tick is made up by the next.
  schedule('notify.digest', '*/15 * * * *', {}, { catchUpHours: 1 }),
  // Generated export and report files older than their retention period (24 h) go within the hour.
  schedule('files.purgeGenerated', '41 * * * *', {}, { catchUpHours: 2 }),
];

/** The schedules as graphile-worker's cron runs them (identifier = job name, keyed so catch-ups do not pile up). */
export function cronItems(list: Schedule[] = schedules): ParsedCronItem[] {
  return parseCronItems(
    list.map((item): CronItem => ({
      task: item.job,
      identifier: item.job,
      match: item.match,
      payload: item.payload,
      options: {
        backfillPeriod: item.catchUpHours * 60 * 60 * 1000,
        jobKey: `schedule:${item.job}`,
        jobKeyMode: 'replace',
        maxAttempts: jobDefinition(item.job).maxAttempts,
      },
    })),
  );
}
