/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement one list page sends, as the web app sends it, on the
 * bench's databases (made by `npm run bench:lists` with BENCH_KEEP=1). Buffers and plan shapes do not
 * depend on the machine's load the way timings do, so this is how to see which statement grows.
 *
 *   BENCH_DB_PREFIX=bench_lists_ EXPLAIN_SIZES=10000,1000000 EXPLAIN_LIST=places EXPLAIN_USER=CSO \
 *     npx tsx bench/lists/explain-page.ts > plans.md
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadEnv } from '../../apps/server/src/env.ts';
import { logger } from '../../apps/server/src/logger.ts';
import { prepareDatabase } from '../../apps/server/src/db/database.ts';
import { createServices } from '../../apps/server/src/services.ts';
import { createApp } from '../../apps/server/src/app.ts';
import { GraphqlClient } from '../../apps/server/src/test/graphql-client.ts';
import { recordStatements } from '../../apps/server/src/test/statements.ts';
import { benchDatabase, openBenchOrm } from './database.ts';
import { LISTS, listQueries } from './queries.ts';

const PREFIX = process.env.BENCH_DB_PREFIX ?? 'bench_lists_';
const SIZES = (process.env.EXPLAIN_SIZES ?? '10000,1000000').split(',').map(Number);
const LIST = process.env.EXPLAIN_LIST ?? 'places';
const USER = process.env.EXPLAIN_USER ?? 'CSO';
const EMAILS: Record<string, string> = { CSO: 'diego.voces@demo.opcat', NPM: 'ana.mnp@demo.opcat' };

async function explainSize(size: number, dataDir: string): Promise<string> {
  const db = benchDatabase(`${PREFIX}${size}`);
  const env = loadEnv({
    NODE_ENV: 'test',
    SESSION_SECRET: `bench-explain-${randomBytes(16).toString('hex')}`,
    AUDIT_KEY: `bench-explain-audit-${randomBytes(16).toString('hex')}`,
    DATA_DIR: dataDir,
    PORT: '0',
    DATABASE_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'error',
  });
  logger.level = env.LOG_LEVEL;
  const { orm } = await prepareDatabase(
    { url: db.appUrl, ownerUrl: db.ownerUrl, embedded: false, stop: async () => {}, abandon: () => {} },
    env,
    (url) => openBenchOrm(url),
  );
  const services = createServices(orm, env);
  const app = await createApp(services);
  const port = await app.listen(env.PORT);
  const out: string[] = [`## ${size.toLocaleString('en')} findings, ${USER}, ${LIST} first page`, ''];
  const raw = new pg.Client({ connectionString: db.appUrl });
  await raw.connect();
  try {
    const client = new GraphqlClient({ url: `http://127.0.0.1:${port}` });
    await client.signIn(EMAILS[USER] ?? USER);
    const spec = LISTS.find((l) => l.key === LIST);
    if (!spec) throw new Error(`no list ${LIST}`);
    const q = listQueries(spec);
    await client.request(q.page, q.firstPage);
    const { statements } = await recordStatements(() => client.request(q.page, q.firstPage));
    out.push(`${statements.length} statements; the plans of those that read (session, page, loaders):`, '');
    for (const [i, sql] of statements.entries()) {
      if (!/^\s*select/i.test(sql)) {
        out.push(`${i + 1}. \`${sql.slice(0, 60).replace(/\s+/g, ' ')}…\` (not a read)`, '');
        continue;
      }
      await raw.query(sql); // warm, as the bench's repeated requests are
      const plan = await raw.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`);
      out.push(`${i + 1}.`, '', '```sql', sql, '```', '', '```', ...plan.rows.map((r) => r['QUERY PLAN']), '```', '');
    }
  } finally {
    await raw.end();
    await app.close();
    await services.dispose();
    await orm.close(true);
  }
  return out.join('\n');
}

const dataDir = mkdtempSync(join(tmpdir(), 'opcat-bench-explain-'));
try {
  for (const size of SIZES) console.log(await explainSize(size, dataDir));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
