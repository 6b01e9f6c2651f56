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
import type { AuditInput } from './append-audit.ts';

/** A batch closes at this many entries (one multi-row insert of 12 parameters each). */
const MAX_BATCH_ENTRIES = 200;
/**
 * How long the first entry of an idle batcher waits for others. While a batch is in flight,
 * whatever arrives goes into the next one anyway; the window only gathers the first burst.
 */
const APPEND_WINDOW_MS = 2;

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
      this.flushing ??= new Promise((wait) => setTimeout(wait, APPEND_WINDOW_MS)).then(() => this.flush());
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

  private async insertBatch(inputs: readonly AuditInput[]): Promise<void> {
    this.pool ??= new pg.Pool({ connectionString: this.orm.config.getClientUrl(), max: 1 });
    const client = await this.pool.connect();
    try {
      const results = (await client.query(
        `BEGIN; ${LOCK_AUDIT_CHAIN}; ${READ_AUDIT_HEAD}`,
      )) as unknown as pg.QueryResult<{ seq: string; hash: string }>[];
      const head = results[results.length - 1]?.rows[0];
      const text = (value: string | null) => (value === null ? 'NULL' : client.escapeLiteral(value));
      const rows = sealEntries(this.auditKey, head, inputs).map(
        (e) =>
          `(${e.seq}, ${text(e.at.toISOString())}::timestamptz, ${text(e.actorUserId)}, ${text(e.actorOrganisationId)}, ` +
          `${text(e.subjectOrganisationId)}, ${text(e.action)}, ${text(e.subjectType)}, ${text(e.subjectId)}, ` +
          `${text(JSON.stringify(e.details))}::jsonb, ${text(e.prevHash)}, ${text(e.hash)}, ${e.chainVersion})`,
      );
      // Rows in chain order: the trigger checks each row's position against the one before it.
      await client.query(`${INSERT_AUDIT_COLUMNS} values ${rows.join(', ')}; COMMIT`);
      client.release();
    } catch (error) {
      client.release(true); // its transaction is rolled back with the connection, never reused
      throw error;
    }
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
    const byOwner = new Map<string, ReadRecord[]>();
    for (const r of records) byOwner.set(r.ownerOrganisationId, [...(byOwner.get(r.ownerOrganisationId) ?? []), r]);
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
