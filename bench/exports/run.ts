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
 * The 40-page visit report PDF half of the benchmark belongs to the reports work: it adds
 * its own measurement under "Visit report PDF" (see REPORT_PDF_PLACE below).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv } from '../../apps/server/src/env.ts';
import { logger } from '../../apps/server/src/logger.ts';
import { insertRecommendations } from '../../apps/server/src/test/export-fixtures.ts';
import { Organisation, User } from '../../apps/server/src/db/entities/identity.ts';
import { writeBenchSection } from '../section.ts';
import { adminExecute, createBenchDatabase, openBenchOrm } from '../lists/database.ts';

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const NAME = 'bench_exports';
/** BENCH_CPU_PROF=dir: each export run writes a V8 CPU profile there (`node --cpu-prof`), to see where the time goes. */
const PROFILE_DIR = process.env.BENCH_CPU_PROF;
const MB = 1024 * 1024;
const log = (line: string) => console.log(`bench: ${line}`);

/** Where the visit report PDF measurement goes (reports work). */
const REPORT_PDF_PLACE = `### Visit report PDF (40 pages)

Not measured here yet: the visit report's PDF rendering is built separately and adds its measurement to this
section (same machine, same run, against its plain-library baseline).`;

interface Measurement {
  mode: 'export' | 'plain';
  ms: number;
  rows: number;
  bytes: number;
  rssStart: number;
  peakRss: number;
  growth: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

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
  await insertRecommendations(orm, {
    ownerOrganisationId: npm.id,
    createdById: bruno.id,
    addresseeId: ministry.id,
    count: ROWS,
    prefix: 'BENCH',
  });
  await orm.close(true);

  const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));
  const results: Measurement[] = [];
  for (let run = 0; run < RUNS; run++)
    for (const mode of ['plain', 'export'] as const) {
      const out = join(dataDir, `${mode}-${run}.xlsx`);
      const config = { ...db, dataDir, userId: bruno.id, organisationId: npm.id, out };
      const profile = PROFILE_DIR && mode === 'export' ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
      const line = execFileSync(process.execPath, ['--expose-gc', ...profile, '--import', 'tsx', worker, mode], {
        env: { ...process.env, BENCH_EXPORTS_CONFIG: JSON.stringify(config) },
        encoding: 'utf8',
      })
        .trim()
        .split('\n')
        .pop()!;
      const m = JSON.parse(line) as Measurement;
      log(`${mode} run ${run + 1}: ${m.ms.toFixed(0)} ms, ${m.rows} rows, peak RSS ${(m.peakRss / MB).toFixed(0)} MB`);
      if (m.rows < ROWS) throw new Error(`${mode} wrote ${m.rows} rows, expected at least ${ROWS}`);
      results.push(m);
    }
  const of = (mode: 'export' | 'plain') => results.filter((r) => r.mode === mode);
  const row = (mode: 'export' | 'plain', label: string) => {
    const rs = of(mode);
    return `| ${label} | ${median(rs.map((r) => r.ms)).toFixed(0)} | ${(median(rs.map((r) => r.peakRss)) / MB).toFixed(0)} | ${(median(rs.map((r) => r.growth)) / MB).toFixed(0)} | ${(median(rs.map((r) => r.bytes)) / 1024).toFixed(0)} |`;
  };
  const ratio = median(of('export').map((r) => r.ms)) / median(of('plain').map((r) => r.ms));
  const growth = Math.max(...of('export').map((r) => r.growth)) / MB;
  const markdown = `## Exports (\`npm run bench:exports\`)

${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB,
${platform()} ${release()}, Node ${process.version}; PostgreSQL on the same machine (shared with other work).

### Recommendations XLSX (${ROWS.toLocaleString('en')} rows)

Median of ${RUNS} runs each, alternating, each in its own process. _Export path_: \`writeExport\` of the whole tracker as an NPM editor —
keyset pages of 200 through \`listRecommendations\` (read scope in SQL, \`can\` per row), a fresh operation context per
page, exceljs's streaming \`WorkbookWriter\`, formula-injection protection, one audit entry per owning organisation.
_Plain exceljs_: the same columns for every recommendation the NPM owns (the editor also reads one
shared by another organisation, hence one row more on the export path) from one unscoped SQL query through the same
streaming writer, no authorization, no audit. The export path's pages after the first skip the list's count.

| Path | Time (ms) | Peak RSS (MB) | RSS growth during the export (MB) | File (KB) |
| --- | ---: | ---: | ---: | ---: |
${row('plain', 'Plain exceljs, no authorization (baseline)')}
${row('export', 'Export path (authorized, audited)')}

Export path / baseline time: **${ratio.toFixed(2)}×** (target ≤ 1.5×); largest RSS growth of the export path:
**${growth.toFixed(0)} MB** (target ≤ 100 MB).

${REPORT_PDF_PLACE}`;
  await writeBenchSection('exports', markdown);
  await adminExecute(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  rmSync(dataDir, { recursive: true, force: true });
}

await main();
