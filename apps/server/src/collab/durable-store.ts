import * as Y from 'yjs';
import type { Extension } from '@hocuspocus/server';
import type { MikroORM } from '@mikro-orm/postgresql';

type Row = { id: string; update: Buffer };

/**
 * Persistence that never loses an acknowledged edit. Hocuspocus acknowledges an update (SyncStatus)
 * right after applying it and stores documents only seconds later; here every incoming update is
 * appended to `collab_update` and awaited in `beforeHandleMessage`, i.e. before it is applied and
 * acknowledged. `onStoreDocument` (debounced by Hocuspocus) compacts the log into a snapshot.
 */
export class DurableStore {
  constructor(private readonly orm: MikroORM) {}

  private get db() {
    return this.orm.em.getConnection();
  }

  /**
   * Appends one Yjs update; resolves once PostgreSQL has committed it. The shared advisory lock
   * (one statement, its own transaction) lets compaction wait for appends in flight: without it an
   * update with a lower id could commit after compaction folded the higher ones, and be skipped.
   */
  async append(documentName: string, update: Uint8Array): Promise<string> {
    const [row] = await this.db.execute<{ id: string }[]>(
      `with lock as (select pg_advisory_xact_lock_shared(hashtext(?)))
       insert into collab_update (document_name, update, created_at)
       select ?, ?, now() from lock returning id::text as id`,
      [documentName, documentName, Buffer.from(update)],
    );
    if (!row) throw new Error('collab update not stored');
    return row.id;
  }

  /** Rebuilds a document from its snapshot and the updates after it. Throws rather than hand out an empty document. */
  async load(documentName: string, document: Y.Doc): Promise<void> {
    const [snapshot] = await this.db.execute<{ state: Buffer; last_update_id: string }[]>(
      'select state, last_update_id::text as last_update_id from collab_snapshot where document_name = ?',
      [documentName],
    );
    const rows = await this.db.execute<Row[]>(
      'select id::text as id, update from collab_update where document_name = ? and id > ? order by id',
      [documentName, snapshot?.last_update_id ?? '0'],
    );
    Y.transact(document, () => {
      if (snapshot) Y.applyUpdate(document, snapshot.state);
      for (const row of rows) Y.applyUpdate(document, row.update);
    });
  }

  /**
   * Folds the log into the snapshot. Updates are appended before they are applied, so the last few
   * may not be in `document` yet: they are merged in from the log, never assumed.
   */
  async compact(documentName: string, document: Y.Doc): Promise<void> {
    await this.orm.em.fork().transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = tx.getTransactionContext();
      // Exclusive: waits until every append in flight for this document has committed.
      await conn.execute('select pg_advisory_xact_lock(hashtext(?))', [documentName], 'run', ctx);
      const [snapshot] = await conn.execute<{ last_update_id: string }[]>(
        'select last_update_id::text as last_update_id from collab_snapshot where document_name = ?',
        [documentName],
        'all',
        ctx,
      );
      const since = snapshot?.last_update_id ?? '0';
      const rows = await conn.execute<Row[]>(
        'select id::text as id, update from collab_update where document_name = ? and id > ? order by id',
        [documentName, since],
        'all',
        ctx,
      );
      const last = rows.at(-1);
      if (!last) return;
      const merged = new Y.Doc();
      Y.applyUpdate(merged, Y.encodeStateAsUpdate(document));
      for (const row of rows) Y.applyUpdate(merged, row.update);
      const state = Buffer.from(Y.encodeStateAsUpdate(merged));
      merged.destroy();
      await conn.execute(
        `insert into collab_snapshot (document_name, state, last_update_id, updated_at) values (?, ?, ?, now())
         on conflict (document_name) do update set state = excluded.state, last_update_id = excluded.last_update_id, updated_at = now()`,
        [documentName, state, last.id],
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

  /** Hocuspocus hooks for loading and compaction; appends happen in the message guard. */
  extension(): Extension {
    return {
      onLoadDocument: async ({ documentName, document }) => {
        await this.load(documentName, document);
        return document;
      },
      onStoreDocument: async ({ documentName, document }) => {
        await this.compact(documentName, document);
      },
    };
  }
}
