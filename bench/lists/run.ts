/**
 * One-command benchmark of the list pages: `npm run bench:lists` (from the repo root).
 *
 * For each size (BENCH_SIZES, default 10000,100000,1000000 findings): a fresh database
 * `bench_lists_<size>` on the system PostgreSQL, migrated as the app does, with the demo world and
 * synthetic records (generate.ts); the real server started in this process on it (one per size, all
 * at once); the web app's list queries (queries.ts) timed over HTTP as a CSO and as an NPM user, each
 * request interleaved across the sizes, and the SQL those pages run timed directly against PostgreSQL
 * in the same run. At the largest size: throughput with 10
 * connections beside `{ __typename }`, `/healthz` and the same list without its read scope, and
 * the EXPLAIN of the findings first page. Writes its section of docs/benchmarks.md.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Env } from '../../apps/server/src/env.ts';
import { GraphqlClient } from '../../apps/server/src/test/graphql-client.ts';
import { recordStatements } from '../../apps/server/src/test/statements.ts';
import { unscopeReadsForBenchmark } from '../../apps/server/src/modules/records/benchmark-unscoped.ts';
import { median } from '../shared.ts';
import { writeBenchSection } from '../section.ts';
import { adminExecute, benchDatabase, createBenchDatabase, databaseExists, openBenchOrm } from './database.ts';
import { USERS, serverEnv, startServer } from './server.ts';
import type { Running } from './server.ts';
import type { BenchDatabase } from './database.ts';
import { generate, shapeFor } from './generate.ts';
import type { Shape } from './generate.ts';
import { throughput, timeInterleaved, timeSequential } from './measure.ts';
import type { Latency, Throughput } from './measure.ts';
import { LISTS, listQueries } from './queries.ts';
import type { ListQueries } from './queries.ts';
import { APP_CONNECTION_OPTIONS } from '../../apps/server/src/db/orm.ts';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
/** Sequential requests timed per measurement, after BENCH_WARMUP untimed ones. */
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);
/** Requests per throughput run (10 connections) for the list, and for the two cheap baselines. */
const TP_LIST_REQUESTS = Number(process.env.BENCH_TP_LIST_REQUESTS ?? 500);
const TP_BASE_REQUESTS = Number(process.env.BENCH_TP_BASE_REQUESTS ?? 5000);
/**
 * Scoped and unscoped runs of the list alternate in this many rounds (scoped first in odd rounds,
 * unscoped first in even ones), TP_LIST_REQUESTS requests each: a busy spell of the shared machine
 * then falls on both, and the ratio is the median of the rounds' ratios.
 */
const TP_ROUNDS = Number(process.env.BENCH_TP_ROUNDS ?? 4);
const CONNECTIONS = 10;
/**
 * BENCH_DATABASE_PREFIX: the databases are `<prefix>_<size>` (default `bench_lists`), so engineers sharing one
 * PostgreSQL do not drop each other's.
 */
const DB_PREFIX = process.env.BENCH_DATABASE_PREFIX ?? 'bench_lists';
const databaseName = (size: number) => `${DB_PREFIX}_${size}`;
/** BENCH_REUSE=1: keep using an existing, complete <prefix>_<size> database (development). */
const REUSE = process.env.BENCH_REUSE === '1';
/** BENCH_KEEP=1: do not drop the databases at the end. */
const KEEP = process.env.BENCH_KEEP === '1' || REUSE;
/** BENCH_LISTS=places,visits: only these lists (development); the throughput part then runs only with all lists. */
const ONLY = process.env.BENCH_LISTS?.split(',').filter(Boolean);
/** BENCH_PRINT_ONLY=1: print the section instead of writing docs/benchmarks.md (partial runs). */
const PRINT_ONLY = process.env.BENCH_PRINT_ONLY === '1' || ONLY !== undefined;
type UserKey = (typeof USERS)[number]['key'];

const log = (line: string) => console.log(`bench: ${line}`);

interface ListResult {
  list: string;
  user: UserKey;
  page: Latency;
  filtered: Latency | null;
  count: Latency;
  raw: Latency;
  /** Every statement the page sent (session, page, loaders, audit), replayed on one connection. */
  rawAll: Latency;
  rawStatements: number;
  statements: number;
  rows: number;
  /** Rows of the filtered page (its length differs between sizes when the smaller has fewer matches). */
  filteredRows: number | null;
  total: string;
}

interface SizeResult {
  size: number;
  shape: Shape;
  generationSeconds: number | null;
  counts: Record<string, number>;
  lists: ListResult[];
}

async function ensureData(size: number, env: Env): Promise<{ db: BenchDatabase; seconds: number | null }> {
  const name = databaseName(size);
  if (REUSE && (await databaseExists(name))) {
    const db = benchDatabase(name);
    const owner = await openBenchOrm(db.ownerUrl, 1);
    try {
      const rows = await owner.em
        .getConnection()
        .execute<{ n: number }[]>("select count(*)::int as n from finding where title like 'Hallazgo de carga %'");
      if (rows[0]?.n === size) {
        log(`reusing ${name} (BENCH_REUSE=1)`);
        return { db, seconds: null };
      }
    } finally {
      await owner.close(true);
    }
  }
  log(`creating ${name}`);
  const db = await createBenchDatabase(name, env);
  const owner = await openBenchOrm(db.ownerUrl, 1);
  const started = performance.now();
  try {
    await generate(owner, shapeFor(size), log);
  } finally {
    await owner.close(true);
  }
  return { db, seconds: (performance.now() - started) / 1000 };
}

async function tableCounts(db: BenchDatabase): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: db.ownerUrl });
  await client.connect();
  try {
    const out: Record<string, number> = {};
    for (const table of ['finding', 'recommendation', 'visit', 'place', 'visit_place', 'recommendation_finding']) {
      const r = await client.query<{ n: number }>(`select count(*)::int as n from ${table}`);
      out[table] = r.rows[0]?.n ?? 0;
    }
    const spt = await client.query<{ n: number }>(
      "select count(*)::int as n from finding where classification = 'SPT_CONFIDENTIAL'",
    );
    out.finding_spt = spt.rows[0]?.n ?? 0;
    return out;
  } finally {
    await client.end();
  }
}

async function requestOk(client: GraphqlClient, query: string, variables: Record<string, unknown>) {
  const res = await client.request<Record<string, { nodes?: unknown[]; edges?: unknown[] }>>(query, variables);
  if (res.status !== 200 || res.errors?.length)
    throw new Error(`bench: request failed (${res.status}): ${JSON.stringify(res.errors).slice(0, 500)}`);
  return res;
}

/**
 * The statements of one first-page request that read the list's own table (its rows and its
 * count): "the raw SQL of the same page". The ORM inlines parameters, so the text runs as is.
 */
async function pageStatements(client: GraphqlClient, q: ListQueries): Promise<{ all: string[]; own: string[] }> {
  // The second of two identical requests: the audit batcher then knows the chain's head (steady state).
  await requestOk(client, q.page, q.firstPage);
  const { statements } = await recordStatements(() => requestOk(client, q.page, q.firstPage));
  const own = statements.filter((s) => new RegExp(`\\bfrom "${q.spec.table}"`, 'i').test(s));
  if (!own.length) throw new Error(`bench: no statement on ${q.spec.table} recorded for ${q.documentName}`);
  return { all: statements, own };
}

/**
 * Every statement of a page, back to back on one connection, as the server sent them. The audit
 * append (`BEGIN; lock; head; insert … where <head is the one sealed after>; COMMIT`) runs whole, but
 * its head check fails on a replay, so it writes no row: the baseline gets the lock and the head read
 * without the insert and its commit flush (cheaper than the server's, never dearer).
 */
async function replay(client: pg.Client, statements: readonly string[]): Promise<void> {
  for (const sql of statements) {
    try {
      await client.query(sql);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}

interface SizeSetup {
  size: number;
  db: BenchDatabase;
  seconds: number | null;
  counts: Record<string, number>;
  server: Running;
  raw: pg.Client;
}

/** One list's figures at one size, the page, filtered page and count already timed (interleaved). */
async function listResult(
  setup: SizeSetup,
  client: GraphqlClient,
  q: ListQueries,
  user: UserKey,
  timed: { page: Latency; filtered: Latency | null; count: Latency },
): Promise<ListResult> {
  const first = await requestOk(client, q.page, q.firstPage);
  const counted = await requestOk(client, q.count, q.firstPage);
  const countData = counted.data?.[Object.keys(counted.data ?? {})[0] ?? ''];
  const rowsOf = (answer: typeof first) => {
    const list = answer.data?.[Object.keys(answer.data ?? {})[0] ?? ''];
    return [list?.nodes, list?.edges].find(Array.isArray)?.length ?? 0;
  };
  const filteredRows = q.filteredPage ? rowsOf(await requestOk(client, q.page, q.filteredPage)) : null;
  const { all, own } = await pageStatements(client, q);
  const raw = setup.raw;
  const rawLatency = await timeSequential(
    async () => {
      for (const sql of own) await raw.query(sql);
    },
    WARMUP,
    REQUESTS,
  );
  const rawAllLatency = await timeSequential(() => replay(raw, all), WARMUP, REQUESTS);
  const result: ListResult = {
    list: q.spec.key,
    user,
    ...timed,
    raw: rawLatency,
    rawAll: rawAllLatency,
    rawStatements: own.length,
    statements: all.length,
    rows: rowsOf(first),
    filteredRows,
    total: JSON.stringify(countData ?? {})
      .replace(/["{}]/g, '')
      .replace(/,/g, ', '),
  };
  log(
    `${setup.size} ${user} ${q.spec.key}: page p95 ${fmt(timed.page.p95)} ms, filtered ${fmt(timed.filtered?.p95)}, ` +
      `count ${fmt(timed.count.p95)}, raw SQL ${fmt(rawLatency.p95)}, all SQL ${fmt(rawAllLatency.p95)} (${own.length}/${all.length} statements, ${result.rows} rows, filtered ${filteredRows ?? '—'}, ${result.total})`,
  );
  return result;
}

/**
 * Every size's database made (or reused), one server per size, all running at once; then for each
 * user and list, the first page, the filtered page and the count timed on every size together,
 * request after request in turn (timeInterleaved), so that the growth from the smallest to the
 * largest size compares the same moments of the machine's load. The raw SQL is timed per size.
 */
async function measureSizes(dataDir: string): Promise<SizeResult[]> {
  const setups: SizeSetup[] = [];
  const lists: ListResult[][] = [];
  try {
    for (const size of SIZES) {
      const dir = join(dataDir, String(size));
      mkdirSync(dir, { recursive: true });
      const { db, seconds } = await ensureData(size, serverEnv(benchDatabase(databaseName(size)), dir));
      const counts = await tableCounts(db);
      log(`data: ${JSON.stringify(counts)}`);
      const server = await startServer(serverEnv(db, dir), db);
      const raw = new pg.Client({ connectionString: db.appUrl, options: APP_CONNECTION_OPTIONS });
      await raw.connect();
      setups.push({ size, db, seconds, counts, server, raw });
      lists.push([]);
    }
    for (const user of USERS) {
      const clients = await Promise.all(
        setups.map(async (setup) => {
          const client = new GraphqlClient(setup.server);
          await client.signIn(user.email);
          return client;
        }),
      );
      const interleaved = (query: string, variables: Record<string, unknown>) =>
        timeInterleaved(
          clients.map((client) => async () => void (await requestOk(client, query, variables))),
          WARMUP,
          REQUESTS,
        );
      for (const spec of LISTS.filter((l) => !ONLY || ONLY.includes(l.key))) {
        const q = listQueries(spec);
        for (const client of clients) await requestOk(client, q.page, q.firstPage);
        const page = await interleaved(q.page, q.firstPage);
        const filtered = q.filteredPage ? await interleaved(q.page, q.filteredPage) : null;
        const count = await interleaved(q.count, q.firstPage);
        for (const [j, setup] of setups.entries()) {
          const timed = { page: page[j] as Latency, filtered: filtered?.[j] ?? null, count: count[j] as Latency };
          lists[j]?.push(await listResult(setup, clients[j] as GraphqlClient, q, user.key, timed));
        }
      }
    }
  } finally {
    for (const setup of setups) {
      await setup.raw.end();
      await setup.server.close();
    }
  }
  return setups.map((setup, j) => ({
    size: setup.size,
    shape: shapeFor(setup.size),
    generationSeconds: setup.seconds,
    counts: setup.counts,
    lists: lists[j] ?? [],
  }));
}

interface ThroughputRow {
  what: string;
  result: Throughput;
}

interface ThroughputResults {
  rows: ThroughputRow[];
  explain: string;
  /** Per user: scoped ÷ unscoped req/s of each alternated round, and their median. */
  scopedRatios: Record<string, { median: number; rounds: number[] }>;
}

/** At the largest size: the recommendations list with 10 connections, beside its baselines. */
async function measureThroughput(size: number, dataDir: string): Promise<ThroughputResults> {
  const db = benchDatabase(databaseName(size));
  const env = serverEnv(db, dataDir);
  const server = await startServer(env, db);
  const rows: ThroughputRow[] = [];
  const scopedRatios: Record<string, { median: number; rounds: number[] }> = {};
  let explain = '';
  try {
    const recommendations = listQueries(LISTS.find((l) => l.key === 'recommendations') ?? LISTS[0]!);
    const findings = listQueries(LISTS.find((l) => l.key === 'findings') ?? LISTS[0]!);
    const graphql = (cookie: string | undefined, query: string, variables?: Record<string, unknown>) => ({
      url: `${server.url}/graphql`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const cookies: Record<string, string> = {};
    const explains: string[] = [];
    const raw = new pg.Client({ connectionString: db.appUrl, options: APP_CONNECTION_OPTIONS });
    await raw.connect();
    try {
      for (const user of USERS) {
        const client = new GraphqlClient(server);
        cookies[user.key] = await client.signIn(user.email);
        const { own } = await pageStatements(client, findings);
        for (const sql of own) {
          const plan = await raw.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`);
          explains.push(
            `As ${user.who}, ${/^select count\(/i.test(sql) ? 'the count' : 'the rows, with the capped count as an InitPlan'}:\n\n\`\`\`sql\n${sql}\n\`\`\`\n\n\`\`\`\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\``,
          );
        }
      }
    } finally {
      await raw.end();
    }
    explain = explains.join('\n\n');
    const list = { requests: TP_LIST_REQUESTS, warmup: 20, connections: CONNECTIONS };
    const base = { requests: TP_BASE_REQUESTS, warmup: 200, connections: CONNECTIONS };
    const run = async (what: string, target: Parameters<typeof throughput>[0], opts: typeof list) => {
      const result = await throughput(target, opts);
      log(
        `throughput ${what}: ${result.perSecond.toFixed(1)} req/s, p99 ${fmt(result.p99)} ms, ${result.failures} failed`,
      );
      rows.push({ what, result });
    };
    await run('`/healthz`', { url: `${server.url}/healthz`, method: 'GET' }, base);
    await run('`{ __typename }` (NPM session)', graphql(cookies.NPM, '{ __typename }'), base);
    for (const user of USERS) {
      const target = graphql(cookies[user.key], recommendations.page, recommendations.firstPage);
      const rounds: { scoped: Throughput; unscoped: Throughput }[] = [];
      const once = async (unscoped: boolean) => {
        unscopeReadsForBenchmark(env, unscoped);
        try {
          return await throughput(target, list);
        } finally {
          unscopeReadsForBenchmark(env, false);
        }
      };
      for (let round = 0; round < TP_ROUNDS; round++) {
        const scopedFirst = round % 2 === 0;
        const first = await once(!scopedFirst);
        const second = await once(scopedFirst);
        rounds.push(scopedFirst ? { scoped: first, unscoped: second } : { scoped: second, unscoped: first });
      }
      const ratios = rounds.map((r) => r.scoped.perSecond / r.unscoped.perSecond);
      for (const [what, pick] of [
        [`recommendations first page, ${user.key}`, (r: (typeof rounds)[number]) => r.scoped],
        [
          `recommendations first page, ${user.key}, read scope = \`true\` (benchmark only)`,
          (r: (typeof rounds)[number]) => r.unscoped,
        ],
      ] as const) {
        const result = medianThroughput(rounds.map(pick));
        log(
          `throughput ${what}: median of ${TP_ROUNDS} rounds ${result.perSecond.toFixed(1)} req/s, p99 ${fmt(result.p99)} ms`,
        );
        rows.push({ what, result });
      }
      scopedRatios[user.key] = { median: median(ratios), rounds: ratios };
    }
  } finally {
    await server.close();
  }
  return { rows, explain, scopedRatios };
}

/** The rounds of one configuration: the median of each figure, failures summed. */
function medianThroughput(results: Throughput[]): Throughput {
  const of = (pick: (t: Throughput) => number) => median(results.map(pick));
  return {
    requests: results.reduce((n, t) => n + t.requests, 0),
    connections: results[0]?.connections ?? 0,
    seconds: results.reduce((n, t) => n + t.seconds, 0),
    perSecond: of((t) => t.perSecond),
    p50: of((t) => t.p50),
    p99: of((t) => t.p99),
    failures: results.reduce((n, t) => n + t.failures, 0),
  };
}

const fmt = (ms: number | undefined | null) =>
  ms === undefined || ms === null || Number.isNaN(ms) ? '—' : ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const verdict = (ok: boolean) => (ok ? '**met**' : '**not met**');

function machine(): string {
  let pgVersion = '';
  try {
    pgVersion = execSync(`psql "${benchDatabase('postgres').ownerUrl}" -Atc "show server_version"`, {
      encoding: 'utf8',
    }).trim();
  } catch {
    pgVersion = 'unknown';
  }
  return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()}, Node ${process.version}, PostgreSQL ${pgVersion}`;
}

/** How the figures were made, with the documents and variables this run sent. */
function method(): string {
  const queries = LISTS.map((spec) => listQueries(spec));
  const sent = queries
    .map(
      (q) =>
        `${q.spec.key}: \`${q.documentName.replace(/Document$/, '')}\` with \`${JSON.stringify(q.firstPage)}\`, ` +
        `filtered \`${JSON.stringify(q.filteredPage)}\``,
    )
    .join('; ');
  return [
    '**Method.** Each size is a fresh database on the system PostgreSQL, migrated and granted as the app does it, with',
    'the demo world and synthetic records made by set-based SQL (bench/lists/generate.ts: per N findings, N/10 visits',
    'and N/10 recommendations, max(50, N/200) places; ~5 % SPT_CONFIDENTIAL, the rest ORGANISATION, WORKING_GROUP,',
    'SHARED with one or two organisations, a few PUBLIC). The real server runs in the bench process as the app role,',
    'one server per size, all running at once: the first page, the filtered page and the count are timed on every',
    'size together, one request to each size in turn (forwards, then backwards), so that the growth from the smallest',
    "size to the largest compares the same moments of the machine's load.",
    "The queries are the web app's own documents from apps/web/src/__generated__/graphql.ts, printed, with variables",
    'built from their variable definitions (bench/lists/queries.ts): the first page, a filtered page, and the count',
    `(the same root field and arguments with only its count fields). ${sent}.`,
    '"Own SQL" is the statements on the list\'s own table that the server ran for the first page (recorded with',
    'test/statements.ts; the ORM inlines parameters), run back to back on one `pg` connection as the app role and',
    'timed the same way. "All SQL" is every statement that request sent (session, page with its count, loaders,',
    'audit append), recorded from the second of two identical requests and replayed the same way: the raw SQL of',
    "the same page, without GraphQL, HTTP and the server's JavaScript. The replayed audit append takes the chain",
    'lock and reads the head but inserts nothing (its head check fails on a replay), so it is a little cheaper',
    "than the server's.",
  ].join(' ');
}

function report(started: Date, loadBefore: number[], sizes: SizeResult[], tp: ThroughputResults | null): string {
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
  const smallest = sizes[0];
  const largest = sizes[sizes.length - 1];
  const lines: string[] = [];
  lines.push(`## Lists: first page, filtered page and count as the data grows (\`npm run bench:lists\`)`);
  lines.push('');
  lines.push(
    `Run ${started.toISOString()} on ${machine()}; \`nproc\` ${cpus().length}; load average (1/5/15 min) ${load(loadBefore)} before, ${load(loadavg())} after. Sizes: ${sizes.map((s) => s.size.toLocaleString('en')).join(', ')} findings; ${REQUESTS} requests per figure and size after ${WARMUP} untimed, interleaved across the sizes.`,
  );
  lines.push('');
  lines.push(method());
  lines.push('');
  for (const s of sizes) {
    lines.push(
      `### ${s.size.toLocaleString('en')} findings (${s.counts.recommendation?.toLocaleString('en')} recommendations, ${s.counts.visit?.toLocaleString('en')} visits, ${s.counts.place?.toLocaleString('en')} places; ${s.counts.finding_spt?.toLocaleString('en')} SPT-confidential findings)${s.generationSeconds !== null ? `, generated in ${s.generationSeconds.toFixed(1)} s` : ''}`,
    );
    lines.push('');
    lines.push(
      '| User | List (document) | page p50 / p95 ms | filtered p50 / p95 | count p50 / p95 | own SQL p50 / p95 | all SQL p50 / p95 | page p95 ÷ own / all SQL p95 | statements (on the table) | rows (filtered), count |',
    );
    lines.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const l of s.lists) {
      const doc = listQueries(LISTS.find((x) => x.key === l.list) ?? LISTS[0]!).documentName.replace(/Document$/, '');
      lines.push(
        `| ${l.user} | ${l.list} (\`${doc}\`) | ${fmt(l.page.p50)} / ${fmt(l.page.p95)} | ${l.filtered ? `${fmt(l.filtered.p50)} / ${fmt(l.filtered.p95)}` : '—'} | ${fmt(l.count.p50)} / ${fmt(l.count.p95)} | ${fmt(l.raw.p50)} / ${fmt(l.raw.p95)} | ${fmt(l.rawAll.p50)} / ${fmt(l.rawAll.p95)} | ${ratio(l.page.p95, l.raw.p95)} / ${ratio(l.page.p95, l.rawAll.p95)} | ${l.statements} (${l.rawStatements}) | ${l.rows} (${l.filteredRows ?? '—'}), ${l.total} |`,
      );
    }
    lines.push('');
  }
  if (smallest && largest && smallest !== largest) {
    lines.push(
      `### Targets: p95 growth ${smallest.size.toLocaleString('en')} → ${largest.size.toLocaleString('en')} (≤ 1.3×) and GraphQL ÷ raw SQL at ${largest.size.toLocaleString('en')} (≤ 2×)`,
    );
    lines.push('');
    lines.push('| User | List | page growth | filtered growth | count growth | page ÷ own SQL | page ÷ all SQL |');
    lines.push('|---|---|---|---|---|---|---|');
    for (const l of largest.lists) {
      const a = smallest.lists.find((x) => x.list === l.list && x.user === l.user);
      if (!a) continue;
      const g = (x: Latency | null, y: Latency | null) =>
        x && y ? `${ratio(y.p95, x.p95)} ${verdict(y.p95 / x.p95 <= 1.3)}` : '—';
      // A filtered page shorter at the smaller size (fewer matches there) does less per-row work: said beside it.
      const shorter =
        a.filteredRows !== null && a.filteredRows !== l.filteredRows
          ? ` (${a.filteredRows} → ${l.filteredRows} rows)`
          : '';
      lines.push(
        `| ${l.user} | ${l.list} | ${g(a.page, l.page)} | ${g(a.filtered, l.filtered)}${shorter} | ${g(a.count, l.count)} | ${ratio(l.page.p95, l.raw.p95)} ${verdict(l.page.p95 / l.raw.p95 <= 2)} | ${ratio(l.page.p95, l.rawAll.p95)} ${verdict(l.page.p95 / l.rawAll.p95 <= 2)} |`,
      );
    }
    lines.push('');
    if (largest.size < 1_000_000)
      lines.push(
        `(The targets are set for 10k → 1M; this run's largest size is ${largest.size.toLocaleString('en')}.)\n`,
      );
  }
  if (tp) {
    lines.push(
      `### Throughput at ${largest?.size.toLocaleString('en')} findings, ${CONNECTIONS} connections (recommendations list: ${TP_ROUNDS} rounds of ${TP_LIST_REQUESTS} requests, scoped and unscoped alternating, medians; baselines: ${TP_BASE_REQUESTS}; after untimed warm-up)`,
    );
    lines.push('');
    lines.push(
      'Load from a worker thread of the bench process (keep-alive `fetch`, one request in flight per connection). "Read scope = `true`" is the same query with `readableBy` returning `true` (apps/server/src/modules/records/benchmark-unscoped.ts: switched on only by the bench calling `unscopeReadsForBenchmark`, refused in production), which also skips the per-row `record:read` re-check and the audit of SPT-confidential reads: the same page authorized and audited by nothing. Other policy checks (abilities) still run.',
    );
    lines.push('');
    lines.push('| What | req/s | p50 ms | p99 ms | failed | vs `{ __typename }` |');
    lines.push('|---|---|---|---|---|---|');
    const typename = tp.rows.find((r) => r.what.includes('__typename'))?.result.perSecond ?? NaN;
    for (const r of tp.rows)
      lines.push(
        `| ${r.what} | ${r.result.perSecond.toFixed(1)} | ${fmt(r.result.p50)} | ${fmt(r.result.p99)} | ${r.result.failures} | ${ratio(r.result.perSecond, typename)} |`,
      );
    lines.push('');
    for (const user of USERS) {
      const r = tp.scopedRatios[user.key];
      if (r)
        lines.push(
          `- ${user.key}: scoped ÷ unscoped throughput ${r.median.toFixed(2)}×, the median of ${r.rounds.length} alternated rounds (${r.rounds.map((x) => `${x.toFixed(2)}×`).join(', ')}) (target ≥ 0.8×: ${verdict(r.median >= 0.8)}).`,
        );
    }
    lines.push('');
    lines.push(
      `### EXPLAIN (ANALYZE, BUFFERS) of the findings first page at ${largest?.size.toLocaleString('en')} findings`,
    );
    lines.push('');
    lines.push(tp.explain);
    lines.push('');
  }
  return lines.join('\n');
}

async function main() {
  const started = new Date();
  const loadBefore = loadavg();
  const dataDir = mkdtempSync(join(tmpdir(), 'opcat-bench-lists-'));
  const sizes: SizeResult[] = [];
  let tp: ThroughputResults | null = null;
  try {
    try {
      sizes.push(...(await measureSizes(dataDir)));
      const largest = SIZES.at(-1);
      if (largest !== undefined && !ONLY) tp = await measureThroughput(largest, dataDir);
    } finally {
      if (!KEEP)
        for (const size of SIZES) await adminExecute(`DROP DATABASE IF EXISTS "${databaseName(size)}" WITH (FORCE)`);
    }
    const section = report(started, loadBefore, sizes, tp);
    if (PRINT_ONLY) console.log(section);
    else await writeBenchSection('lists', section);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
