import type { QueryResult } from '@mikro-orm/core';
import type { OperationContext } from '../../operation/context.ts';

/**
 * How long a generated file (a long export, a large annual report) is kept for its requester to
 * download. The files hold what the requester could read when they asked — possibly confidential
 * — so they are not kept beyond the time it takes to fetch them.
 */
export const GENERATED_FILE_RETENTION_HOURS = 24;

/**
 * Deletes export and report jobs that finished (DONE or FAILED) more than the retention period
 * ago, files and all: a later download answers NOT_FOUND, exactly like a job that never existed.
 * Jobs still queued or running are left alone. Returns how many were deleted of each kind.
 */
export async function purgeGeneratedFiles(
  ctx: OperationContext,
  retentionHours = GENERATED_FILE_RETENTION_HOURS,
): Promise<{ exports: number; reports: number }> {
  const connection = ctx.em.getConnection();
  const purge = (table: 'export_job' | 'annual_report_job') =>
    connection.execute<QueryResult>(
      `delete from ${table}
         where status in ('DONE', 'FAILED') and finished_at < now() - make_interval(hours => ?)`,
      [retentionHours],
      'run',
    );
  const [exports, reports] = await Promise.all([purge('export_job'), purge('annual_report_job')]);
  return { exports: exports.affectedRows, reports: reports.affectedRows };
}
