import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnv } from '../../apps/server/src/env.ts';
import { logger } from '../../apps/server/src/logger.ts';
import { insertRecommendations } from '../../apps/server/src/test/export-fixtures.ts';
import { Organisation, User } from '../../apps/server/src/db/entities/identity.ts';
import { createBenchDatabase, openBenchOrm } from '../lists/database.ts';
logger.level = 'error';
const dataDir = mkdtempSync(join(tmpdir(), 'bench-exports-'));
const env = loadEnv({
  NODE_ENV: 'test',
  SESSION_SECRET: `s-${randomBytes(16).toString('hex')}`,
  AUDIT_KEY: `a-${randomBytes(16).toString('hex')}`,
  DATA_DIR: dataDir,
  PORT: '0',
  DEMO_SEED: 'false',
  LOG_LEVEL: 'error',
});
const db = await createBenchDatabase('bench_exports_scratch', env);
const orm = await openBenchOrm(db.appUrl, 4);
const em = orm.em.fork();
const npm = await em.findOneOrFail(Organisation, { kind: 'NPM', countryCode: 'XV' });
const ministry = await em.findOneOrFail(Organisation, { kind: 'STATE_AUTHORITY', countryCode: 'XV' });
const bruno = await em.findOneOrFail(User, { email: 'bruno.mnp@demo.opcat' });
await insertRecommendations(orm, {
  ownerOrganisationId: npm.id,
  createdById: bruno.id,
  addresseeId: ministry.id,
  count: 10000,
  prefix: 'BENCH',
});
writeFileSync(
  '/tmp/exports-prof/config.json',
  JSON.stringify({ ...db, dataDir, userId: bruno.id, organisationId: npm.id, out: '/tmp/exports-prof/out.xlsx' }),
);
await orm.close(true);
