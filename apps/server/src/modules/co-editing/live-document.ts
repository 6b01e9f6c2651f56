import * as Y from 'yjs';
import { renderDocument } from '@opcat/editor';
import type { CollabVersion } from '../../db/entities/collab.ts';
import type { AnyShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import { canReadCollabDocument, canWriteCollabDocument, documentNameFor } from './documents.ts';
import type { CollabKind } from './documents.ts';
import type { CoEditedTextModel } from './models.ts';

export interface Rendered {
  text: string;
  html: string;
}

export function coEditedText(kind: CollabKind, record: AnyShareableRecord): CoEditedTextModel {
  return { kind, record };
}

/** The text when the operation's actor may read it (a record's reader may not read every text of it), else null. */
export function readableCoEditedText(
  ctx: OperationContext,
  kind: CollabKind,
  record: AnyShareableRecord,
): CoEditedTextModel | null {
  return canReadCollabDocument(ctx.actor, kind, record) ? coEditedText(kind, record) : null;
}

export function coEditedTextName(text: CoEditedTextModel): string {
  return documentNameFor(text.kind, text.record.id);
}

export function viewerCanEditText(ctx: OperationContext, text: CoEditedTextModel): boolean {
  return canWriteCollabDocument(ctx.actor, text.kind, text.record);
}

/** A document as text and HTML, rendered once per operation even when both fields are asked for. */
export function renderLiveDocument(ctx: OperationContext, name: string): Promise<Rendered> {
  return ctx.loaders.once(`render:${name}`, () => ctx.services.coEditing.read(name, renderDocument));
}

/** The state of a document encoded as one Yjs update (what a saved version stores). */
export function encodeLiveDocument(ctx: OperationContext, name: string): Promise<Uint8Array> {
  return ctx.services.coEditing.read(name, (doc) => Y.encodeStateAsUpdate(doc));
}

export function versionDoc(version: CollabVersion): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(version.state));
  return doc;
}

export function renderVersionHtml(version: CollabVersion): string {
  const doc = versionDoc(version);
  try {
    return renderDocument(doc).html;
  } finally {
    doc.destroy();
  }
}
