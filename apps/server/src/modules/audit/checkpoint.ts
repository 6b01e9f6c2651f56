import { createHmac } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { OperationContext } from '../../operation/context.ts';
import type { Env } from '../../env.ts';
import { logger } from '../../logger.ts';
import { canonicalJson, sameDigest } from './chain.ts';

/**
 * The audit log's head, signed and kept outside the database: whoever can delete the newest rows
 * (or rewrite the whole table) cannot also move what was written here. One JSON object a line.
 */
export interface AuditCheckpoint {
  seq: string;
  hash: string;
  /** ISO time of signing. */
  at: string;
  /** HMAC-SHA-256 under AUDIT_KEY over seq, hash and at. */
  mac: string;
}

export const CHECKPOINT_FILE = 'audit-checkpoints.jsonl';

export function checkpointFile(dataDir: string): string {
  return join(dataDir, CHECKPOINT_FILE);
}

export function checkpointMac(key: string, checkpoint: Omit<AuditCheckpoint, 'mac'>): string {
  return createHmac('sha256', key)
    .update('opcat-audit-checkpoint-v1\n')
    .update(canonicalJson({ seq: checkpoint.seq, hash: checkpoint.hash, at: checkpoint.at }))
    .digest('hex');
}

function parseCheckpoint(line: string, key: string): AuditCheckpoint | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'is not JSON';
  }
  const c = value as Partial<AuditCheckpoint> | null;
  if (
    !c ||
    typeof c.seq !== 'string' ||
    !/^[1-9][0-9]*$/.test(c.seq) ||
    typeof c.hash !== 'string' ||
    typeof c.at !== 'string' ||
    typeof c.mac !== 'string'
  ) {
    return 'is not a checkpoint';
  }
  const checkpoint = { seq: c.seq, hash: c.hash, at: c.at, mac: c.mac };
  if (!sameDigest(checkpointMac(key, checkpoint), checkpoint.mac))
    return 'has a MAC that does not verify (forged or edited)';
  return checkpoint;
}

/** Every checkpoint whose MAC verifies, in file order, and what is wrong with the other lines. */
export function readAuditCheckpoints(
  dataDir: string,
  key: string,
): { checkpoints: AuditCheckpoint[]; problems: string[] } {
  const file = checkpointFile(dataDir);
  const checkpoints: AuditCheckpoint[] = [];
  const problems: string[] = [];
  if (!existsSync(file)) return { checkpoints, problems };
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const parsed = parseCheckpoint(line, key);
      if (typeof parsed === 'string') problems.push(`${CHECKPOINT_FILE} line ${index + 1} ${parsed}`);
      else checkpoints.push(parsed);
    });
  return { checkpoints, problems };
}

/** The last line only: the file grows by a line per interval and is never read whole on the timer. */
function lastCheckpoint(dataDir: string, key: string): AuditCheckpoint | null {
  const file = checkpointFile(dataDir);
  if (!existsSync(file)) return null;
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, 4096);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const line = buffer.toString('utf8').trimEnd().split('\n').pop() ?? '';
    if (line === '') return null;
    const parsed = parseCheckpoint(line, key);
    if (typeof parsed !== 'string') return parsed;
    logger.error({ file }, `the last audit checkpoint ${parsed}`);
    return null;
  } finally {
    closeSync(fd);
  }
}

export async function readAuditHead(em: EntityManager): Promise<{ seq: string; hash: string } | null> {
  const [head] = await em
    .getConnection()
    .execute<{ seq: string; hash: string }[]>(
      'select seq::text as seq, hash from audit_event order by audit_event.seq desc limit 1',
    );
  return head ?? null;
}

/**
 * Signs the audit log's current head into DATA_DIR/audit-checkpoints.jsonl (and the log) when it
 * moved since the last checkpoint. Refuses to sign over history that lost the last checkpointed
 * entry: that would make a deletion look legitimate. Safe to run from several places at once.
 */
export async function writeAuditCheckpoint(services: { orm: MikroORM; env: Env }): Promise<AuditCheckpoint | null> {
  const { orm, env } = services;
  const em = orm.em.fork();
  const previous = lastCheckpoint(env.DATA_DIR, env.AUDIT_KEY);
  const head = await readAuditHead(em);
  if (!head) return null;
  if (previous) {
    if (previous.seq === head.seq && previous.hash === head.hash) return null;
    const [kept] = await em
      .getConnection()
      .execute<{ hash: string }[]>('select hash from audit_event where seq = ?', [previous.seq]);
    if (!kept || kept.hash !== previous.hash) {
      throw new Error(
        `The audit log no longer holds entry ${previous.seq} as checkpointed at ${previous.at} ` +
          '(deleted, truncated or rewritten): no new checkpoint is signed. Run `npm run audit:verify`.',
      );
    }
  }
  const body = { seq: head.seq, hash: head.hash, at: new Date().toISOString() };
  const checkpoint: AuditCheckpoint = { ...body, mac: checkpointMac(env.AUDIT_KEY, body) };
  mkdirSync(env.DATA_DIR, { recursive: true });
  const fd = openSync(checkpointFile(env.DATA_DIR), 'a', 0o600);
  try {
    writeSync(fd, JSON.stringify(checkpoint) + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // A second copy wherever the logs are shipped.
  logger.info({ auditCheckpoint: checkpoint }, 'audit checkpoint');
  return checkpoint;
}

/**
 * Keeps one pending `audit.checkpoint` job, AUDIT_CHECKPOINT_SECONDS from now: enqueued at start
 * and by each run (a job key, so instances and restarts never pile them up).
 */
export async function scheduleAuditCheckpoint(ctx: Pick<OperationContext, 'services' | 'em'>): Promise<void> {
  const runAt = new Date(Date.now() + ctx.services.env.AUDIT_CHECKPOINT_SECONDS * 1000);
  await ctx.services.jobs.enqueue(ctx.em, 'audit.checkpoint', {}, { jobKey: 'audit.checkpoint', runAt });
}
