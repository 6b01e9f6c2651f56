import { randomUUID } from 'node:crypto';
import { EntitySchema, OptionalProps } from '@mikro-orm/core';
import type { Classification } from '@opcat/domain';
import { CLASSIFICATIONS } from '@opcat/domain';
import { Organisation, User, WorkingGroup } from './identity.ts';

export type ShareableOptional =
  | 'id'
  | 'workingGroup'
  | 'classification'
  | 'countryCode'
  | 'sharedWith'
  | 'publishedAt'
  | 'publishedBy'
  | 'createdAt'
  | 'updatedAt'
  | 'version';

/**
 * Columns every shareable record carries (see the brief, "Confidentiality"): the owner, an
 * optional working group, the classification, the State concerned and the organisations it is
 * shared with. The policy reads these as RecordFacts; lists filter on them in SQL.
 */
export abstract class ShareableRecord<Optional extends string = never> {
  [OptionalProps]?: ShareableOptional | Optional;
  id: string = randomUUID();
  ownerOrganisation!: Organisation;
  workingGroup: WorkingGroup | null = null;
  classification: Classification = 'ORGANISATION';
  /** ISO code of the State concerned. */
  countryCode: string | null = null;
  /** Organisation ids named in the share (SHARED), or the NPM the SPT shared with (SPT_CONFIDENTIAL). */
  sharedWith: string[] = [];
  /** Set when an SPT_CONFIDENTIAL record was published with the State's authorisation. */
  publishedAt: Date | null = null;
  publishedBy: User | null = null;
  createdBy!: User;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
  version: number = 1;
  /** Full-text search document, computed by a trigger (decision 0020); never loaded by default. */
  searchVector?: string | null;
}

/**
 * The search vector column of a searchable record: maintained by the database (trigger in
 * Migration20261206102000_search), lazy and hidden so no query loads it and no write sets it.
 */
export const searchVectorProperty = {
  type: 'string',
  columnType: 'tsvector',
  nullable: true,
  lazy: true,
  hidden: true,
} as const;

/** The GIN index on a record's search vector. */
export function searchIndex(table: string) {
  return {
    name: `${table}_search_gin`,
    expression: `create index "${table}_search_gin" on "${table}" using gin ("search_vector")`,
  };
}

export const ShareableRecordSchema = new EntitySchema<ShareableRecord>({
  name: 'ShareableRecord',
  abstract: true,
  properties: {
    id: { type: 'uuid', primary: true },
    ownerOrganisation: { kind: 'm:1', entity: () => Organisation, index: true },
    workingGroup: { kind: 'm:1', entity: () => WorkingGroup, nullable: true, index: true },
    classification: { enum: true, items: () => [...CLASSIFICATIONS], index: true },
    countryCode: { type: 'string', length: 2, nullable: true },
    sharedWith: { type: 'text[]', default: '{}' },
    publishedAt: { type: 'datetime', nullable: true },
    publishedBy: { kind: 'm:1', entity: () => User, nullable: true },
    createdBy: { kind: 'm:1', entity: () => User },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime', onUpdate: () => new Date() },
    version: { type: 'integer', version: true },
    searchVector: searchVectorProperty,
  },
});

/** Any shareable record, whatever its own optional properties. */
export type AnyShareableRecord = ShareableRecord<string>;
