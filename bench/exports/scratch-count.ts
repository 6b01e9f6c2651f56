import { createWriteStream } from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadEnv } from '../../apps/server/src/env.ts';
import { logger } from '../../apps/server/src/logger.ts';
import { createServices } from '../../apps/server/src/services.ts';
import { buildOperationContext } from '../../apps/server/src/operation/build.ts';
import { loadExportRequester } from '../../apps/server/src/modules/exports/job-actor.ts';
import { writeExport } from '../../apps/server/src/modules/exports/run-export.ts';
import { recordStatements } from '../../apps/server/src/test/statements.ts';
import { openBenchOrm } from '../lists/database.ts';
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
const list = (process.argv[2] ?? 'recommendations') as never;
for (let i = 0; i < 2; i++) {
  const actor = await loadExportRequester(
    orm.em.fork() as EntityManager,
    config.userId,
    config.organisationId,
    'bench',
  );
  const ctx = await buildOperationContext(services, { transport: 'http', actor });
  const out = createWriteStream(config.out);
  const t = performance.now();
  const { result, statements } = await recordStatements(() =>
    writeExport(ctx, { list, format: 'xlsx', filter: {} }, out),
  );
  console.log('ms', (performance.now() - t).toFixed(0), 'rows', result.rowCount, 'statements', statements.length);
  if (i === 1) {
    const counts = new Map<string, number>();
    for (const s of statements) counts.set(s.slice(0, 300), (counts.get(s.slice(0, 300)) ?? 0) + 1);
    for (const [s, n] of counts) console.log(n, s);
  }
}
await services.dispose();
await orm.close(true);
