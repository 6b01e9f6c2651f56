import pg from 'pg';
import * as Y from 'yjs';
import type { Extension } from '@hocuspocus/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { renderDocument } from '@opcat/editor';

/** A row of the document's log: its snapshot (kind 0) or an update after it (kind 1). */
type LogEntry = { kind: 0 | 1; data: Buffer; id: string };
/** Called once the append has committed (`error` undefined) or failed. */
export type AppendSettled = (error?: { cause: unknown }) => void;
type PendingAppend = { documentName: string; update: Uint8Array; settled: AppendSettled };

/** A batch closes at this many updates or bytes (hex doubles them in the statement); one update always fits. */
const MAX_BATCH = { updates: 64, bytes: 4 * 1024 * 1024 } as const;

/**
 * How long the first update of a batch waits for others. Editors do not wait for it (updates are
 * relayed before they are stored, see collab.ts); only acknowledgements do, and the browser shows
 * unacknowledged edits only while offline. Fewer, larger commits cost much less CPU, PostgreSQL's
 * above all: at 1,000 updates/s, 40 ms instead of 10 ms halved PostgreSQL's CPU (9 % → 5 % of a core)
 * and took opcat-hub from 30 % to 24 % of a core (docs/benchmarks.md); 100 ms gained nothing more.
 */
const APPEND_WINDOW_MS = 40;
/**
 * A document open for editing is compacted once this many of its updates were appended here; it is
 * always compacted when its last editor leaves. (Loading 1,000 small updates takes a few ms; each
 * compaction costs two transactions and a merge, and Hocuspocus asks for one every 10 s of editing.)
 */
export const COMPACT_AFTER_UPDATES = 1000;
/** Logged updates integrated per turn of the event loop when compacting. */
const COMPACTION_SLICE = 200;

/**
 * Persistence that never loses an acknowledged edit. Hocuspocus acknowledges an update (SyncStatus)
 * right after applying it and stores documents only seconds later; here every update is appended to
 * `collab_update`, and collab.ts holds its acknowledgement until the append has committed.
 * `onStoreDocument` (debounced by Hocuspocus) requests a compaction of the log into a snapshot.
 */
export class DurableStore {
  /** `requestCompaction` queues a `compact` of the document (collab.ts makes it a job). */
  constructor(
    private readonly orm: MikroORM,
    private readonly requestCompaction: (documentName: string) => Promise<void>,
  ) {}

  /**
   * Appends have a connection of their own: on MikroORM's pool they queued behind compactions and
   * GraphQL work (50 documents compacting at once held every live edit up for ~300 ms).
   * Created on the first append; `close()` ends it.
   */
  private appendPool?: pg.Pool;
  /** Compactions run one at a time: they are background work and must not crowd the database. */
  private compactions: Promise<unknown> = Promise.resolve();

  private get db() {
    return this.orm.em.getConnection();
  }

  private readonly queue: PendingAppend[] = [];
  /** Per document, the updates appended by this instance since its last compaction began. */
  private readonly appendedSinceCompaction = new Map<string, number>();
  /** The batch loop while it runs (it runs until the queue is empty). */
  private flushing?: Promise<void>;

  /**
   * Appends one Yjs update; resolves once PostgreSQL has committed it. Appends are group-committed:
   * one batch is in flight at a time, and whatever arrives meanwhile (or within APPEND_WINDOW_MS of
   * an idle start) goes into the next one, one INSERT and one commit for all (a round trip per
   * update cost more server CPU than the rest of /collab; see docs/benchmarks.md). Each connection's
   * updates are appended in the order they arrive.
   */
  append(documentName: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) =>
      this.enqueue(documentName, update, (error) => (error ? reject(error.cause) : resolve())),
    );
  }

  /** `append` with a callback: collab.ts calls it for every editor's update, without a promise each. */
  enqueue(documentName: string, update: Uint8Array, settled: AppendSettled): void {
    this.queue.push({ documentName, update, settled });
    this.flushing ??= new Promise((wait) => setTimeout(wait, APPEND_WINDOW_MS)).then(() => this.flush());
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        let count = 0;
        let bytes = 0;
        while (count < this.queue.length && count < MAX_BATCH.updates) {
          bytes += (this.queue[count] as PendingAppend).update.byteLength;
          if (count > 0 && bytes > MAX_BATCH.bytes) break;
          count += 1;
        }
        const batch = this.queue.splice(0, count);
        try {
          await this.insertBatch(batch);
          for (const item of batch) {
            const appended = this.appendedSinceCompaction.get(item.documentName) ?? 0;
            this.appendedSinceCompaction.set(item.documentName, appended + 1);
            item.settled();
          }
        } catch (error) {
          for (const item of batch) item.settled({ cause: error });
        }
      }
    } finally {
      this.flushing = undefined;
    }
  }

  /**
   * One statement, its own transaction. The shared advisory lock per document lets compaction wait
   * for appends in flight: without it an update with a lower id could commit after compaction folded
   * the higher ones, and be skipped. Shared locks never wait for each other, and compaction holds one
   * exclusive lock and waits for nothing else, so a batch spanning documents cannot deadlock with it.
   * A simple-protocol query (one round trip, one socket write): the values are escaped literals,
   * the updates hex-encoded bytea.
   */
  private async insertBatch(batch: PendingAppend[]): Promise<void> {
    this.appendPool ??= new pg.Pool({ connectionString: this.orm.config.getClientUrl(), max: 1 });
    const client = await this.appendPool.connect();
    try {
      const literal = (name: string) => client.escapeLiteral(name);
      const hex = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('hex');
      const names = [...new Set(batch.map((item) => item.documentName))].sort();
      const rows = batch.map((item, i) => `(${literal(item.documentName)}, '\\x${hex(item.update)}'::bytea, ${i})`);
      const result = await client.query(
        `with lock as (
           select count(pg_advisory_xact_lock_shared(hashtext(name))) as n
           from (values ${names.map((name) => `(${literal(name)})`).join(', ')}) as documents(name)
         )
         insert into collab_update (document_name, update, created_at)
         select appended.name, appended.update, now()
         from lock, (values ${rows.join(', ')}) as appended(name, update, position)
         order by appended.position`,
      );
      if (result.rowCount !== batch.length) throw new Error('collab updates not stored');
      client.release();
    } catch (error) {
      client.release(true); // a connection in an unknown state is not reused
      throw error;
    }
  }

  /** Waits until every append received so far has committed (or failed), then ends the append connection. */
  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    const pool = this.appendPool;
    this.appendPool = undefined;
    await pool?.end();
  }

  /**
   * The snapshot and the updates after it (up to `upTo` when given), read in one statement so that
   * a compaction committing in between cannot make the two disagree.
   */
  private async readLog(documentName: string, upTo?: string, ctx?: unknown): Promise<LogEntry[]> {
    return this.db.execute<LogEntry[]>(
      `select 0 as kind, state as data, last_update_id as position, last_update_id::text as id
       from collab_snapshot where document_name = ?
       union all
       select 1, u.update, u.id, u.id::text from collab_update u
       where u.document_name = ? and u.id <= ?
         and u.id > coalesce((select last_update_id from collab_snapshot where document_name = ?), 0)
       order by kind, position`,
      [documentName, documentName, upTo ?? '9223372036854775807', documentName],
      'all',
      ctx,
    );
  }

  /** Rebuilds a document from its snapshot and the updates after it. Throws rather than hand out an empty document. */
  async load(documentName: string, document: Y.Doc): Promise<void> {
    const log = await this.readLog(documentName);
    Y.transact(document, () => {
      for (const entry of log) Y.applyUpdate(document, entry.data);
    });
  }

  /**
   * Folds the log into the snapshot: the snapshot plus the updates committed after it, up to a
   * barrier (see committedUpTo). The log holds every change the document ever received (editors'
   * updates are appended before they are acknowledged, a restored version before it is applied, and
   * another instance appends what it receives), so the live document is not needed: encoding and
   * re-applying its whole state held the event loop, and every editor on this instance, for
   * milliseconds each time. Appends are held up only for the barrier, not while the snapshot is built.
   */
  compact(documentName: string): Promise<void> {
    const run = this.compactions.then(() => this.compactNow(documentName));
    this.compactions = run.catch(() => undefined);
    return run;
  }

  private async compactNow(documentName: string): Promise<void> {
    this.appendedSinceCompaction.delete(documentName);
    const upTo = await this.committedUpTo(documentName);
    if (!upTo) return;
    await this.orm.em.fork().transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = tx.getTransactionContext();
      const log = await this.readLog(documentName, upTo, ctx);
      const last = log.at(-1);
      if (!last || last.kind === 0) return;
      // Integrated in slices: thousands of updates in one go held the event loop for ~70 ms.
      const merged = new Y.Doc();
      for (let i = 0; i < log.length; i += COMPACTION_SLICE) {
        if (i > 0) await new Promise((resolve) => setImmediate(resolve));
        Y.transact(merged, () => {
          for (const entry of log.slice(i, i + COMPACTION_SLICE)) Y.applyUpdate(merged, entry.data);
        });
      }
      const state = Buffer.from(Y.encodeStateAsUpdate(merged));
      // The rendered text is what search indexes (decision 0020): co-edited texts are searchable as of
      // their last compaction. A document that does not render (never expected) is stored without text.
      const text = searchableText(merged);
      merged.destroy();
      // Another instance may have compacted further meanwhile: never replace a newer snapshot.
      await conn.execute(
        `insert into collab_snapshot (document_name, state, last_update_id, updated_at, text) values (?, ?, ?, now(), ?)
         on conflict (document_name) do update set state = excluded.state, last_update_id = excluded.last_update_id, updated_at = now(), text = excluded.text
         where collab_snapshot.last_update_id < excluded.last_update_id`,
        [documentName, state, last.id, text],
        'run',
        ctx,
      );
      await conn.execute(
        'delete from collab_update where document_name = ? and id <= ?',
        [documentName, last.id],
        'run',
        ctx,
      );
    });
  }

  /**
   * The highest update id below which every update of the document has committed. The exclusive
   * advisory lock waits for the appends in flight (they hold it shared); appends that start later
   * draw higher ids, so the lock is released as soon as the maximum is read.
   */
  private committedUpTo(documentName: string): Promise<string | null> {
    return this.orm.em.fork().transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = tx.getTransactionContext();
      await conn.execute('select pg_advisory_xact_lock(hashtext(?))', [documentName], 'run', ctx);
      const [row] = await conn.execute<{ id: string | null }[]>(
        'select max(id)::text as id from collab_update where document_name = ?',
        [documentName],
        'all',
        ctx,
      );
      return row?.id ?? null;
    });
  }

  /** Hocuspocus hooks for loading and compaction; collab.ts appends what each editor's update changed. */
  extension(): Extension {
    return {
      onLoadDocument: async ({ documentName, document }) => {
        await this.load(documentName, document);
        return document;
      },
      onStoreDocument: async ({ documentName, document }) => {
        const appended = this.appendedSinceCompaction.get(documentName) ?? 0;
        if (document.getConnectionsCount() > 0 && appended < COMPACT_AFTER_UPDATES) return;
        // Counted from the request: the compaction may run on another instance.
        this.appendedSinceCompaction.delete(documentName);
        await this.requestCompaction(documentName);
      },
    };
  }
}

/** The plain text of a co-edited document, capped (search indexes it; tsvector holds at most 1 MB). */
function searchableText(doc: Y.Doc): string | null {
  try {
    return renderDocument(doc).text.slice(0, 200_000);
  } catch {
    return null;
  }
}
