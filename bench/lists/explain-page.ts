/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement one list page sends, as the web app sends it, on the
 * bench's databases (made by `npm run bench:lists` with BENCH_KEEP=1). Buffers and plan shapes do not
 * depend on the machine's load the way timings do, so this is how to see which statement grows.
 *
 *   BENCH_DB_PREFIX=bench_lists_ EXPLAIN_SIZES=10000,1000000 EXPLAIN_LIST=places EXPLAIN_USER=CSO \
 *     EXPLAIN_PAGE=filtered npx tsx bench/lists/explain-page.ts > plans.md
 *
 * EXPLAIN_PAGE is `first` (default) or `filtered`: the list's first page or its filtered page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { GraphqlClient } from '../../apps/server/src/test/graphql-client.ts';
import { recordStatements } from '../../apps/server/src/test/statements.ts';
import { benchDatabase } from './database.ts';
import { USERS, serverEnv, startServer } from './server.ts';
import { LISTS, listQueries } from './queries.ts';
import { APP_CONNECTION_OPTIONS } from '../../apps/server/src/db/orm.ts';

const PREFIX = process.env.BENCH_DB_PREFIX ?? 'bench_lists_';
const SIZES = (process.env.EXPLAIN_SIZES ?? '10000,1000000').split(',').map(Number);
const LIST = process.env.EXPLAIN_LIST ?? 'places';
const USER = process.env.EXPLAIN_USER ?? 'CSO';
const PAGE = process.env.EXPLAIN_PAGE ?? 'first';

async function explainSize(size: number, dataDir: string): Promise<string> {
  const db = benchDatabase(`${PREFIX}${size}`);
  const server = await startServer(serverEnv(db, dataDir), db);
  const out: string[] = [`## ${size.toLocaleString('en')} findings, ${USER}, ${LIST} ${PAGE} page`, ''];
  const raw = new pg.Client({ connectionString: db.appUrl, options: APP_CONNECTION_OPTIONS });
  await raw.connect();
  try {
    const client = new GraphqlClient({ url: server.url });
    await client.signIn(USERS.find((u) => u.key === USER)?.email ?? USER);
    const spec = LISTS.find((l) => l.key === LIST);
    if (!spec) throw new Error(`no list ${LIST}`);
    const q = listQueries(spec);
    const variables = PAGE === 'filtered' ? q.filteredPage : q.firstPage;
    if (!variables) throw new Error(`${LIST}'s document has no filter variables`);
    await client.request(q.page, variables);
    const { statements } = await recordStatements(() => client.request(q.page, variables));
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
    await server.close();
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
