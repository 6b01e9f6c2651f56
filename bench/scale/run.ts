/**
 * One-command scale benchmark of issue #15's reads: `npm run bench:scale` (from the repo root).
 *
 * For each size (BENCH_SIZES, default 10000,100000,1000000 findings; BENCH_RECOMMENDATIONS, default
 * 100000): a fresh database `bench_scale_<size>` on the system PostgreSQL made as bench/lists makes
 * its own (migrated, demo world, set-based synthetic records, ../lists/generate.ts), enriched with
 * risk factors, vulnerabilities, repeats, responses, history and workplan actions (enrich.ts); the
 * real server in this process; then p50/p95 over HTTP, as a CSO and as an NPM user, of the findings
 * first page, a faceted findings page, each dashboard (organisation, working group, country) and
 * `{ __typename }` as the baseline of the same run, each figure's requests interleaved across the sizes
 * (one server per size, all running at once). At the largest size the EXPLAIN (ANALYZE,
 * BUFFERS) of every dashboard statement goes to docs/explain/. Writes its section of docs/benchmarks.md.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';
import pg from 'pg';
import * as web from '../../apps/web/src/__generated__/graphql.ts';
import { LIBRARY_PAGE_SIZE } from '../../apps/web/src/features/discovery/library-params.ts';
import { GraphqlClient } from '../../apps/server/src/test/graphql-client.ts';
import { writeBenchSection, writeFormatted } from '../section.ts';
import { adminExecute, benchDatabase, createBenchDatabase, databaseExists, openBenchOrm } from '../lists/database.ts';
import { generate, shapeFor } from '../lists/generate.ts';
import { timeInterleaved } from '../lists/measure.ts';
import { USERS, serverEnv, startServer } from '../lists/server.ts';
import type { Running } from '../lists/server.ts';
import type { BenchDatabase } from '../lists/database.ts';
import type { Latency } from '../lists/measure.ts';
import { enrich, generateQuickly } from './enrich.ts';
import { APP_CONNECTION_OPTIONS } from '../../apps/server/src/db/orm.ts';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const RECOMMENDATIONS = Number(process.env.BENCH_RECOMMENDATIONS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const KEEP = process.env.BENCH_KEEP === '1';
/** The library's facet counts (over the newest 2,000 matching findings, decision 0046); BENCH_FACETS=0 leaves them out. */
const LIBRARY_FACETS = process.env.BENCH_FACETS !== '0';
/**
 * BENCH_FIGURES=<regexp>: only the figures whose name matches (and the baseline), logged and EXPLAINed but
 * not written to docs/benchmarks.md: for checking one change quickly.
 */
const ONLY = process.env.BENCH_FIGURES ? new RegExp(process.env.BENCH_FIGURES) : null;
/** BENCH_REUSE=1: measure an existing `<prefix>_<size>` database (kept by BENCH_KEEP=1) instead of generating it. */
const REUSE = process.env.BENCH_REUSE === '1';
/** Database name prefix (`<prefix>_<size>`), so two people's runs on one PostgreSQL do not collide. */
const DB_PREFIX = process.env.BENCH_DB_PREFIX ?? 'bench_scale';
const EXPLAIN_DIR = new URL('../../docs/explain/', import.meta.url);

const log = (line: string) => console.log(`bench: ${line}`);
const fmt = (ms: number | undefined) =>
  ms === undefined || Number.isNaN(ms) ? '—' : ms < 10 ? ms.toFixed(2) : ms.toFixed(1);

interface Figure {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * The web app's own documents, printed as it sends them (as bench/lists/queries.ts does), so that the
 * benchmark cannot drift from the pages: the findings library's list and facets, the search page, the
 * dashboard page. Variables as the pages build them (page sizes: library-params.ts, SearchPage.tsx).
 */
const LIBRARY_FINDINGS = print(web.FindingsLibraryPage_FindingsDocument);
const LIBRARY_FACET_COUNTS = print(web.FindingsLibraryPage_FacetsDocument);
const SEARCH = print(web.SearchPage_SearchDocument);
const DASHBOARD = print(web.DashboardPage_DashboardDocument);
const SEARCH_PAGE_SIZE = 20;
const library = (filter: Record<string, unknown> = {}) => ({ filter, limit: LIBRARY_PAGE_SIZE, after: null });
const search = (query: string) => ({ query, types: null, limit: SEARCH_PAGE_SIZE, after: null });

/** What EXPLAIN (ANALYZE, BUFFERS) covers at the largest size: the figures named so, their statements matching. */
const EXPLAIN_GROUPS: { figure: RegExp; file: string; title: string; statements: RegExp }[] = [
  {
    figure: /^dashboard/,
    file: 'dashboards',
    title: 'the dashboard statements',
    statements:
      /from (recommendation|finding|workplan_action)(_tally|_tally_pair)? [\s\S]*(with |group by)|(with |group by)[\s\S]*from (recommendation|finding|workplan_action)(_tally|_tally_pair)? /i,
  },
  {
    figure: /^search/,
    file: 'search',
    title: 'the search statements',
    statements: /opcat_search_query/,
  },
  {
    figure: /^library facets/,
    file: 'library-facets',
    title: "the findings library's facets",
    statements: /with newest as materialized/,
  },
  {
    figure: /^findings (faceted page|filtered by text)/,
    file: 'findings-filtered',
    title: "the findings list's filtered pages",
    statements: /from "finding"/,
  },
];

function explainGroupOf(figure: string) {
  return EXPLAIN_GROUPS.find((g) => g.figure.test(figure)) ?? null;
}

function figuresFor(user: { organisationId: string; workingGroupId: string | null }): Figure[] {
  const dashboard = (name: string, kind: string, id: string): Figure => ({
    name,
    query: DASHBOARD,
    variables: { scope: { kind, id } },
  });
  return [
    { name: 'baseline `{ __typename }`', query: '{ __typename }', variables: {} },
    { name: 'findings first page', query: LIBRARY_FINDINGS, variables: library() },
    {
      name: 'findings faceted page (HEALTH_CARE, HIGH)',
      query: LIBRARY_FINDINGS,
      variables: library({ monitoringArea: 'HEALTH_CARE', severity: 'HIGH' }),
    },
    {
      name: 'findings filtered by text "carga 12"',
      query: LIBRARY_FINDINGS,
      variables: library({ search: 'carga 12' }),
    },
    { name: 'search "hacinamiento celdas" (1 finding in 12)', query: SEARCH, variables: search('hacinamiento celdas') },
    { name: 'search "carga" (every generated record)', query: SEARCH, variables: search('carga') },
    ...(LIBRARY_FACETS
      ? [
          {
            name: 'library facets (HEALTH_CARE), newest 2,000 matches',
            query: LIBRARY_FACET_COUNTS,
            variables: { filter: { monitoringArea: 'HEALTH_CARE' } },
          },
        ]
      : []),
    dashboard('dashboard: organisation', 'ORGANISATION', user.organisationId),
    ...(user.workingGroupId ? [dashboard('dashboard: working group', 'WORKING_GROUP', user.workingGroupId)] : []),
    dashboard('dashboard: country XV', 'COUNTRY', 'XV'),
  ];
}

async function request(client: GraphqlClient, figure: Figure) {
  const res = await client.request<Record<string, unknown>>(figure.query, figure.variables);
  if (res.status !== 200 || res.errors?.length) {
    throw new Error(`bench: ${figure.name} failed (${res.status}): ${JSON.stringify(res.errors).slice(0, 400)}`);
  }
  return res;
}

/** Every statement (text and bound values) any pg client of this process sends while `fn` runs. */
async function captureStatements(fn: () => Promise<unknown>): Promise<{ text: string; values: unknown[] }[]> {
  const seen: { text: string; values: unknown[] }[] = [];
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function query(this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    if (typeof first === 'string') seen.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const q = first as { text: string; values?: unknown[] };
      seen.push({ text: q.text, values: q.values ?? [] });
    }
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    prototype.query = original;
  }
  return seen;
}

interface Row {
  size: number;
  user: string;
  figure: string;
  latency: Latency;
}

interface Prepared {
  size: number;
  name: string;
  db: BenchDatabase;
  counts: string;
  seconds: number | null;
}

/** The size's database: generated (or, BENCH_REUSE=1, an earlier run's), with its row counts. */
async function prepareSize(size: number, dataDir: string): Promise<Prepared> {
  const name = `${DB_PREFIX}_${size}`;
  const env0 = serverEnv(benchDatabase(name), dataDir);
  const reused = REUSE && (await databaseExists(name));
  let db = benchDatabase(name);
  let seconds = 0;
  if (reused) {
    log(`reusing ${name} (BENCH_REUSE=1: generated by an earlier run; migrated when the server starts)`);
  } else {
    log(`creating ${name}`);
    db = await createBenchDatabase(name, env0);
    const owner = await openBenchOrm(db.ownerUrl, 1);
    const started = performance.now();
    try {
      await generateQuickly(owner, log, {
        generate: () => generate(owner, { ...shapeFor(size), recommendations: RECOMMENDATIONS }, log),
        enrich: () => enrich(owner, log),
      });
    } finally {
      await owner.close(true);
    }
    seconds = (performance.now() - started) / 1000;
  }
  const counter = new pg.Client({ connectionString: db.ownerUrl });
  await counter.connect();
  const count = async (sql: string) => Number((await counter.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
  const counts =
    `${(await count('select count(*) n from finding')).toLocaleString('en')} findings, ` +
    `${(await count('select count(*) n from recommendation')).toLocaleString('en')} recommendations, ` +
    `${(await count("select count(*) n from finding where classification = 'SHARED'")).toLocaleString('en')} shared findings, ` +
    `${(await count("select count(*) n from finding where classification = 'SPT_CONFIDENTIAL'")).toLocaleString('en')} SPT-confidential findings, ` +
    `${(await count('select count(*) n from workplan_action')).toLocaleString('en')} workplan actions`;
  await counter.end();
  log(`${size}: ${counts}, ${reused ? 'reused' : `generated in ${seconds.toFixed(1)} s`}`);
  return { size, name, db, counts, seconds: reused ? null : seconds };
}

/** A user signed in on one size's server, with the figures of their own organisation and working group there. */
async function signedIn(
  server: Running,
  user: (typeof USERS)[number],
): Promise<{ client: GraphqlClient; figures: Figure[] }> {
  const client = new GraphqlClient(server);
  await client.signIn(user.email);
  const me = await client.request<{
    me: { memberships: { organisation: { id: string } }[]; workingGroups: { id: string }[] } | null;
  }>('{ me { memberships { organisation { id } } workingGroups { id } } }');
  const organisationId = me.data?.me?.memberships[0]?.organisation.id;
  if (!organisationId) throw new Error(`bench: ${user.email} has no organisation`);
  const figures = figuresFor({ organisationId, workingGroupId: me.data?.me?.workingGroups[0]?.id ?? null });
  return { client, figures: figures.filter((f) => !ONLY || ONLY.test(f.name) || f.name.startsWith('baseline')) };
}

/** EXPLAIN (ANALYZE, BUFFERS) of the figure's statements that its group covers, as Markdown sections. */
async function explainFigure(
  db: BenchDatabase,
  client: GraphqlClient,
  figure: Figure,
  heading: string,
  statementsOf: RegExp,
): Promise<string[]> {
  const statements = await captureStatements(() => request(client, figure));
  const explainer = new pg.Client({ connectionString: db.appUrl, options: APP_CONNECTION_OPTIONS });
  await explainer.connect();
  const sections: string[] = [];
  try {
    for (const s of statements.filter((x) => statementsOf.test(x.text))) {
      // Warm, as the server's pooled connections are: PL/pgSQL functions (opcat_rare_in) keep
      // a plan per session, a generic one after five runs.
      for (let k = 0; k < 6; k++) await explainer.query(s.text, s.values);
      const plan = await explainer.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${s.text}`, s.values);
      sections.push(
        `## ${heading}\n\n\`\`\`sql\n${s.text.trim()}\n\`\`\`\n\nParameters: \`${JSON.stringify(s.values)}\`\n\n\`\`\`\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\``,
      );
    }
  } finally {
    await explainer.end();
  }
  return sections;
}

/**
 * Every figure of every user at every size, with one server per size running at once: each figure is
 * timed on all sizes together, request after request in turn (timeInterleaved), so that the growth
 * compares moments of the same machine load. EXPLAIN at the largest size.
 */
async function measureAll(prepared: Prepared[], dataDir: string): Promise<Row[]> {
  const largest = prepared.reduce((a, b) => (b.size > a.size ? b : a));
  const servers: Running[] = [];
  const rows: Row[] = [];
  const explains = new Map<string, string[]>();
  try {
    for (const p of prepared) {
      const dir = join(dataDir, String(p.size));
      mkdirSync(dir, { recursive: true });
      servers.push(await startServer(serverEnv(p.db, dir), p.db));
    }
    for (const user of USERS) {
      const sessions = await Promise.all(servers.map((server) => signedIn(server, user)));
      const figureCount = sessions[0]?.figures.length ?? 0;
      for (let i = 0; i < figureCount; i++) {
        const atSize = sessions.map((s) => ({ client: s.client, figure: s.figures[i] as Figure }));
        const name = atSize[0]?.figure.name ?? '';
        for (const { client, figure } of atSize) await request(client, figure);
        const latencies = await timeInterleaved(
          atSize.map(
            ({ client, figure }) =>
              async () =>
                void (await request(client, figure)),
          ),
          WARMUP,
          REQUESTS,
        );
        latencies.forEach((latency, j) => {
          const size = (prepared[j] as Prepared).size;
          rows.push({ size, user: user.key, figure: name, latency });
          log(`${size} ${user.key} ${name}: p50 ${fmt(latency.p50)} ms, p95 ${fmt(latency.p95)} ms`);
        });
        const group = explainGroupOf(name);
        const at = prepared.indexOf(largest);
        if (group) {
          const heading = `${name}, as ${user.who}, ${largest.size.toLocaleString('en')} findings`;
          const { client, figure } = atSize[at] as { client: GraphqlClient; figure: Figure };
          const sections = await explainFigure(largest.db, client, figure, heading, group.statements);
          explains.set(group.file, [...(explains.get(group.file) ?? []), ...sections]);
        }
      }
    }
  } finally {
    for (const server of servers) await server.close();
    if (!KEEP) for (const p of prepared) await adminExecute(`DROP DATABASE IF EXISTS "${p.name}" WITH (FORCE)`);
  }
  for (const [file, sections] of explains) {
    const url = new URL(`${file}-${largest.size}.md`, EXPLAIN_DIR);
    const title = EXPLAIN_GROUPS.find((g) => g.file === file)?.title ?? file;
    await writeFormatted(fileURLToPath(url), `# EXPLAIN of ${title} (bench:scale)\n\n${sections.join('\n\n')}\n`);
    log(`wrote ${url.pathname}`);
  }
  return rows;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'opcat-bench-scale-'));
  const results: { size: number; counts: string; seconds: number | null; rows: Row[] }[] = [];
  const largest = Math.max(...SIZES);
  try {
    const prepared: Prepared[] = [];
    for (const size of SIZES) prepared.push(await prepareSize(size, dataDir));
    const rows = await measureAll(prepared, dataDir);
    for (const p of prepared)
      results.push({ size: p.size, counts: p.counts, seconds: p.seconds, rows: rows.filter((r) => r.size === p.size) });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const smallest = Math.min(...SIZES);
  const p95 = (size: number, user: string, figure: string) =>
    results.find((r) => r.size === size)?.rows.find((x) => x.user === user && x.figure === figure)?.latency.p95;
  const keys = [...new Map(results[0]!.rows.map((r) => [`${r.user}|${r.figure}`, r])).values()];
  const header = `| user | figure | ${SIZES.map((s) => `p50 / p95 at ${s.toLocaleString('en')}`).join(' | ')} | p95 growth ${smallest.toLocaleString('en')} → ${largest.toLocaleString('en')} |`;
  const lines = keys.map((k) => {
    const cells = SIZES.map((s) => {
      const l = results
        .find((r) => r.size === s)
        ?.rows.find((x) => x.user === k.user && x.figure === k.figure)?.latency;
      return l ? `${fmt(l.p50)} / ${fmt(l.p95)} ms` : '—';
    });
    const a = p95(smallest, k.user, k.figure);
    const b = p95(largest, k.user, k.figure);
    const growth = a && b && SIZES.length > 1 ? `${(b / a).toFixed(2)}×` : '—';
    return `| ${k.user} | ${k.figure} | ${cells.join(' | ')} | ${growth} |`;
  });
  const markdown = `## Scale: findings library, search, dashboards (bench:scale)

Command: \`BENCH_SIZES=${SIZES.join(',')} npm run bench:scale\` (BENCH_RECOMMENDATIONS=${RECOMMENDATIONS}, ${REQUESTS} requests after ${WARMUP} untimed, per figure, user and size; one server per size, all running at once, and each figure's requests to the sizes interleaved — one to each size in turn, forwards then backwards — so that every size is measured through the same moments of the machine's load). Run ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (a machine shared with other engineers' builds and tests: absolute numbers are noisy).

Data per size (bench/lists/generate.ts + bench/scale/enrich.ts): ${results.map((r) => `**${r.size.toLocaleString('en')}**: ${r.counts}, ${r.seconds === null ? 'generated by an earlier run of this command (BENCH_REUSE=1)' : `generated in ${r.seconds.toFixed(1)} s`}`).join('; ')}. Users: ${USERS.map((u) => u.who).join(', ')}. The baseline is \`{ __typename }\` over the same session in the same run. Targets (issue #15): p95 grows ≤ 1.3× from the smallest to the largest size; each dashboard p95 ≤ 300 ms at 1M findings. Search (decision 0041) ranks the newest 200 readable matches; the text filter is the lists' full-text filter (every word, the last also as a prefix from 3 characters). The library's facets request counts the newest 2,000 matching findings (decision 0046; exact up to 2,000 matches, in one scan: decision 0033). Every request is the web app's own document (apps/web/src/__generated__/graphql.ts), printed, with the variables its page sends. EXPLAIN (ANALYZE, BUFFERS) at the largest size: the dashboard statements in docs/explain/dashboards-${largest}.md, search in docs/explain/search-${largest}.md, the library's facets in docs/explain/library-facets-${largest}.md, the findings list's filtered pages in docs/explain/findings-filtered-${largest}.md.

${header}
|${' --- |'.repeat(3 + SIZES.length)}
${lines.join('\n')}
`;
  if (ONLY) log(`BENCH_FIGURES is set: docs/benchmarks.md left as it was`);
  else await writeBenchSection('scale', markdown);
}

await main();
