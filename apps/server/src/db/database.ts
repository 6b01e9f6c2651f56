import type { Env } from '../env.ts';
import { acquireDataDirLock, startEmbeddedPostgres } from './embedded.ts';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
  /** The drain timed out: start stopping without waiting, and release what can be released at once. */
  abandon(): void;
}

/** DATABASE_URL when set; otherwise a real embedded PostgreSQL under DATA_DIR/pg, one server per data dir. */
export async function startDatabase(env: Env): Promise<Database> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {}, abandon: () => {} };
  const release = acquireDataDirLock(env.DATA_DIR);
  try {
    const pg = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT, database: 'opcat' });
    return {
      url: pg.url,
      embedded: true,
      async stop() {
        await pg.stop();
        release();
      },
      abandon() {
        pg.abandon();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
