import * as Y from 'yjs';
import { renderDocument, writeDocument } from '@opcat/editor';
import type { JSONContent } from '@opcat/editor';

/** Plain text as a document of the shared schema: one paragraph per line, blank lines dropped. */
export function plainTextDocument(text: string): JSONContent {
  const content = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }));
  return { type: 'doc', content };
}

/**
 * A co-edited document's first state, from plain text: the Yjs update a snapshot stores and the
 * text it renders to (for search). Used by the migration that turned the visit report's plain
 * introduction and conclusions into co-edited texts.
 */
export function plainTextSnapshot(text: string): { state: Buffer; text: string } {
  const doc = new Y.Doc();
  try {
    writeDocument(doc, plainTextDocument(text));
    return { state: Buffer.from(Y.encodeStateAsUpdate(doc)), text: renderDocument(doc).text };
  } finally {
    doc.destroy();
  }
}
