import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root (where turbo.json lives), whatever directory npm started us in. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** The app's role: it may only SELECT/INSERT audit_event. Unset: an embedded PostgreSQL under DATA_DIR/pg. */
  DATABASE_URL: z.url().optional(),
  /** The schema owner, for migrations and grants. Unset: migrations run as DATABASE_URL's role. */
  DATABASE_OWNER_URL: z.url().optional(),
  /** Set to share live documents, presence and subscription events between several instances. */
  REDIS_URL: z.url().optional(),
  /** At least 32 characters. Unset in embedded mode: generated once and kept under DATA_DIR. */
  SESSION_SECRET: z.string().min(32).optional(),
  /** Key of the audit log's MAC chain and checkpoints, never stored in the database. Like SESSION_SECRET otherwise. */
  AUDIT_KEY: z.string().min(32).optional(),
  /**
   * Wraps the data keys that encrypt personal data and second-factor secrets (32 random bytes,
   * base64url). Unset in embedded mode: generated once and kept under DATA_DIR like SESSION_SECRET.
   */
  MASTER_KEY: z.string().min(43).optional(),
  /** Only for `npm run keys:rotate`: the master key that replaces MASTER_KEY (unset in embedded mode: generated). */
  NEW_MASTER_KEY: z.string().min(43).optional(),
  /** How often the audit log's head is signed into DATA_DIR/audit-checkpoints.jsonl (when it moved). */
  AUDIT_CHECKPOINT_SECONDS: z.coerce.number().int().min(1).default(60),
  /**
   * A notification job still locked after this long was taken by an instance that died (they take
   * milliseconds): it is released to run again (delivery is idempotent), instead of graphile-worker's 4 hours.
   */
  NOTIFY_STALE_LOCK_SECONDS: z.coerce.number().int().min(1).default(60),
  /** Due deadline reminders one job claims and delivers in one transaction (decision 0034); 1 = one per job. */
  NOTIFY_DEADLINE_BATCH: z.coerce.number().int().min(1).max(5000).default(250),
  /**
   * A command's notifications are delivered in-process right after its commit (decision 0042); their
   * `notify.deliver` job waits this long before it runs, and only delivers what that missed (a crash).
   */
  NOTIFY_FALLBACK_DELAY_SECONDS: z.coerce.number().int().min(0).default(30),
  DATA_DIR: z.string().default(join(repoRoot, '.data')),
  /**
   * Embedded mode: archive PostgreSQL's WAL into this directory, for point-in-time restore
   * (`npm run backup:base`, `backup:restore`). Keep it on another disk than DATA_DIR. Unset: no archive.
   */
  WAL_ARCHIVE_DIR: z.string().optional(),
  /** Where `npm run backup:base` writes base backups. Unset: DATA_DIR/backups. */
  BACKUP_DIR: z.string().optional(),
  /** Base backups `backup:base` keeps (older ones, and the archived WAL only they needed, are deleted). */
  BACKUP_KEEP: z.coerce.number().int().min(1).default(7),
  /**
   * Embedded mode: PostgreSQL's shared buffers in MB. Unset: an eighth of the machine's (or container's)
   * memory, between 128 and 2,048 (decision 0048).
   */
  EMBEDDED_PG_SHARED_BUFFERS_MB: z.coerce.number().int().min(16).max(262144).optional(),
  /** Port of the embedded PostgreSQL (never 5432: a system server may already listen there). */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /**
   * Seed the fictional demo world into an empty database on start. Unset: yes in embedded mode and
   * in development, no for a database reached through DATABASE_URL in production (demo accounts
   * with a published password must never appear on a real deployment unless asked for explicitly).
   */
  DEMO_SEED: z.enum(['true', 'false']).optional(),
  /** Used by the integration tests to point at a PostgreSQL they control. */
  TEST_DATABASE_URL: z.url().optional(),
  /**
   * How long a SIGTERM/SIGINT may take to drain connections and stop the database before the
   * process exits anyway (with 1). Keep it below the orchestrator's own grace period.
   */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().positive().max(600).default(20),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Open WebSockets (graphql-ws and /collab together) one session may hold on one instance. */
  WS_MAX_SOCKETS_PER_SESSION: z.coerce.number().int().min(1).default(20),
  /** Open WebSockets (graphql-ws and /collab together) one user may hold on one instance, all sessions. */
  WS_MAX_SOCKETS_PER_USER: z.coerce.number().int().min(1).default(50),
  /**
   * Where e-mail leaves, e.g. smtps://user:pass@smtp.example.org:465 (nodemailer's URL form). Unset:
   * nothing leaves; mail stays in the outbox that each organisation's admins read in the app.
   */
  SMTP_URL: z.url().optional(),
  /** The sender of every e-mail. */
  MAIL_FROM: z.string().min(3).default('opcat-hub <no-reply@opcat-hub.invalid>'),
  /** The address people reach the app at, for links in e-mails. Unset: http://localhost:PORT. */
  PUBLIC_URL: z.url().optional(),
  /** Requests one address may make to the public portal and its open data per minute (then 429). */
  PORTAL_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
});

export type Env = Omit<z.infer<typeof schema>, 'DEMO_SEED'> & {
  SESSION_SECRET: string;
  AUDIT_KEY: string;
  MASTER_KEY: string;
  DEMO_SEED: boolean;
};

/** Reads and validates process.env. The only place in the server that touches process.env. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const env = { ...parsed.data, DEMO_SEED: demoSeedWanted(parsed.data) };
  const secret = (name: 'SESSION_SECRET' | 'AUDIT_KEY' | 'MASTER_KEY', file: string): string => {
    const value = env[name];
    if (value) return value;
    if (env.DATABASE_URL && env.NODE_ENV === 'production') {
      throw new Error(`${name} must be set when DATABASE_URL is set in production.`);
    }
    return persistedSecret(env.DATA_DIR, file);
  };
  return {
    ...env,
    SESSION_SECRET: secret('SESSION_SECRET', 'session-secret'),
    AUDIT_KEY: secret('AUDIT_KEY', 'audit-key'),
    MASTER_KEY: secret('MASTER_KEY', MASTER_KEY_FILE),
  };
}

/** Where embedded mode keeps its generated master key (rewritten by `npm run keys:rotate`). */
export const MASTER_KEY_FILE = 'master-key';

/** An explicit DEMO_SEED wins; unset, a production database reached through DATABASE_URL is never seeded. */
function demoSeedWanted(env: z.infer<typeof schema>): boolean {
  if (env.DEMO_SEED !== undefined) return env.DEMO_SEED === 'true';
  return !(env.DATABASE_URL && env.NODE_ENV === 'production');
}

/** A random secret generated on first use and kept in DATA_DIR (embedded/demo mode only). */
export function persistedSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** Process-wide facts that are not configuration, read here so that no other module reads process.env. */
export const runtime = {
  isCi: process.env.CI === 'true',
  chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  /** Passed on to server processes that tests start. */
  path: process.env.PATH ?? '',
};
