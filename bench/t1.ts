import { createBenchDatabase, openBenchOrm } from './lists/database.ts';
import { generate, shapeFor } from './lists/generate.ts';
import { loadEnv } from '../apps/server/src/env.ts';
const env = loadEnv({ NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(40), AUDIT_KEY: 'y'.repeat(40), DATA_DIR: '/tmp/benchlists-data', DEMO_SEED: 'false', LOG_LEVEL: 'error' });
const db = await createBenchDatabase('bench_lists_dev', env);
const o = await openBenchOrm(db.ownerUrl);
await generate(o, shapeFor(Number(process.argv[2])), console.log);
await o.close(true);
