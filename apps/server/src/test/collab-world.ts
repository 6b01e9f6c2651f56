import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { Organisation, User, WorkingGroup } from '../db/entities/identity.ts';
import { Workplan } from '../db/entities/workplan.ts';
import { MESSAGE, SYNC } from '../collab/protocol.ts';
import { collabFrame, openRawCollabSocket, readFrame } from './raw-collab-socket.ts';
import type { RawCollabSocket } from './raw-collab-socket.ts';
import type { TestServer } from './server.ts';

/**
 * A new workplan of the demo world's MNP shared with the national working group: Ana (MNP admin)
 * and Bruno (MNP editor) and Diego (CSO editor, member of the group) may edit its narrative.
 */
export async function sharedWorkplanDocument(server: TestServer): Promise<string> {
  const em = server.orm.em.fork();
  const owner = await em.findOneOrFail(Organisation, {
    name: { $like: 'Mecanismo Nacional de Prevención de la Tortura%' },
  });
  const group = await em.findOneOrFail(WorkingGroup, { kind: 'NATIONAL_WORKING_GROUP' });
  const ana = await em.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' });
  const plan = em.create(Workplan, {
    ownerOrganisation: owner,
    workingGroup: group,
    classification: 'WORKING_GROUP',
    countryCode: 'XV',
    title: 'Plan de prueba',
    periodStart: '2026-01-01',
    createdBy: ana,
  });
  await em.flush();
  return `workplan:${plan.id}`;
}

export async function storedUpdateCount(server: TestServer, documentName: string): Promise<number> {
  const [row] = await server.orm.em
    .getConnection()
    .execute<{ n: string }[]>('select count(*)::text as n from collab_update where document_name = ?', [documentName]);
  return Number(row?.n ?? 0);
}

export const authFrame = (documentName: string) =>
  collabFrame(documentName, MESSAGE.Auth, (e) => {
    encoding.writeVarUint(e, 0); // token
    encoding.writeVarString(e, 'ignored: the cookie decides');
  });

export const updateFrame = (documentName: string, update: Uint8Array) =>
  collabFrame(documentName, MESSAGE.Sync, (e) => {
    encoding.writeVarUint(e, SYNC.Update);
    encoding.writeVarUint8Array(e, update);
  });

const isAck = (documentName: string) => (message: Uint8Array) => {
  const { documentName: name, type } = readFrame(message);
  return name === documentName && type === MESSAGE.SyncStatus;
};

/** Acknowledgements the socket has received for the document. */
export function acksOf(socket: RawCollabSocket, documentName: string): number {
  return socket.received.filter(isAck(documentName)).length;
}

/** A raw socket that authenticated the document (read-write or read-only). */
export async function rawCollabEditor(
  server: TestServer,
  cookie: string,
  documentName: string,
): Promise<{ socket: RawCollabSocket; scope: string }> {
  const socket = await openRawCollabSocket(server.url, cookie);
  socket.send(authFrame(documentName));
  const answer = await socket.next((m) => {
    const { documentName: name, type } = readFrame(m);
    return name === documentName && type === MESSAGE.Auth;
  });
  const { decoder } = readFrame(answer);
  const authenticated = decoding.readVarUint(decoder) === 2;
  const scope = decoding.readVarString(decoder);
  if (!authenticated) throw new Error(`permission denied: ${scope}`);
  return { socket, scope };
}

/** Yjs updates that each insert one more word into a text, every one depending on the last. */
export function chainedUpdates(count: number, text = 'narrative'): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < count; i++) doc.getText(text).insert(doc.getText(text).length, `w${i} `);
  doc.destroy();
  return updates;
}
