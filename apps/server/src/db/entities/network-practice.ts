import { EntitySchema } from '@mikro-orm/core';
import type { MonitoringArea } from '@opcat/domain';
import { MONITORING_AREAS } from '@opcat/domain';
import { Finding } from './monitoring.ts';
import { ShareableRecord, ShareableRecordSchema } from './shareable.ts';

/**
 * A good practice published to a regional network's exchange: a copy of what the owner chose to
 * share (a good-practice finding's title and description, or a short note), readable by the
 * network's members through the ordinary read scope (classification WORKING_GROUP, the network as
 * working group). The finding it came from keeps its own classification.
 */
export class NetworkPractice extends ShareableRecord<'sourceFinding'> {
  title!: string;
  summary!: string;
  theme!: MonitoringArea;
  /** The owner's finding it was taken from; never shown to the network (its own readers decide). */
  sourceFinding: Finding | null = null;
}

/**
 * Not one of the searched records (decision 0020): the base schema's search vector is overridden as not
 * persisted, so the table has no such column. (The schema's typing lists only the entity's own properties.)
 */
const notSearched = {
  searchVector: { type: 'string', persist: false, nullable: true, lazy: true, hidden: true },
} as unknown as Record<string, never>;

export const NetworkPracticeSchema = new EntitySchema<NetworkPractice, ShareableRecord>({
  class: NetworkPractice,
  extends: ShareableRecordSchema,
  indexes: [
    {
      name: 'network_practice_created_at_id_index',
      expression: 'create index "network_practice_created_at_id_index" on "network_practice" ("created_at" desc, "id")',
    },
  ],
  properties: {
    title: { type: 'string', length: 300 },
    summary: { type: 'text' },
    theme: { enum: true, items: () => [...MONITORING_AREAS] },
    sourceFinding: { kind: 'm:1', entity: () => Finding, nullable: true, index: true },
    ...notSearched,
  },
});
