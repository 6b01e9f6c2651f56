import { getSchema, getText, getTextSerializersFromSchema } from '@tiptap/core';
import type { Extensions, JSONContent } from '@tiptap/core';
import { generateHTML } from '@tiptap/html/server';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

/** Name of the Y.XmlFragment that holds a co-edited narrative inside its Y.Doc. */
export const NARRATIVE_FIELD = 'narrative';

export type { JSONContent } from '@tiptap/core';

export interface EditorExtensionOptions {
  /** Follow links on click: for read-only views. Editors keep it off so a click places the caret. */
  openLinksOnClick?: boolean;
}

/**
 * The shared rich-text schema: the web editor adds Collaboration and CollaborationCaret to it;
 * the server renders stored documents with it. Undo/redo is left out because collaboration
 * brings its own (per-user) history.
 */
export function editorExtensions(options: EditorExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({
      undoRedo: false,
      heading: { levels: [1, 2, 3] },
      link: {
        openOnClick: options.openLinksOnClick ?? false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto'],
      },
    }),
  ];
}

const serverExtensions = editorExtensions();
let cachedSchema: Schema | undefined;

/** The ProseMirror schema of `editorExtensions()`, built once. */
export function editorSchema(): Schema {
  cachedSchema ??= getSchema(serverExtensions);
  return cachedSchema;
}

/**
 * Keeps only what the schema knows: a client could put any element name into the shared
 * fragment, and one unknown node must not make the whole document unrenderable.
 */
function toSchemaJSON(json: JSONContent, schema: Schema): JSONContent | null {
  if (!json.type || !(json.type in schema.nodes)) return null;
  if (json.type === 'text') {
    if (typeof json.text !== 'string' || json.text.length === 0) return null;
    const marks = (json.marks ?? []).filter((mark) => mark.type in schema.marks);
    return { type: 'text', text: json.text, ...(marks.length ? { marks } : {}) };
  }
  const content = (json.content ?? [])
    .map((child) => toSchemaJSON(child, schema))
    .filter((child): child is JSONContent => child !== null);
  return {
    type: json.type,
    ...(json.attrs ? { attrs: json.attrs } : {}),
    ...(content.length ? { content } : {}),
  };
}

/** The narrative of a Y.Doc as ProseMirror JSON, restricted to the shared schema. */
export function documentJSON(ydoc: Y.Doc): JSONContent {
  const raw = yXmlFragmentToProsemirrorJSON(ydoc.getXmlFragment(NARRATIVE_FIELD)) as JSONContent;
  const content = toSchemaJSON({ ...raw, type: 'doc' }, editorSchema())?.content ?? [];
  return { type: 'doc', content };
}

/**
 * Renders the narrative of a Y.Doc as plain text (blocks separated by a blank line) and as HTML.
 * The HTML is produced by the schema's own serializer, so text is escaped and only the schema's
 * elements and attributes appear (links limited to http, https and mailto).
 */
export function renderDocument(ydoc: Y.Doc): { text: string; html: string } {
  const schema = editorSchema();
  const json = documentJSON(ydoc);
  const node = schema.nodeFromJSON(json);
  const text = getText(node, { blockSeparator: '\n\n', textSerializers: getTextSerializersFromSchema(schema) })
    // Nested blocks (list → item → paragraph) each add a separator: one blank line is enough.
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const html = json.content?.length ? generateHTML(json, serverExtensions) : '';
  return { text, html };
}

/**
 * Makes the narrative of `ydoc` equal to `json` (ProseMirror JSON of the shared schema). The
 * fragment is updated by difference, so paragraphs that stay the same keep their identity for
 * collaborators; call it inside the transaction whose update you want to capture.
 */
export function writeDocument(ydoc: Y.Doc, json: JSONContent): void {
  const schema = editorSchema();
  const clean = toSchemaJSON({ ...json, type: 'doc' }, schema) ?? { type: 'doc' };
  prosemirrorJSONToYXmlFragment(schema, clean, ydoc.getXmlFragment(NARRATIVE_FIELD));
}
