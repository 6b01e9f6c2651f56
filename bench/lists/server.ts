/** The real server, started in the bench's own process on a bench database (run.ts and profile.ts). */
import { randomBytes } from 'node:crypto';
import { loadEnv } from '../../apps/server/src/env.ts';
import type { Env } from '../../apps/server/src/env.ts';
import { logger } from '../../apps/server/src/logger.ts';
import { prepareDatabase } from '../../apps/server/src/db/database.ts';
import { createServices } from '../../apps/server/src/services.ts';
import { createApp } from '../../apps/server/src/app.ts';
import { openBenchOrm } from './database.ts';
import type { BenchDatabase } from './database.ts';

export interface Running {
  url: string;
  env: Env;
  close(): Promise<void>;
}

/**
 * The server's env. PORT 0: the system picks a free port (a fixed one in the ephemeral range can be taken by one
 * of the bench's own PostgreSQL connections, which made `listen` fail with EADDRINUSE).
 */
export function serverEnv(db: BenchDatabase, dataDir: string): Env {
  return loadEnv({
    NODE_ENV: 'test',
    SESSION_SECRET: `bench-lists-session-${randomBytes(16).toString('hex')}`,
    AUDIT_KEY: `bench-lists-audit-${randomBytes(16).toString('hex')}`,
    DATA_DIR: dataDir,
    PORT: '0',
    DATABASE_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'error',
  });
}

/** The real server in this process, as apps/server/src/test/server.ts starts it (no job runner: nothing here enqueues). */
export async function startServer(env: Env, db: BenchDatabase): Promise<Running> {
  logger.level = env.LOG_LEVEL;
  const { orm } = await prepareDatabase(
    { url: db.appUrl, ownerUrl: db.ownerUrl, embedded: false, stop: async () => {}, abandon: () => {} },
    env,
    (url) => openBenchOrm(url),
  );
  const services = createServices(orm, env);
  const app = await createApp(services);
  const port = await app.listen(env.PORT);
  return {
    url: `http://127.0.0.1:${port}`,
    env,
    async close() {
      await app.close();
      await services.dispose();
      await orm.close(true);
    },
  };
}

/** The two people the lists are read as. */
export const USERS = [
  { key: 'CSO', email: 'diego.voces@demo.opcat', who: 'Diego (Voces Libres, CSO, EDITOR)' },
  { key: 'NPM', email: 'ana.mnp@demo.opcat', who: 'Ana (Costa Verde NPM, ADMIN)' },
] as const;
