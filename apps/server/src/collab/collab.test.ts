import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { sharedWorkplanDocument, storedUpdateCount } from '../test/collab-world.ts';
import { signedIn, startTestServer } from '../test/server.ts';
import type { TestServer } from '../test/server.ts';
import { collabClient, waitFor } from '../test/collab-client.ts';
import { jobSucceeded, queuedWithKey } from '../test/jobs.ts';
import type { CollabClient } from '../test/collab-client.ts';
import { MESSAGE, SYNC } from './protocol.ts';

let server: TestServer;
let documentName: string;
const cookies: Record<string, string> = {};
const open: CollabClient[] = [];

function connect(who: string, name = documentName): CollabClient {
  const client = collabClient(server.url, cookies[who], name);
  open.push(client);
  return client;
}

const storedUpdates = () => storedUpdateCount(server, documentName);

/** A raw frame on an authorized connection, as a hostile client could send. */
function rawFrame(name: string, type: number, write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, name);
  encoding.writeVarUint(e, type);
  write(e);
  return encoding.toUint8Array(e);
}

function sendRaw(client: CollabClient, frame: Uint8Array): void {
  (client.socket as unknown as { webSocket: WebSocket }).webSocket.send(frame);
}

/**
 * The next SyncStatus the server sends this client (its verdict on an update: applied or not), as
 * the raw frame arrives on the socket.
 */
function nextSyncStatus(client: CollabClient): Promise<boolean> {
  const socket = (client.socket as unknown as { webSocket: WebSocket }).webSocket;
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) !== MESSAGE.SyncStatus) return;
      socket.off('message', onMessage);
      resolve(decoding.readVarUint(decoder) === 1);
    };
    socket.on('message', onMessage);
  });
}

beforeAll(async () => {
  server = await startTestServer();
  for (const email of [
    'ana.mnp@demo.opcat',
    'diego.voces@demo.opcat',
    'hannah.ohchr@demo.opcat',
    'lucia.mnpsa@demo.opcat',
  ]) {
    cookies[email.split('.')[0] as string] = (await signedIn(server, email)).cookie as string;
  }
  documentName = await sharedWorkplanDocument(server);
});

afterAll(async () => {
  for (const client of open) client.destroy();
  await server?.close();
});

describe('authenticate: /collab authorization', () => {
  it('a member of another country cannot open the document, exactly like an unknown one, and the socket is closed', async () => {
    const foreign = connect('lucia');
    await expect(foreign.authenticated).rejects.toThrow();
    const unknown = connect('lucia', 'workplan:00000000-0000-4000-8000-000000000000');
    await expect(unknown.authenticated).rejects.toThrow();
    const [a, b] = await Promise.all([foreign.closed, unknown.closed]);
    expect(a.code).toBe(b.code);
  });

  it('an editor of a member organisation of the working group writes; an observer organisation reads only', async () => {
    const diego = connect('diego');
    const hannah = connect('hannah');
    expect(await diego.authenticated).toEqual({ readOnly: false });
    expect(await hannah.authenticated).toEqual({ readOnly: true });
  });
});

describe('acknowledge-after-store: /collab durability', () => {
  it('an acknowledged edit is already in PostgreSQL', async () => {
    const ana = connect('ana');
    await ana.authenticated;
    await ana.synced;
    const before = await storedUpdates();
    ana.doc.getText('probe').insert(0, 'acuse de recibo');
    await ana.acknowledged();
    expect(await storedUpdates()).toBeGreaterThan(before);
  });

  it("the server drops a read-only connection's edits: not relayed, not stored", async () => {
    const writer = connect('ana');
    const reader = connect('hannah');
    await Promise.all([writer.synced, reader.synced]);
    // The reader's own sync step is acknowledged with a SyncStatus too (`true`): wait for it, so that
    // the next SyncStatus is the verdict on the edit below and nothing else.
    await reader.acknowledged();
    const before = await storedUpdates();
    const verdict = nextSyncStatus(reader);
    reader.doc.getText('sneaky').insert(0, 'no autorizado');
    // Probe: Hocuspocus answers every update with a SyncStatus, `false` when it refused to apply
    // it. Once the reader has that answer the server has handled the update; an applied (relayed)
    // one would have left for the writer before it, on the server's live document at once.
    // (Should read-only ever be ignored, the answer is `true`, the live document holds the text
    // and the writer's round trip below carries the relayed edit: each expectation fails.)
    expect(await verdict).toBe(false);
    const live = server.services.collab!.hocuspocus.documents.get(documentName)!;
    expect(live.getText('sneaky').toString()).toBe('');
    // The writer's own acknowledged edit comes after anything relayed to it earlier on its socket.
    writer.doc.getText('probe-after-sneaky').insert(0, 'x');
    await writer.acknowledged();
    expect(writer.doc.getText('sneaky').toString()).toBe('');
    expect(await storedUpdates()).toBe(before + 1); // the writer's edit only
  });
});

describe('message-guard and awareness-ownership: /collab hostile frames', () => {
  it('relays allowlisted awareness from the real user and closes a connection that claims another identity', async () => {
    const ana = connect('ana');
    const diego = connect('diego');
    await Promise.all([ana.synced, diego.synced]);
    ana.provider.setAwarenessField('user', { name: 'Ana Martínez', color: '#aa3355' });
    await waitFor(
      () => [...diego.provider.awareness!.getStates().values()].some((s) => s.user?.name === 'Ana Martínez'),
      3000,
      'awareness relayed',
    );
    diego.provider.setAwarenessField('user', { name: 'Ana Martínez', color: '#000000' });
    expect((await diego.closed).reason).toBe('Message refused');
    expect(
      [...ana.provider.awareness!.getStates().values()].filter((s) => s.user?.name === 'Ana Martínez'),
    ).toHaveLength(1);
  });

  it('closes a connection that sends fields outside the allowlist', async () => {
    const ana = connect('ana');
    await ana.synced;
    ana.provider.setAwarenessField('script', '<img onerror=alert(1)>');
    expect((await ana.closed).reason).toBe('Message refused');
  });

  it('refuses BroadcastStateless and malformed frames without harming other documents or clients', async () => {
    const victim = connect('ana');
    const attacker = connect('diego');
    await Promise.all([victim.synced, attacker.synced]);
    sendRaw(
      attacker,
      rawFrame(documentName, MESSAGE.BroadcastStateless, (e) => encoding.writeVarString(e, 'spam')),
    );
    expect((await attacker.closed).reason).toBe('Message refused');
    const second = connect('diego');
    await second.synced;
    sendRaw(
      second,
      rawFrame(documentName, 0, (e) => encoding.writeVarUint(e, 9)),
    );
    await second.closed;
    victim.doc.getText('still').insert(0, 'vivo');
    await victim.acknowledged();
    const observer = connect('hannah');
    await observer.synced;
    await waitFor(() => observer.doc.getText('still').toString() === 'vivo', 3000, 'document still served');
  });

  it('refuses an update over 2 MB without storing it, and closes a socket whose frame is larger still', async () => {
    const big = connect('ana');
    await big.synced;
    const before = await storedUpdates();
    big.doc.getText('huge').insert(0, 'x'.repeat(2 * 1024 * 1024 + 10));
    expect((await big.closed).reason).toBe('Message refused');
    expect(await storedUpdates()).toBe(before);

    const socket = new WebSocket(server.url.replace(/^http/, 'ws') + '/collab', { headers: { cookie: cookies.ana } });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(
      rawFrame(documentName, 0, (e) => {
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, new Uint8Array(2 * 1024 * 1024 + 4096));
      }),
    );
    expect(await closed).toBe(1009);
    const after = connect('diego');
    await after.synced;
    expect(after.doc.getText('still').toString()).toBe('vivo');
    expect(after.doc.getText('huge').toString()).toBe('');
  });
});

describe('acknowledge-after-store: /collab durability contract', () => {
  it('acknowledges an edit only once it is stored, and never stores an update Yjs cannot apply', async () => {
    const writer = connect('ana');
    await writer.synced;
    const before = await storedUpdates();
    writer.doc.getText('contract').insert(0, 'guardado');
    await writer.acknowledged();
    // The acknowledgement left after the commit: the row is there the moment the client has it.
    expect(await storedUpdates()).toBe(before + 1);

    const hostile = connect('ana');
    await hostile.synced;
    const garbage = rawFrame(hostile.provider.configuration.name, MESSAGE.Sync, (e) => {
      encoding.writeVarUint(e, 2); // sync update
      encoding.writeVarUint8Array(e, new Uint8Array([0xff, 0xff, 0xff, 0x7f, 0x05, 0x01, 0x02]));
    });
    sendRaw(hostile, garbage);
    expect((await hostile.closed).reason).toBe('Message refused');
    expect(await storedUpdates()).toBe(before + 1);
    const reader = connect('diego');
    await reader.synced;
    expect(reader.doc.getText('contract').toString()).toBe('guardado');
  });
});

describe('acknowledge-after-store: /collab when PostgreSQL refuses an append', () => {
  it('acknowledges nothing and closes the connection, so that the client keeps its edit to send again', async () => {
    const writer = connect('ana');
    await writer.synced;
    const db = server.ownerOrm.em.getConnection();
    // A constraint that refuses new rows of this document only (NOT VALID: existing rows are not checked).
    await db.execute(
      `alter table collab_update add constraint refuse_test_document check (document_name <> '${documentName}') not valid`,
    );
    try {
      writer.doc.getText('refused').insert(0, 'no guardado');
      expect((await writer.closed).reason).toBe('Update not stored');
      expect(writer.provider.unsyncedChanges).toBeGreaterThan(0);
    } finally {
      await db.execute('alter table collab_update drop constraint refuse_test_document');
    }
  });
});

describe('acknowledge-after-store: /collab relaying (echo suppression)', () => {
  /** The Yjs updates a client's socket receives (sync update messages), from now on. */
  function relayedTo(client: CollabClient): Uint8Array[] {
    const updates: Uint8Array[] = [];
    (client.socket as unknown as { webSocket: WebSocket }).webSocket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) !== MESSAGE.Sync || decoding.readVarUint(decoder) !== SYNC.Update) return;
      updates.push(decoding.readVarUint8Array(decoder));
    });
    return updates;
  }
  const updateFrame = (update: Uint8Array) =>
    rawFrame(documentName, MESSAGE.Sync, (e) => {
      encoding.writeVarUint(e, SYNC.Update);
      encoding.writeVarUint8Array(e, update);
    });

  it("does not send an editor's own update back to it, and relays it to the others", async () => {
    const ana = connect('ana');
    const diego = connect('diego');
    await Promise.all([ana.synced, diego.synced]);
    const toAna = relayedTo(ana);
    const toDiego = relayedTo(diego);
    ana.doc.getText('echo').insert(0, 'eco');
    await ana.acknowledged();
    await waitFor(() => diego.doc.getText('echo').toString() === 'eco', 3000, 'the edit reaching Diego');
    const fromAna = (u: Uint8Array) => Y.decodeUpdate(u).structs.some((s) => s.id.client === ana.doc.clientID);
    expect(toDiego.filter(fromAna)).toHaveLength(1);
    expect(toAna.filter(fromAna)).toHaveLength(0);
  });

  it('relays to the sender what its update brought besides its own (structs that were waiting for it)', async () => {
    const ana = connect('ana');
    const diego = connect('diego');
    await Promise.all([ana.synced, diego.synced]);
    // Two updates of a third document, the second depending on the first.
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => updates.push(u));
    source.getText('late').insert(0, 'uno');
    source.getText('late').insert(3, 'dos');
    const [first, second] = updates as [Uint8Array, Uint8Array];
    await diego.acknowledged(); // his sync step's SyncStatus is in: the next one answers the frame below
    const handled = nextSyncStatus(diego);
    sendRaw(diego, updateFrame(second)); // cannot be integrated yet: the server holds it
    // Probe: the server's SyncStatus for that frame means it has been handled. Held, it changed
    // nothing: the live document is still empty (were it integrated early, the text would be there
    // and Ana would receive Diego's part before her own update, and the relay check below would
    // not distinguish the two paths).
    expect(await handled).toBe(true);
    const live = server.services.collab!.hocuspocus.documents.get(documentName)!;
    expect(live.getText('late').toString()).toBe('');
    expect(ana.doc.getText('late').toString()).toBe('');
    sendRaw(ana, updateFrame(first)); // brings both in: Ana must receive Diego's part
    await waitFor(() => ana.doc.getText('late').toString() === 'unodos', 3000, 'the waiting structs reaching Ana');
    await waitFor(() => diego.doc.getText('late').toString() === 'unodos', 3000, 'both reaching Diego');
  });
});

describe('reauthorization: /collab revocation', () => {
  it('narrowing the plan to ORGANISATION closes the CSO connection within a second', async () => {
    const diego = connect('diego');
    await diego.synced;
    const admin = await signedIn(server, 'ana.mnp@demo.opcat');
    const response = await admin.request<{ reclassifyRecord: { userErrors: unknown[] } }>(
      `mutation($id: ID!) { reclassifyRecord(input: { recordType: WORKPLAN, recordId: $id, classification: ORGANISATION }) { userErrors { code } } }`,
      { id: documentName.split(':')[1] },
    );
    expect(response.data?.reclassifyRecord.userErrors).toEqual([]);
    const committed = Date.now();
    expect((await diego.closed).reason).toBe('Access revoked');
    expect(Date.now() - committed).toBeLessThan(1000);
  });
});

describe('/collab compaction', () => {
  it('leaves an open document’s short log alone and folds it in a job when the last editor leaves', async () => {
    const writer = connect('ana');
    await writer.synced;
    for (const word of ['uno', 'dos', 'tres']) writer.doc.getText('leave').insert(0, word);
    await writer.acknowledged();
    const logged = await storedUpdates();
    expect(logged).toBeGreaterThan(0);
    const live = server.services.collab!.hocuspocus.documents.get(documentName)!;
    const { onStoreDocument } = server.services.collab!.store.extension();
    await onStoreDocument!({ documentName, document: live } as never);
    expect(await storedUpdates()).toBe(logged); // fewer than COMPACT_AFTER_UPDATES, editors still there
    expect(await queuedWithKey(server.orm.em.fork(), `collab.compact:${documentName}`)).toBe(0);
    // The last editor leaving queues a `collab.compact` job for the document; the runner folds the log.
    const compacted = jobSucceeded([server.jobs], (job) => job.key === `collab.compact:${documentName}`);
    for (const client of open) client.destroy();
    await compacted;
    expect(await storedUpdates()).toBe(0);
    const reader = connect('ana');
    await reader.synced;
    expect(reader.doc.getText('leave').toString()).toBe('tresdosuno');
  });

  it('folds the log into a snapshot that reloads to the same content', async () => {
    const store = server.services.collab!.store;
    const doc = new Y.Doc();
    await store.load(documentName, doc);
    const text = doc.getText('probe').toString();
    await store.compact(documentName);
    expect(await storedUpdates()).toBe(0);
    const reloaded = new Y.Doc();
    await store.load(documentName, reloaded);
    expect(reloaded.getText('probe').toString()).toBe(text);
  });
});
