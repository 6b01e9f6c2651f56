import * as Y from 'yjs';
import { renderDocument } from '@opcat/editor';
import type { CollabServer } from '../../collab/collab.ts';
import { canWriteCollabDocument, documentNameFor } from '../../collab/documents.ts';
import type { CollabKind } from '../../collab/documents.ts';
import { DurableStore } from '../../collab/durable-store.ts';
import type { CollabVersion } from '../../db/entities/collab.ts';
import type { AnyShareableRecord } from '../../db/entities/shareable.ts';
import type { GraphQLContext, Services } from '../../graphql/context.ts';

export interface Rendered {
  text: string;
  html: string;
}

/**
 * What a `CoEditedText` resolves from: the co-edited text of a record the viewer already reads
 * (the parent field was reached through the policy, so nothing here checks reading again).
 */
export interface CoEditedTextModel {
  kind: CollabKind;
  record: AnyShareableRecord;
}

export function coEditedText(kind: CollabKind, record: AnyShareableRecord): CoEditedTextModel {
  return { kind, record };
}

export function coEditedTextName(text: CoEditedTextModel): string {
  return documentNameFor(text.kind, text.record.id);
}

export function viewerCanEditText(ctx: GraphQLContext, text: CoEditedTextModel): boolean {
  return canWriteCollabDocument(ctx.actor, text.kind, text.record);
}

export function collabStore(services: Services): DurableStore {
  return services.collab?.store ?? new DurableStore(services.orm);
}

/**
 * Runs `read` on the current state of a co-edited document: the live document when it is open on
 * this instance (it holds every stored update), otherwise a copy rebuilt from the durable store.
 */
export async function readLiveDocument<T>(services: Services, name: string, read: (doc: Y.Doc) => T): Promise<T> {
  const live = services.collab?.hocuspocus.documents.get(name);
  if (live) return read(live);
  const doc = new Y.Doc();
  try {
    await collabStore(services).load(name, doc);
    return read(doc);
  } finally {
    doc.destroy();
  }
}

const renderings = new WeakMap<GraphQLContext, Map<string, Promise<Rendered>>>();

/** A document as text and HTML, rendered once per operation even when both fields are asked for. */
export function renderLiveDocument(ctx: GraphQLContext, name: string): Promise<Rendered> {
  let cache = renderings.get(ctx);
  if (!cache) {
    cache = new Map();
    renderings.set(ctx, cache);
  }
  let rendering = cache.get(name);
  if (!rendering) {
    rendering = readLiveDocument(ctx.services, name, renderDocument);
    cache.set(name, rendering);
  }
  return rendering;
}

/** The state of a document encoded as one Yjs update (what a saved version stores). */
export function encodeLiveDocument(services: Services, name: string): Promise<Uint8Array> {
  return readLiveDocument(services, name, (doc) => Y.encodeStateAsUpdate(doc));
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

/**
 * Edits a co-edited document on the server as a new change that every collaborator receives.
 * Hocuspocus does not store edits made through a direct connection, so the change is computed on
 * a copy, appended to the durable log, and only then applied to the live document: the same
 * "stored before anyone sees it" rule as for client edits.
 */
export async function editLiveDocument(
  collab: CollabServer,
  name: string,
  context: Record<string, unknown>,
  edit: (doc: Y.Doc) => void,
): Promise<void> {
  const connection = await collab.hocuspocus.openDirectConnection(name, context);
  try {
    const live = connection.document;
    if (!live) throw new Error(`direct connection to ${name} has no document`);
    const copy = new Y.Doc();
    let update: Uint8Array;
    try {
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(live));
      const before = Y.encodeStateVector(copy);
      edit(copy);
      update = Y.encodeStateAsUpdate(copy, before);
    } finally {
      copy.destroy();
    }
    await collab.store.append(name, update);
    await connection.transact((doc) => Y.applyUpdate(doc, update, 'server'));
  } finally {
    await connection.disconnect();
  }
}
