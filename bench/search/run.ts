/**
 * One-command benchmark of search and the findings library: `npm run bench:search` (from the repo root).
 *
 * For each size (BENCH_SIZES, default 10000,100000 findings): a fresh database `bench_search_<size>` on the
 * system PostgreSQL, migrated as the app does, with the demo world and bench/lists' synthetic records, whose
 * findings then get descriptions, risk factors and vulnerabilities from a small vocabulary (the search vector
 * triggers index them). The real server runs in this process; as a CSO and as an NPM user, over HTTP, it times:
 * the findings first page (baseline, the existing list), a faceted library page (list + facets with one facet
 * chosen), a selective search and a search matching every generated record. EXPLAIN (ANALYZE) of the search's
 * and the facets' SQL at the largest size. Writes its section of docs/benchmarks.md.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadEnv } from '../../apps/server/src/env.ts';
import type { Env } from '../../apps/server/src/env.ts';
import { logger } from '../../apps/server/src/logger.ts';
import { prepareDatabase } from '../../apps/server/src/db/database.ts';
import { createServices } from '../../apps/server/src/services.ts';
import { createApp } from '../../apps/server/src/app.ts';
import { GraphqlClient } from '../../apps/server/src/test/graphql-client.ts';
import { recordStatements } from '../../apps/server/src/test/statements.ts';
import { writeBenchSection } from '../section.ts';
import { adminExecute, benchDatabase, createBenchDatabase, openBenchOrm } from '../lists/database.ts';
import type { BenchDatabase } from '../lists/database.ts';
import { generate, shapeFor } from '../lists/generate.ts';
import { timeSequential } from '../lists/measure.ts';
import type { Latency } from '../lists/measure.ts';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const KEEP = process.env.BENCH_KEEP === '1';
const USERS = [
  { key: 'CSO', email: 'diego.voces@demo.opcat', who: 'Diego (Voces Libres, CSO, EDITOR)' },
  { key: 'NPM', email: 'ana.mnp@demo.opcat', who: 'Ana (Costa Verde NPM, ADMIN)' },
] as const;
const log = (line: string) => console.log(`bench: ${line}`);

/** What a monitor writes, in the four languages: every twelfth finding mentions overcrowded cells. */
const SENTENCES = [
  'Hacinamiento en las celdas de castigo, sin ventilación ni luz natural.',
  'Falta de atención médica y de medicamentos en la enfermería.',
  'Les détenus dorment sur des matelas posés au sol.',
  'Superlotação grave nas celas e falta de colchões.',
  'Restraints used without recording or medical supervision.',
  'No se notifica a los familiares ni se garantiza el acceso a un abogado.',
  'Registro de detenciones incompleto y sin videograbación.',
  'Adolescentes sin actividades educativas en fines de semana.',
  'Ausencia de un mecanismo de queja confidencial.',
  'Aislamiento disciplinario prolongado sin control médico.',
  'Personal insuficiente durante el turno nocturno.',
  'Información sobre derechos solo disponible en castellano.',
];
const RISKS = [
  'OVERCROWDING',
  'SOLITARY_CONFINEMENT',
  'STAFF_SHORTAGES',
  'NO_COMPLAINTS_MECHANISM',
  'USE_OF_RESTRAINTS',
];
const VULNERABILITIES = ['WOMEN', 'CHILDREN', 'MIGRANTS', 'OLDER_PERSONS', 'PERSONS_WITH_DISABILITIES'];
const arr = (items: readonly string[]) =>
  `array[${items.map((i) => `'${i.replaceAll("'", "''")}'`).join(',')}]::text[]`;

const LIBRARY = `query L($filter: FindingFilter) {
  findings(filter: $filter, limit: 25) { totalCount totalCountCapped nodes { id title place { id name } } }
  findingFacets(filter: $filter) { total monitoringArea { value count } riskFactor { value count }
    vulnerability { value count } placeType { value count } country { value count } goodPractice { value count }
    classification { value count } visitYear { value count } }
}`;
const FIRST_PAGE = `query F { findings(limit: 25) { totalCount totalCountCapped nodes { id title place { id name } } } }`;
const SEARCH = `query S($q: String!) { search(query: $q, limit: 20) { nodes { kind id title rank headline { text match } } pageInfo { hasNextPage } } }`;

const CASES = [
  { key: 'first', label: 'findings first page (baseline: the existing list)', query: FIRST_PAGE, variables: {} },
  {
    key: 'library',
    label: 'library page + facets, area = HEALTH_CARE',
    query: LIBRARY,
    variables: { filter: { monitoringArea: 'HEALTH_CARE' } },
  },
  {
    key: 'search',
    label: 'search "hacinamiento celdas" (1 finding in 12)',
    query: SEARCH,
    variables: { q: 'hacinamiento celdas' },
  },
  { key: 'searchAll', label: 'search "carga" (every generated record)', query: SEARCH, variables: { q: 'carga' } },
] as const;

function serverEnv(db: BenchDatabase, dataDir: string): Env {
  return loadEnv({
    NODE_ENV: 'test',
    SESSION_SECRET: `bench-search-session-${randomBytes(16).toString('hex')}`,
    AUDIT_KEY: `bench-search-audit-${randomBytes(16).toString('hex')}`,
    DATA_DIR: dataDir,
    PORT: '0',
    DATABASE_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'error',
  });
}

interface Row {
  size: number;
  user: string;
  label: string;
  latency: Latency;
}

async function measureSize(size: number, dataDir: string, explain: boolean): Promise<{ rows: Row[]; plans: string[] }> {
  const name = `bench_search_${size}`;
  const setupEnv = serverEnv(benchDatabase(name), dataDir);
  log(`creating ${name}`);
  const db = await createBenchDatabase(name, setupEnv);
  const owner = await openBenchOrm(db.ownerUrl, 1);
  try {
    await generate(owner, shapeFor(size), log);
    const t = performance.now();
    await owner.em.getConnection().execute(
      `update finding set
         description = (${arr(SENTENCES)})[1 + (abs(hashtext(id::text)) % ${SENTENCES.length})],
         risk_factors = array[(${arr(RISKS)})[1 + (abs(hashtext(id::text || 'r')) % ${RISKS.length})]],
         vulnerabilities = array[(${arr(VULNERABILITIES)})[1 + (abs(hashtext(id::text || 'v')) % ${VULNERABILITIES.length})]]
       where title like 'Hallazgo de carga %'`,
    );
    await owner.em.getConnection().execute('analyze');
    log(`  descriptions and search vectors: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await owner.close(true);
  }
  const env = serverEnv(db, dataDir);
  logger.level = env.LOG_LEVEL;
  const { orm } = await prepareDatabase(
    { url: db.appUrl, ownerUrl: db.ownerUrl, embedded: false, stop: async () => {}, abandon: () => {} },
    env,
    (url) => openBenchOrm(url),
  );
  const services = createServices(orm, env);
  const app = await createApp(services);
  const port = await app.listen(env.PORT);
  const server = { url: `http://127.0.0.1:${port}` };
  const rows: Row[] = [];
  const plans: string[] = [];
  try {
    for (const user of USERS) {
      const client = new GraphqlClient(server);
      await client.signIn(user.email);
      for (const c of CASES) {
        const once = async () => {
          const res = await client.request(c.query, c.variables);
          if (res.status !== 200 || res.errors?.length) throw new Error(`${c.key}: ${JSON.stringify(res.errors)}`);
        };
        const latency = await timeSequential(once, WARMUP, REQUESTS);
        rows.push({ size, user: user.key, label: c.label, latency });
        log(`${size} ${user.key} ${c.key}: p50 ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms`);
        if (explain && (c.key === 'search' || c.key === 'library')) {
          const { statements } = await recordStatements(once);
          const raw = new pg.Client({ connectionString: db.appUrl });
          await raw.connect();
          try {
            for (const sql of statements.filter((s) => /search_vector|group by/i.test(s)).slice(0, 2)) {
              const plan = await raw.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`);
              plans.push(
                `As ${user.who}, ${c.label}:\n\n\`\`\`sql\n${sql}\n\`\`\`\n\n\`\`\`\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\``,
              );
            }
          } finally {
            await raw.end();
          }
        }
      }
    }
  } finally {
    await app.close();
    await services.dispose();
    await orm.close(true);
    if (!KEEP) await adminExecute(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  return { rows, plans };
}

const dataDir = mkdtempSync(join(tmpdir(), 'bench-search-'));
try {
  const rows: Row[] = [];
  let plans: string[] = [];
  for (const [i, size] of SIZES.entries()) {
    const result = await measureSize(size, dataDir, i === SIZES.length - 1);
    rows.push(...result.rows);
    if (result.plans.length) plans = result.plans;
  }
  const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
  const table = [
    '| findings | user | request | p50 ms | p95 ms |',
    '|---:|---|---|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.size.toLocaleString('en')} | ${r.user} | ${r.label} | ${fmt(r.latency.p50)} | ${fmt(r.latency.p95)} |`,
    ),
  ].join('\n');
  const markdown = [
    `Command: \`npm run bench:search\` (BENCH_SIZES=${SIZES.join(',')}, ${REQUESTS} sequential requests after ${WARMUP} warm-up, over HTTP to the real server in-process; ${cpus().length} cores, shared machine).`,
    "Data: bench/lists' generator (findings, visits, recommendations, places with its mix of classifications and shares), findings given one of 12 sentences in four languages, a risk factor and a vulnerability (the triggers compute their search vectors). The baseline is the existing findings first page, measured in the same run.",
    '',
    table,
    '',
    `<details><summary>EXPLAIN (ANALYZE, BUFFERS) at ${SIZES.at(-1)?.toLocaleString('en')} findings</summary>\n\n${plans.join('\n\n')}\n\n</details>`,
  ].join('\n');
  await writeBenchSection('search', markdown);
  log('written to docs/benchmarks.md');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
