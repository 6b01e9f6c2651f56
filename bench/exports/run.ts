/**
 * One-command benchmark of list exports: `npm run bench:exports` (from the repo root).
 *
 * A fresh database `bench_exports` on the system PostgreSQL (migrated and seeded as the app does),
 * BENCH_EXPORT_ROWS (default 10,000) recommendations owned by the Costa Verde NPM; then, in the same
 * run and each in its own process (worker.ts), BENCH_RUNS (default 3) alternating runs of the XLSX
 * export through the app's path as an NPM editor, and of the same rows written with plain exceljs
 * from one unscoped query. Reports the median time, the peak RSS and its growth over the process's
 * RSS when the export started. Writes its section of docs/benchmarks.md.
 *
 * The visit report PDF: a visit with BENCH_REPORT_FINDINGS findings and BENCH_REPORT_RECOMMENDATIONS
 * recommendations (64 and 64 by default: about 40 pages), its CONFIDENTIAL version rendered through
 * the app's path as the NPM editor, against the same text written with plain pdfkit (plain-pdf.ts).
 * BENCH_CPU_PROF=dir writes a V8 CPU profile of each app-path run there.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv } from '../../apps/server/src/env.ts';
import { logger } from '../../apps/server/src/logger.ts';
import { insertEveryList, insertLongVisit, insertRecommendations } from '../../apps/server/src/test/export-fixtures.ts';
import { appendAuditEntries } from '../../apps/server/src/modules/audit/append-audit.ts';
import { Place } from '../../apps/server/src/db/entities/monitoring.ts';
import { Organisation, User } from '../../apps/server/src/db/entities/identity.ts';
import { writeBenchSection } from '../section.ts';
import { median } from '../shared.ts';
import { adminExecute, createBenchDatabase, openBenchOrm } from '../lists/database.ts';

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 10_000);
/** The long visit of the report PDF (about 40 pages with the defaults). */
const REPORT_FINDINGS = Number(process.env.BENCH_REPORT_FINDINGS ?? 64);
const REPORT_RECOMMENDATIONS = Number(process.env.BENCH_REPORT_RECOMMENDATIONS ?? 64);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const NAME = 'bench_exports';
/** BENCH_CPU_PROF=dir: each export run writes a V8 CPU profile there (`node --cpu-prof`), to see where the time goes. */
const PROFILE_DIR = process.env.BENCH_CPU_PROF;
const MB = 1024 * 1024;
const log = (line: string) => console.log(`bench: ${line}`);

type Mode = 'export' | 'plain' | 'report' | 'report-plain' | 'job-small' | 'job';
const MODES: readonly Mode[] = ['plain', 'export', 'report-plain', 'report', 'job-small', 'job'];
/** The job's memory is not a timing: measured in the first run only (its sampling collects every 100 ms). */
const ONCE: readonly Mode[] = ['job-small', 'job'];
/** Rows of the small job (its filter, accepted and on safeguards, matches one recommendation in ten). */
const SMALL_JOB_ROWS = Math.min(1000, ROWS);

interface Measurement {
  mode: Mode;
  pages?: number;
  /** This process's CPU time (user + system) during the measurement: less disturbed by a busy machine than the wall time. */
  cpuMs: number;
  ms: number;
  rows: number;
  bytes: number;
  liveHeapStart?: number;
  liveHeapPeak?: number;
  rssStart: number;
  peakRss: number;
  growth: number;
}

/**
 * Statements of each export before decision 0043 (commit 33df91d: places, visits, findings, audit log in
 * keyset pages of 200, workplan actions in offset pages of 200), measured once with this bench's
 * `statements` worker at 10,000 rows of each list; not re-measured by each run.
 */
const STATEMENTS_BEFORE: Record<string, number | undefined> = {
  places: 107,
  visits: 58,
  findings: 216,
  recommendations: 23,
  'workplan-actions': 107,
  'audit-log': 108,
};

async function main(): Promise<void> {
  logger.level = 'error';
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-exports-'));
  const env = loadEnv({
    NODE_ENV: 'test',
    SESSION_SECRET: `bench-exports-session-${randomBytes(16).toString('hex')}`,
    AUDIT_KEY: `bench-exports-audit-${randomBytes(16).toString('hex')}`,
    DATA_DIR: dataDir,
    PORT: '0',
    DEMO_SEED: 'false',
    LOG_LEVEL: 'error',
  });
  log(`creating ${NAME} with ${ROWS} recommendations`);
  const db = await createBenchDatabase(NAME, env);
  const orm = await openBenchOrm(db.appUrl, 4);
  const em = orm.em.fork();
  const npm = await em.findOneOrFail(Organisation, { kind: 'NPM', countryCode: 'XV' });
  const ministry = await em.findOneOrFail(Organisation, { kind: 'STATE_AUTHORITY', countryCode: 'XV' });
  const bruno = await em.findOneOrFail(User, { email: 'bruno.mnp@demo.opcat' });
  const ana = await em.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' });
  await insertRecommendations(orm, {
    ownerOrganisationId: npm.id,
    createdById: bruno.id,
    addresseeId: ministry.id,
    count: ROWS,
    prefix: 'BENCH',
  });
  const place = await em.findOneOrFail(Place, { ownerOrganisation: npm.id }, { orderBy: { name: 'asc' } });
  const visitId = await insertLongVisit(orm, {
    ownerOrganisationId: npm.id,
    createdById: bruno.id,
    addresseeId: ministry.id,
    placeId: place.id,
    findings: REPORT_FINDINGS,
    recommendations: REPORT_RECOMMENDATIONS,
    prefix: 'BENCH-VISIT',
  });
  // The same number of rows of every other list the statement counts measure.
  await insertEveryList(
    orm,
    { ownerOrganisationId: npm.id, createdById: bruno.id, authorityId: ministry.id, count: ROWS, prefix: 'BENCH' },
    (tx, count) =>
      appendAuditEntries(
        tx,
        env.AUDIT_KEY,
        Array.from({ length: count }, () => ({
          action: 'record.exported' as const,
          actor: null,
          subjectType: 'LIST',
          subjectOrganisationId: npm.id,
          details: { bench: true },
        })),
      ),
  );
  await orm.close(true);

  const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));
  const loadBefore = loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
  const base = { ...db, dataDir, userId: bruno.id, adminUserId: ana.id, organisationId: npm.id, visitId };
  const runWorker = (mode: Mode | 'statements', config: object, flags: string[] = []) =>
    execFileSync(
      process.execPath,
      ['--expose-gc', ...flags, '--import', 'tsx', worker, mode === 'job-small' ? 'job' : mode],
      {
        env: { ...process.env, BENCH_EXPORTS_CONFIG: JSON.stringify(config) },
        encoding: 'utf8',
      },
    )
      .trim()
      .split('\n')
      .pop()!;
  // Statements of each list's export (every row the NPM editor reads; the audit log as its ADMIN).
  const counted = JSON.parse(runWorker('statements', { ...base, out: join(dataDir, 'statements') })) as Record<
    string,
    { rows: number; statements: number }
  >;
  for (const [list, c] of Object.entries(counted))
    log(`statements: ${list} ${c.rows} rows, ${c.statements} statements`);
  const results: Measurement[] = [];
  for (let run = 0; run < RUNS; run++)
    for (const mode of MODES.filter((m) => run === 0 || !ONCE.includes(m))) {
      const out = join(dataDir, `${mode}-${run}.${mode.startsWith('report') ? 'pdf' : 'xlsx'}`);
      const config = {
        ...base,
        out,
        ...(mode === 'job-small' ? { jobFilter: { acceptance: ['ACCEPTED'], theme: 'Salvaguardas' } } : {}),
      };
      const profiled = PROFILE_DIR && (mode === 'export' || mode === 'report');
      const profile = profiled ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
      const line = runWorker(mode, config, profile);
      const m = JSON.parse(line) as Measurement;
      m.mode = mode; // the worker runs both job sizes as `job`
      log(
        `${mode} run ${run + 1}: ${m.ms.toFixed(0)} ms (CPU ${m.cpuMs.toFixed(0)} ms), ${m.rows} rows${m.pages ? `, ${m.pages} pages` : ''}, peak RSS ${(m.peakRss / MB).toFixed(0)} MB${m.liveHeapPeak ? `, live heap ${(m.liveHeapStart! / MB).toFixed(1)} → peak ${(m.liveHeapPeak / MB).toFixed(1)} MB` : ''}`,
      );
      const expected = mode.startsWith('report')
        ? REPORT_FINDINGS + REPORT_RECOMMENDATIONS
        : mode === 'job-small'
          ? SMALL_JOB_ROWS
          : ROWS;
      if (m.rows < expected) throw new Error(`${mode} wrote ${m.rows} rows, expected at least ${expected}`);
      results.push(m);
    }
  const of = (mode: Mode) => results.filter((r) => r.mode === mode);
  const med = (mode: Mode, pick: (r: Measurement) => number) => median(of(mode).map(pick));
  const row = (mode: Mode, label: string) =>
    `| ${label} | ${med(mode, (r) => r.ms).toFixed(0)} | ${med(mode, (r) => r.cpuMs).toFixed(0)} | ${(med(mode, (r) => r.peakRss) / MB).toFixed(0)} | ${(med(mode, (r) => r.growth) / MB).toFixed(0)} | ${(med(mode, (r) => r.bytes) / 1024).toFixed(0)} |`;
  const ratio = (mode: Mode, baseline: Mode, pick: (r: Measurement) => number = (r) => r.ms) =>
    (med(mode, pick) / med(baseline, pick)).toFixed(2);
  const growth = (mode: Mode) => (Math.max(...of(mode).map((r) => r.growth)) / MB).toFixed(0);
  const pages = (mode: Mode) => med(mode, (r) => r.pages ?? 0);
  const markdown = `## Exports (\`npm run bench:exports\`)

${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB,
${platform()} ${release()}, Node ${process.version}; PostgreSQL on the same machine (shared with other work).
Load average before / after the measured runs: ${loadBefore} / ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} (1, 5, 15 min).
Median of ${RUNS} runs each, alternating, each in its own process (its own peak RSS); the job's memory in the first run.

### Recommendations XLSX (${ROWS.toLocaleString('en')} rows)

_Export path_: \`writeExport\` of the whole tracker as an NPM editor — the list's own query
(\`recommendationsQuery\`: its filter and sort) with the read scope in SQL, streamed through ONE server-side cursor in
batches of 1,000 plain rows (\`streamReadable\`: \`authorize\` per row, SPT-confidential reads audited per batch), the
list's capped count once, the organisations' names in one statement per batch, exceljs's streaming
\`WorkbookWriter\`, formula-injection protection, one audit entry per owning organisation. _Plain exceljs_: the same
columns for every recommendation the NPM owns from one unscoped SQL query through the same streaming writer, no
authorization, no audit (the editor also reads two recommendations other organisations share with it, hence two rows
more on the export path).

| Path | Time (ms) | Node CPU (ms) | Peak RSS (MB) | RSS growth during the export (MB) | File (KB) |
| --- | ---: | ---: | ---: | ---: | ---: |
${row('plain', 'Plain exceljs, no authorization (baseline)')}
${row('export', 'Export path (authorized, audited)')}

Export path / baseline time: **${ratio('export', 'plain')}×** (target ≤ 1.5×; Node CPU time:
${ratio('export', 'plain', (r) => r.cpuMs)}×); largest RSS growth of the export path:
**${growth('export')} MB** (target ≤ 100 MB).

### Visit report PDF (${pages('report')} pages)

A visit of the NPM with ${REPORT_FINDINGS} findings (a paragraph of description each) and ${REPORT_RECOMMENDATIONS}
recommendations linked to them. _Report path_: \`prepareReportDownload\` of the CONFIDENTIAL version in Spanish as the
NPM editor (the visit, places, findings and recommendations through the read scope and the policy, the version's
\`report:includeRecord\` per record, the co-edited texts, the audit entry) and \`renderReportPdf\` (pdfkit, Noto Sans
embedded, the version marked on every page). _Plain pdfkit_: the same findings' and recommendations' text from two
unscoped SQL queries, written with pdfkit and the same fonts (${pages('report-plain')} pages), no authorization.

| Path | Time (ms) | Node CPU (ms) | Peak RSS (MB) | RSS growth during the export (MB) | File (KB) |
| --- | ---: | ---: | ---: | ---: | ---: |
${row('report-plain', 'Plain pdfkit, no authorization (baseline)')}
${row('report', 'Report path (authorized, audited)')}

Report path / baseline time: **${ratio('report', 'report-plain')}×** (target ≤ 1.5×; Node CPU time:
${ratio('report', 'report-plain', (r) => r.cpuMs)}×); largest RSS growth of the report
path: **${growth('report')} MB** (target ≤ 100 MB).

### Statements per export (${ROWS.toLocaleString('en')} rows of each list)

Every SQL statement the process sends during \`writeExport\` of the whole list as CSV (the NPM editor; the
audit log as the NPM's ADMIN, its ${ROWS.toLocaleString('en')} entries and the demo's), as a direct download (no
count: a job reads the capped count once more). _Before_: decision 0032's code (commit 33df91d), same bench.

| List | Rows | Statements | Before |
| --- | ---: | ---: | ---: |
${Object.entries(counted)
  .map(([list, c]) => `| ${list} | ${c.rows} | ${c.statements} | ${STATEMENTS_BEFORE[list] ?? '—'} |`)
  .join('\n')}

### Long-export job: memory against the rows

\`runExportJob\` of an XLSX of the tracker as the NPM editor (the job's progress after each batch, its file sealed
as it is written, in 64 KiB authenticated segments, into 256 KiB pieces in PostgreSQL), then its file opened back as
a stream to disk as the requester downloads it. _Live heap_: \`heapUsed\` after a full collection every 100 ms
(what the process holds, not garbage yet to collect), its peak over the run less its value at the start.

| Rows | Time (ms) | Live heap growth, peak (MB) | Peak RSS (MB) | RSS growth (MB) | File (KB) |
| ---: | ---: | ---: | ---: | ---: | ---: |
${(['job-small', 'job'] as const)
  .map(
    (mode) =>
      `| ${med(mode, (r) => r.rows)} | ${med(mode, (r) => r.ms).toFixed(0)} | ${(Math.max(...of(mode).map((r) => (r.liveHeapPeak ?? 0) - (r.liveHeapStart ?? 0))) / MB).toFixed(1)} | ${(med(mode, (r) => r.peakRss) / MB).toFixed(0)} | ${(med(mode, (r) => r.growth) / MB).toFixed(0)} | ${(med(mode, (r) => r.bytes) / 1024).toFixed(0)} |`,
  )
  .join('\n')}`;
  await writeBenchSection('exports', markdown);
  await adminExecute(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  rmSync(dataDir, { recursive: true, force: true });
}

await main();
