import { randomBytes } from 'node:crypto';
import { GraphqlClient } from '../apps/server/src/test/graphql-client.ts';
import { loadEnv } from '../apps/server/src/env.ts';
import { prepareDatabase } from '../apps/server/src/db/database.ts';
import { createServices } from '../apps/server/src/services.ts';
import { createApp } from '../apps/server/src/app.ts';
import { benchDatabase, openBenchOrm } from './lists/database.ts';
import { unscopeReadsForBenchmark } from '../apps/server/src/modules/records/benchmark-unscoped.ts';
import { LISTS, listQueries } from './lists/queries.ts';
const db = benchDatabase('bench_lists_10000');
const env = loadEnv({ NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(40), AUDIT_KEY: 'y'.repeat(40), DATA_DIR: '/tmp/benchlists-data', DEMO_SEED: 'false', LOG_LEVEL: 'error', DATABASE_URL: db.appUrl, DATABASE_OWNER_URL: db.ownerUrl, PORT: '41499' });
const { orm } = await prepareDatabase({ url: db.appUrl, ownerUrl: db.ownerUrl, embedded: false, stop: async () => {}, abandon: () => {} }, env, (u) => openBenchOrm(u));
const app = await createApp(createServices(orm, env));
const port = await app.listen(41499);
const c = new GraphqlClient({ url: `http://127.0.0.1:${port}` });
await c.signIn('diego.voces@demo.opcat');
unscopeReadsForBenchmark(env, true);
for (const s of LISTS) { const q = listQueries(s); const r = await c.request(q.page, q.firstPage); console.log(s.key, JSON.stringify(r.errors?.slice(0,2))?.slice(0, 600)); }
process.exit(0);
