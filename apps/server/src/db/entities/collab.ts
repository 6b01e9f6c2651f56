import { searchIndex, searchVectorProperty } from './shareable.ts';
import { EntitySchema, OptionalProps } from '@mikro-orm/core';

/**
 * The append-only log of Yjs updates of one collaborative document. An update is inserted
 * (awaited) before the server acknowledges it to the client, so an acknowledged edit survives
 * a crash. Compaction folds the log into a snapshot.
 */
export class CollabUpdate {
  [OptionalProps]?: 'id' | 'createdAt';
  id!: string; // bigserial
  documentName!: string;
  update!: Buffer;
  createdAt: Date = new Date();
}

export class CollabSnapshot {
  [OptionalProps]?: 'updatedAt';
  documentName!: string;
  state!: Buffer;
  /** Every update with an id up to this one is contained in `state`. */
  lastUpdateId!: string;
  updatedAt: Date = new Date();
  /** The document's rendered plain text at this snapshot, for search (decision 0020). */
  text?: string | null;
  searchVector?: string | null;
}

/** A named version a person saved, to view or restore later. */
export class CollabVersion {
  [OptionalProps]?: 'id' | 'createdAt';
  id!: string;
  documentName!: string;
  name!: string;
  state!: Buffer;
  createdById!: string;
  createdAt: Date = new Date();
}

export const CollabUpdateSchema = new EntitySchema<CollabUpdate>({
  class: CollabUpdate,
  indexes: [{ properties: ['documentName', 'id'] }],
  properties: {
    id: { type: 'bigint', primary: true, autoincrement: true },
    documentName: { type: 'string', length: 100 },
    update: { type: 'blob' },
    createdAt: { type: 'datetime' },
  },
});

export const CollabSnapshotSchema = new EntitySchema<CollabSnapshot>({
  class: CollabSnapshot,
  indexes: [searchIndex('collab_snapshot')],
  properties: {
    documentName: { type: 'string', length: 100, primary: true },
    state: { type: 'blob' },
    lastUpdateId: { type: 'bigint' },
    updatedAt: { type: 'datetime' },
    text: { type: 'text', nullable: true, lazy: true },
    searchVector: searchVectorProperty,
  },
});

export const CollabVersionSchema = new EntitySchema<CollabVersion>({
  class: CollabVersion,
  indexes: [{ properties: ['documentName', 'createdAt'] }],
  properties: {
    id: { type: 'bigint', primary: true, autoincrement: true },
    documentName: { type: 'string', length: 100 },
    name: { type: 'string', length: 200 },
    state: { type: 'blob' },
    createdById: { type: 'uuid' },
    createdAt: { type: 'datetime' },
  },
});
