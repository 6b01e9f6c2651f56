import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { OperationContext } from '../../operation/context.ts';
import {
  INSERT_AUDIT_COLUMNS,
  LOCK_AUDIT_CHAIN,
  READ_AUDIT_HEAD,
  appendAuditEntries,
  sealEntries,
} from './append-audit.ts';
import type { AuditInput, SealedEntry } from './append-audit.ts';
import { groupBy } from '../../collections.ts';

/** A batch closes at this many entries (one multi-row insert of 12 parameters each). */
const MAX_BATCH_ENTRIES = 200;
/** One-round-trip tries of a batch before it reads the head under the lock first (two round trips). */
const OPTIMISTIC_ATTEMPTS = 3;
/** The head as one comparable text, `seq:hash` (NULL for the empty chain). */
const READ_AUDIT_HEAD_KEY = "select seq::text || ':' || hash from audit_event order by seq desc limit 1";

function lastOf(sealed: readonly SealedEntry[]): { seq: string; hash: string } | null {
  const last = sealed[sealed.length - 1];
  return last ? { seq: last.seq, hash: last.hash } : null;
}

type Pending = { input: AuditInput; resolve: () => void; reject: (error: unknown) => void };

/**
 * Group-committed appends: entries of concurrent operations are appended in ONE transaction (one
 * chain lock, one read of the tail, one multi-row insert), one batch in flight at a time per
 * process, like the collab durable store's appends. Several instances interleave their batches
 * under the chain's advisory lock in PostgreSQL. A caller's promise settles once its own entry has
 * committed, or rejects with the batch's error: an entry is never dropped silently.
 *
 * A batch is two simple-protocol queries on a connection of its own (like the durable store's):
 * `BEGIN; <chain lock>; <head>` and `<multi-row insert>; COMMIT`. Each statement of the first
 * takes its own snapshot, so the head is read after the lock is held; the entries are sealed in
 * between (the MAC key never reaches SQL). Two round trips a batch instead of five.
 */
export class AuditBatcher {
  private readonly queue: Pending[] = [];
  private flushing?: Promise<void>;
  /** Batches committed (or failed) so far: tests compare it with the entries appended. */
  batches = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly auditKey: string,
  ) {}

  append(input: AuditInput): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      // An idle batcher sends after the current turn of the event loop (entries of that turn go
      // together); while a batch is in flight, whatever arrives goes into the next one. No timer:
      // a fixed wait was paid by every lone confidential read, for no company under light load.
      this.flushing ??= new Promise((wait) => setImmediate(wait)).then(() => this.flush());
    });
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH_ENTRIES);
        this.batches += 1;
        try {
          await this.insertBatch(batch.map((item) => item.input));
          for (const item of batch) item.resolve();
        } catch (error) {
          for (const item of batch) item.reject(error);
        }
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private pool?: pg.Pool;
  /**
   * The chain's head as this batcher last saw it under the lock (its own last entry, usually). A hint
   * only: a batch sealed after it is inserted only if it is still the head, checked under the lock.
   */
  private head?: { seq: string; hash: string } | null;

  private async insertBatch(inputs: readonly AuditInput[]): Promise<void> {
    this.pool ??= new pg.Pool({ connectionString: this.orm.config.getClientUrl(), max: 1 });
    const client = await this.pool.connect();
    try {
      // Optimistic: seal after the head seen last and send lock, head, conditional insert and COMMIT
      // in one round trip. Another writer (an instance, a write's own audit) may have moved the head:
      // then nothing is inserted, the head read under the lock comes back, and the next try seals after it.
      for (let attempt = 0; attempt < OPTIMISTIC_ATTEMPTS && this.head !== undefined; attempt++) {
        const sealed = sealEntries(this.auditKey, this.head ?? undefined, inputs);
        const expected = this.head ? client.escapeLiteral(`${this.head.seq}:${this.head.hash}`) : 'NULL';
        const results = (await client.query(
          `BEGIN; ${LOCK_AUDIT_CHAIN}; ${READ_AUDIT_HEAD}; ` +
            `${INSERT_AUDIT_COLUMNS} select * from (values ${this.rows(client, sealed).join(', ')}) as entry ` +
            `where (${READ_AUDIT_HEAD_KEY}) is not distinct from ${expected}; COMMIT`,
        )) as unknown as pg.QueryResult<{ seq: string; hash: string }>[];
        if (results[3]?.rowCount === sealed.length) {
          this.head = lastOf(sealed);
          client.release();
          return;
        }
        this.head = results[2]?.rows[0] ?? null;
      }
      // The head unknown (first batch) or moving under us: read it under the lock, then insert (two round trips).
      const results = (await client.query(
        `BEGIN; ${LOCK_AUDIT_CHAIN}; ${READ_AUDIT_HEAD}`,
      )) as unknown as pg.QueryResult<{ seq: string; hash: string }>[];
      const sealed = sealEntries(this.auditKey, results[results.length - 1]?.rows[0], inputs);
      // Rows in chain order: the trigger checks each row's position against the one before it.
      await client.query(`${INSERT_AUDIT_COLUMNS} values ${this.rows(client, sealed).join(', ')}; COMMIT`);
      this.head = lastOf(sealed);
      client.release();
    } catch (error) {
      this.head = undefined;
      client.release(true); // its transaction is rolled back with the connection, never reused
      throw error;
    }
  }

  /** The entries as SQL value rows (the simple protocol has no parameters; every text is escaped). */
  private rows(client: pg.PoolClient, sealed: readonly SealedEntry[]): string[] {
    const text = (value: string | null) => (value === null ? 'NULL' : client.escapeLiteral(value));
    return sealed.map(
      (e) =>
        `(${e.seq}::bigint, ${text(e.at.toISOString())}::timestamptz, ${text(e.actorUserId)}::uuid, ` +
        `${text(e.actorOrganisationId)}::uuid, ${text(e.subjectOrganisationId)}::uuid, ${text(e.action)}, ` +
        `${text(e.subjectType)}, ${text(e.subjectId)}, ${text(JSON.stringify(e.details))}::jsonb, ` +
        `${text(e.prevHash)}, ${text(e.hash)}, ${e.chainVersion}::smallint)`,
    );
  }

  /** Waits until every entry received so far has committed (or failed), then ends the connection. */
  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    const pool = this.pool;
    this.pool = undefined;
    await pool?.end();
  }
}

const batchers = new WeakMap<MikroORM, AuditBatcher>();

/** Appends still in flight for this database commit, and the batcher's connection ends (shutdown). */
export async function closeAuditBatcher(orm: MikroORM): Promise<void> {
  const batcher = batchers.get(orm);
  batchers.delete(orm);
  await batcher?.close();
}

/** The process's batcher for this database (one per ORM, so test servers never share one). */
export function auditBatcher(orm: MikroORM, auditKey: string): AuditBatcher {
  let batcher = batchers.get(orm);
  if (!batcher) {
    batcher = new AuditBatcher(orm, auditKey);
    batchers.set(orm, batcher);
  }
  return batcher;
}

/** A confidential record read during the operation, as the audit entry names it. */
export interface ReadRecord {
  id: string;
  type: string;
  ownerOrganisationId: string;
}

/**
 * The confidential records an operation read. When the transport flushes at the end of the
 * operation (GraphQL over HTTP: read-audit-plugin.ts) reads are only collected, and the operation
 * appends one entry per owning organisation before its response leaves. Elsewhere (/collab,
 * evidence downloads, graphql-ws, jobs) each read appends at once, still group-committed with
 * other operations' entries.
 */
export class ReadAuditCollector {
  /** Set by the transport that promises to call `flush` before the response is sent. */
  deferred = false;
  /** Operation name, when the transport knows it (GraphQL). */
  operation: string | null = null;
  private readonly records = new Map<string, ReadRecord>();

  constructor(private readonly ctx: OperationContext) {}

  async record(records: readonly ReadRecord[]): Promise<void> {
    if (records.length === 0) return;
    if (this.deferred) {
      for (const r of records) this.records.set(`${r.type}:${r.id}`, r);
      return;
    }
    const entries = this.entries(records);
    // Inside a transaction that may already hold the chain lock (a write that audits too): append
    // in it, as before; a batch on another connection would wait for that lock forever.
    if (this.ctx.em.isInTransaction()) {
      await appendAuditEntries(this.ctx.em, this.ctx.services.env.AUDIT_KEY, entries);
      return;
    }
    const batcher = auditBatcher(this.ctx.services.orm, this.ctx.services.env.AUDIT_KEY);
    await Promise.all(entries.map((entry) => batcher.append(entry)));
  }

  /** Appends the collected reads (group-committed); rejects if they could not be committed. */
  async flush(): Promise<void> {
    const records = [...this.records.values()];
    this.records.clear();
    if (records.length === 0) return;
    const batcher = auditBatcher(this.ctx.services.orm, this.ctx.services.env.AUDIT_KEY);
    await Promise.all(this.entries(records).map((entry) => batcher.append(entry)));
  }

  /** One entry per owning organisation (the entry is in that organisation's log too). */
  private entries(records: readonly ReadRecord[]): AuditInput[] {
    const byOwner = groupBy(records, (r) => r.ownerOrganisationId);
    return [...byOwner.entries()].map(([owner, read]) => {
      const types = [...new Set(read.map((r) => r.type))];
      const first = read[0] as ReadRecord;
      return {
        action: 'record.readConfidential',
        actor: this.ctx.actor,
        subjectType: types.length === 1 ? first.type : undefined,
        subjectId: read.length === 1 ? first.id : undefined,
        subjectOrganisationId: owner,
        details: {
          ids: read.map((r) => r.id),
          ...(types.length > 1
            ? { types: Object.fromEntries(types.map((t) => [t, read.filter((r) => r.type === t).map((r) => r.id)])) }
            : {}),
          transport: this.ctx.transport,
          ...(this.operation ? { operation: this.operation } : {}),
        },
      } satisfies AuditInput;
    });
  }
}

/** The operation's collector of confidential reads (one per operation, in its loaders). */
export function readAuditCollector(ctx: OperationContext): ReadAuditCollector {
  return ctx.loaders.once('audit:confidentialReads', () => new ReadAuditCollector(ctx));
}
