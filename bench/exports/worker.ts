/**
 * One measurement of bench:exports in its own process (so each has its own peak RSS):
 * `export` writes the recommendations XLSX through the app's export path (read scope in SQL, the
 * policy per row, the per-owner audit entry); `plain` writes the same rows and columns with plain
 * exceljs from one unscoped SQL query, no authorization. Prints one JSON line.
 */
import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadEnv } from '../../apps/server/src/env.ts';
import { logger } from '../../apps/server/src/logger.ts';
import { createServices } from '../../apps/server/src/services.ts';
import { buildOperationContext } from '../../apps/server/src/operation/build.ts';
import { loadExportRequester } from '../../apps/server/src/modules/exports/job-actor.ts';
import { writeExport } from '../../apps/server/src/modules/exports/run-export.ts';
import type { ExportRequest } from '../../apps/server/src/modules/exports/run-export.ts';
import { exportJobForDownload, runExportJob } from '../../apps/server/src/modules/exports/export-job.ts';
import { ExportJob } from '../../apps/server/src/db/entities/export-job.ts';
import type { Services } from '../../apps/server/src/services.ts';
import { recordStatements } from '../../apps/server/src/test/statements.ts';
import { RECOMMENDATION_COLUMNS } from '../../apps/server/src/modules/exports/sources.ts';
import { protectCell } from '../../apps/server/src/modules/exports/cells.ts';
import { prepareReportDownload } from '../../apps/server/src/modules/report/download-report.ts';
import { includedRecordIds } from '../../apps/server/src/modules/report/model.ts';
import { openBenchOrm } from '../lists/database.ts';
import { pdfPages, plainReportPdf } from './plain-pdf.ts';

interface Config {
  visitId: string;
  /** An ADMIN of the organisation (the audit log's reader). */
  adminUserId: string;
  /** `job`: the recommendations filter of the job (its row count is the measurement's N). */
  jobFilter?: Record<string, unknown>;
  appUrl: string;
  ownerUrl: string;
  dataDir: string;
  userId: string;
  organisationId: string;
  out: string;
}

const mode = process.argv[2] as 'export' | 'plain' | 'report' | 'report-plain' | 'statements' | 'job';
const config = JSON.parse(process.env.BENCH_EXPORTS_CONFIG ?? '{}') as Config;

const PLAIN_SQL = `
  select r.id, r.reference, r.title, r.text, r.source, a.name as addressee, r.theme, r.level, r.priority,
         r.issued_on::text, r.target_date::text, r.response_due_on::text, r.acceptance, r.state_status,
         r.monitor_status, r.classification, o.name as owner
    from recommendation r
    join organisation a on a.id = r.addressee_id
    join organisation o on o.id = r.owner_organisation_id
   where r.owner_organisation_id = ?
   order by r.issued_on desc, r.reference asc, r.id asc`;

interface LiveHeap {
  stop(): { start: number; peak: number };
}

/**
 * The live heap (after a full collection) every 100 ms: what the process holds, not the garbage it
 * has not collected yet. A job that kept its file (or its rows) would grow it with the rows.
 */
function sampleLiveHeap(): LiveHeap {
  const gc = global.gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  const timer = setInterval(() => {
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      return { start, peak };
    },
  };
}

/** A long-export job (XLSX of the filter's recommendations) run at once as the NPM editor: its file goes sealed into PostgreSQL. */
async function exportJob(services: Services, em: EntityManager, c: Config, out: Writable): Promise<number> {
  const job = em.create(ExportJob, {
    requestedBy: c.userId,
    actingOrganisationId: c.organisationId,
    list: 'recommendations',
    format: 'xlsx',
    filter: c.jobFilter ?? {},
    fileName: 'bench.xlsx',
  });
  await em.flush();
  const ctx = await buildOperationContext(services, { transport: 'job', actor: null });
  await runExportJob(ctx, job.id);
  const done = await em.fork().findOneOrFail(ExportJob, job.id);
  if (done.status !== 'DONE') throw new Error(`the bench job ended ${done.status}: ${done.error ?? ''}`);
  // The file, for its size: opened back as its requester would download it.
  const actor = await loadExportRequester(em.fork() as EntityManager, c.userId, c.organisationId, 'bench');
  const asRequester = await buildOperationContext(services, { transport: 'http', actor });
  const file = await exportJobForDownload(asRequester, job.id);
  if (!file) throw new Error('the bench job file is not found');
  await pipeline(file.stream, out);
  return done.rowCount ?? 0;
}

/** The SQL statements of each list's export (every row the viewer reads), and its rows. */
async function statements(
  services: Services,
  c: Config,
): Promise<Record<string, { rows: number; statements: number }>> {
  const lists = ['places', 'visits', 'findings', 'recommendations', 'workplan-actions', 'audit-log'] as const;
  const result: Record<string, { rows: number; statements: number }> = {};
  for (const list of lists) {
    const userId = list === 'audit-log' ? c.adminUserId : c.userId;
    const actor = await loadExportRequester(services.orm.em.fork() as EntityManager, userId, c.organisationId, 'bench');
    if (!actor) throw new Error('no bench actor');
    const ctx = await buildOperationContext(services, { transport: 'http', actor });
    const filter = list === 'audit-log' ? { organisationId: c.organisationId } : {};
    const { result: written, statements: sent } = await recordStatements(() =>
      writeExport(ctx, { list, format: 'csv', filter } as ExportRequest, new PassThrough().resume()),
    );
    result[list] = { rows: written.rowCount, statements: sent.length };
  }
  return result;
}

async function main(): Promise<void> {
  const env = loadEnv({
    NODE_ENV: 'test',
    SESSION_SECRET: 'bench-exports-session-secret-0123456789abcdef',
    AUDIT_KEY: 'bench-exports-audit-key-0123456789abcdef',
    DATA_DIR: config.dataDir,
    PORT: '0',
    DATABASE_URL: config.appUrl,
    DATABASE_OWNER_URL: config.ownerUrl,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'error',
  });
  logger.level = 'error';
  const orm = await openBenchOrm(config.appUrl, 4);
  const services = createServices(orm, env);
  const out = createWriteStream(config.out);
  let rows = 0;
  // Warm the connection pool and the modules, then measure from here.
  await orm.em.getConnection().execute('select 1');
  global.gc?.();
  const rssStart = process.memoryUsage().rss;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  if (mode === 'statements') {
    console.log(JSON.stringify(await statements(services, config)));
    await services.dispose();
    await orm.close(true);
    return;
  }
  let liveHeap: LiveHeap | null = null;
  if (mode === 'job') {
    liveHeap = sampleLiveHeap();
    rows = await exportJob(services, orm.em.fork() as EntityManager, config, out);
  } else if (mode === 'export') {
    const actor = await loadExportRequester(
      orm.em.fork() as EntityManager,
      config.userId,
      config.organisationId,
      'bench',
    );
    if (!actor) throw new Error('no bench actor');
    const ctx = await buildOperationContext(services, { transport: 'http', actor });
    ({ rowCount: rows } = await writeExport(ctx, { list: 'recommendations', format: 'xlsx', filter: {} }, out));
  } else if (mode === 'report') {
    const actor = await loadExportRequester(
      orm.em.fork() as EntityManager,
      config.userId,
      config.organisationId,
      'bench',
    );
    if (!actor) throw new Error('no bench actor');
    const ctx = await buildOperationContext(services, { transport: 'http', actor });
    const download = await prepareReportDownload(
      ctx,
      { visitId: config.visitId, version: 'CONFIDENTIAL', language: 'es' },
      'pdf',
    );
    if (!download) throw new Error('the bench visit report is not found');
    await download.render(out);
    const included = includedRecordIds(download.model);
    rows = included.findings.length + included.recommendations.length;
  } else if (mode === 'report-plain') {
    rows = await plainReportPdf(orm.em.fork() as EntityManager, config.visitId, out);
  } else {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const sheet = workbook.addWorksheet('recommendations');
    sheet.addRow([...RECOMMENDATION_COLUMNS]).commit();
    const all = await orm.em
      .getConnection()
      .execute<Record<string, string | null>[]>(PLAIN_SQL, [config.organisationId]);
    for (const row of all) {
      sheet.addRow(Object.values(row).map(protectCell)).commit();
      rows++;
    }
    sheet.commit();
    await workbook.commit();
  }
  if (!out.closed) await once(out, 'close');
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpuStart);
  const cpuMs = (used.user + used.system) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const heap = liveHeap?.stop();
  console.log(
    JSON.stringify({
      mode,
      ms,
      cpuMs,
      rows,
      bytes: statSync(config.out).size,
      pages: config.out.endsWith('.pdf') ? pdfPages(config.out) : undefined,
      rssStart,
      peakRss,
      growth: peakRss - rssStart,
      ...(heap ? { liveHeapStart: heap.start, liveHeapPeak: heap.peak } : {}),
    }),
  );
  await services.dispose();
  await orm.close(true);
}

await main();
