import { openBenchOrm } from '../lists/database.ts';
import { recordStatements } from '../../apps/server/src/test/statements.ts';
import { loadEnv } from '../../apps/server/src/env.ts';
import { logger } from '../../apps/server/src/logger.ts';
import { createServices } from '../../apps/server/src/services.ts';
import { buildOperationContext } from '../../apps/server/src/operation/build.ts';
import { loadExportRequester } from '../../apps/server/src/modules/exports/job-actor.ts';
import { listRecommendations } from '../../apps/server/src/modules/recommendation/list-recommendations.ts';
import type { EntityManager } from '@mikro-orm/postgresql';
const config = JSON.parse(process.env.CFG!);
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
const actor = await loadExportRequester(orm.em.fork() as EntityManager, config.userId, config.organisationId, 'bench');
let ctx = await buildOperationContext(services, { transport: 'http', actor });
const p1 = await listRecommendations(ctx, { limit: 200 });
ctx = await buildOperationContext(services, { transport: 'http', actor });
const { statements } = await recordStatements(() =>
  listRecommendations(ctx, { limit: 200, after: p1.pageInfo.endCursor }),
);
const q = statements.find((s) => s.startsWith('select "r0"'))!;
console.log(q);
const rows = await orm.em.getConnection().execute('explain (analyze, buffers) ' + q);
for (const r of rows) console.log(r['QUERY PLAN']);
await services.dispose();
await orm.close(true);
