import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { NARRATIVE_FIELD, renderDocument } from '@opcat/editor';
import { MESSAGE } from '../collab/protocol.ts';
import type { CollabClient } from './collab-client.ts';
import type { TestServer } from './server.ts';

/**
 * Appends a paragraph to a co-edited text the way the web editor writes it (a `paragraph` element
 * of the shared schema holding the text; `bold` is the schema's mark), as one change.
 */
export function appendParagraph(doc: Y.Doc, text: string, options: { bold?: boolean } = {}): void {
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    doc.getXmlFragment(NARRATIVE_FIELD).push([paragraph]);
    const content = new Y.XmlText();
    paragraph.insert(0, [content]);
    content.insert(0, text, options.bold ? { bold: {} } : {});
  });
}

/**
 * Resolves at the server's next "not applied" answer on this connection: Hocuspocus sends it after
 * handling an update from a read-only connection, so once it arrives the update was dropped for good.
 */
export function nextRefusal(client: CollabClient): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = ({ event }: { event: MessageEvent }) => {
      const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer));
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) !== MESSAGE.SyncStatus || decoding.readVarInt(decoder) !== 0) return;
      client.provider.off('message', onMessage);
      resolve();
    };
    client.provider.on('message', onMessage);
  });
}

/** Rows in the durable update log of a document. */
export async function storedUpdateCount(server: TestServer, documentName: string): Promise<number> {
  const [row] = await server.orm.em
    .getConnection()
    .execute<{ n: string }[]>('select count(*)::text as n from collab_update where document_name = ?', [documentName]);
  return Number(row?.n ?? 0);
}

/** The text as PostgreSQL holds it (snapshot + update log), rebuilt outside the live server: what survives a restart. */
export async function storedText(server: TestServer, documentName: string): Promise<{ text: string; html: string }> {
  const doc = new Y.Doc();
  try {
    await server.services.collab?.store.load(documentName, doc);
    return renderDocument(doc);
  } finally {
    doc.destroy();
  }
}
