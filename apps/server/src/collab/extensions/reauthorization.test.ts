import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import type { RawCollabSocket } from '../../test/raw-collab-socket.ts';
import {
  acksOf,
  chainedUpdates,
  rawCollabEditor,
  sharedWorkplanDocument,
  storedUpdateCount,
  updateFrame,
} from '../../test/collab-world.ts';
import { waitFor } from '../../test/collab-client.ts';
import * as Y from 'yjs';

let server: TestServer;
let ana: GraphqlClient;
const open: RawCollabSocket[] = [];
/** Appends made to the durable log, per document (rows are folded into a snapshot once editors leave). */
const appended = new Map<string, number>();

beforeAll(async () => {
  server = await startTestServer();
  ana = await signedIn(server, 'ana.mnp@demo.opcat');
  const store = server.services.collab.store;
  const enqueue = store.enqueue.bind(store);
  store.enqueue = (documentName, update, settled) => {
    appended.set(documentName, (appended.get(documentName) ?? 0) + 1);
    enqueue(documentName, update, settled);
  };
});

/** The narrative as PostgreSQL has it (log and snapshot). */
async function storedText(documentName: string): Promise<string> {
  const doc = new Y.Doc();
  await server.services.collab.store.load(documentName, doc);
  return doc.getText('narrative').toString();
}

/** Nothing after the first edit reached the log, and the stored text is the first edit's alone. */
async function expectOnlyTheFirstEditStored(documentName: string): Promise<void> {
  expect(appended.get(documentName)).toBe(1);
  expect(await storedText(documentName)).toBe('w0 ');
}

afterAll(async () => {
  for (const socket of open) socket.destroy();
  await server?.close();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An editor's raw socket on a new shared plan, with one edit stored and acknowledged. */
async function editing(cookie: string) {
  const documentName = await sharedWorkplanDocument(server);
  const { socket, scope } = await rawCollabEditor(server, cookie, documentName);
  open.push(socket);
  expect(scope).toBe('read-write');
  const updates = chainedUpdates(101);
  socket.send(updateFrame(documentName, updates[0]!));
  await waitFor(() => acksOf(socket, documentName) === 1, 3000, 'the first edit acknowledged');
  expect(await storedUpdateCount(server, documentName)).toBe(1);
  expect(appended.get(documentName)).toBe(1);
  return { documentName, socket, rest: updates.slice(1) };
}

/**
 * What the attacker sends after losing access: half at once, half after the close frame (which
 * it ignores). Returns once the server cut the socket off and any append could have committed.
 */
async function keepSending(socket: RawCollabSocket, documentName: string, updates: Uint8Array[]) {
  const half = updates.length / 2;
  for (const update of updates.slice(0, half)) socket.send(updateFrame(documentName, update));
  const code = await socket.closeFrame;
  for (const update of updates.slice(half)) socket.send(updateFrame(documentName, update));
  await Promise.race([socket.ended, pause(3000)]);
  expect(socket.isEnded()).toBe(true);
  await pause(300); // appends are group-committed every 40 ms
  return code;
}

describe('re-authorization: a client that ignores the close frame', () => {
  it('gets none of its updates stored after signing out, and its socket is terminated', async () => {
    const diego = await signedIn(server, 'diego.voces@demo.opcat');
    const { documentName, socket, rest } = await editing(diego.cookie!);
    await diego.request('mutation SignOut { signOut }');
    expect(await keepSending(socket, documentName, rest)).toBe(4403);
    await expectOnlyTheFirstEditStored(documentName);
  });

  it('gets none of its updates stored after its membership is removed, and its socket is terminated', async () => {
    const bruno = await signedIn(server, 'bruno.mnp@demo.opcat');
    const { documentName, socket, rest } = await editing(bruno.cookie!);
    const members = await ana.request<{ organisation: { members: { id: string; user: { email: string } }[] } }>(
      'query Members { organisation { id members { id user { email } } } }',
    );
    const membershipId = members.data!.organisation.members.find((m) => m.user.email === 'bruno.mnp@demo.opcat')!.id;
    const removed = await ana.request<{ removeMember: { removedMembershipId: string | null } }>(
      'mutation Remove($input: RemoveMemberInput!) { removeMember(input: $input) { removedMembershipId } }',
      { input: { membershipId } },
    );
    expect(removed.data?.removeMember.removedMembershipId).toBe(membershipId);
    expect(await keepSending(socket, documentName, rest)).toBe(4403);
    await expectOnlyTheFirstEditStored(documentName);
  });

  it('gets none of its updates stored once the record is narrowed out of its reach, even those sent during the re-check', async () => {
    const diego = await signedIn(server, 'diego.voces@demo.opcat');
    const { documentName, socket, rest } = await editing(diego.cookie!);
    const response = await ana.request<{ reclassifyRecord: { userErrors: unknown[] } }>(
      `mutation($id: ID!) { reclassifyRecord(input: { recordType: WORKPLAN, recordId: $id, classification: ORGANISATION }) { userErrors { code } } }`,
      { id: documentName.split(':')[1] },
    );
    expect(response.data?.reclassifyRecord.userErrors).toEqual([]);
    // The first half leaves at once: it reaches the server while the connection is being re-checked.
    expect(await keepSending(socket, documentName, rest)).toBe(4403);
    await expectOnlyTheFirstEditStored(documentName);
  });

  it('gets none of its updates stored once its session has expired, and its socket is terminated', async () => {
    const diego = await signedIn(server, 'diego.voces@demo.opcat');
    // A session at the end of its maximum age: using it cannot extend it past two seconds from now.
    await server.orm.em.getConnection().execute(
      `update user_session set created_at = now() - interval '7 days' + interval '2 seconds', expires_at = now() + interval '2 seconds'
         where id = (select id from user_session where user_id = (select id from user_account where email = ?) order by created_at desc limit 1)`,
      ['diego.voces@demo.opcat'],
    );
    const { documentName, socket, rest } = await editing(diego.cookie!);
    await pause(2100);
    expect(await keepSending(socket, documentName, rest)).toBe(4403);
    await expectOnlyTheFirstEditStored(documentName);
  });
});

describe('re-authorization that keeps access', () => {
  it('applies, stores and acknowledges the messages that arrived during the re-check, in their order', async () => {
    const diego = await signedIn(server, 'diego.voces@demo.opcat');
    const { documentName, socket, rest } = await editing(diego.cookie!);
    const updates = rest.slice(0, 20);
    // The server runs in this process: these frames are read only after the re-check has started.
    for (const update of updates) socket.send(updateFrame(documentName, update));
    await server.services.bus.publish('recordAccessChanged', { documentNames: [documentName] });
    await waitFor(() => acksOf(socket, documentName) === 21, 3000, 'every edit acknowledged');
    // Each update depends on the one before: one arriving early would have waited, and been stored
    // together with the one it waited for.
    expect(await storedUpdateCount(server, documentName)).toBe(21);
    expect(appended.get(documentName)).toBe(21);
    expect(socket.isEnded()).toBe(false);
  });
});
