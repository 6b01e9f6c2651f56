import type { EntityClass } from '@mikro-orm/core';
import { Finding, Place, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import { Workplan } from '../../db/entities/workplan.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { RecordType } from '../../__generated__/resolvers-types.ts';

/** The shareable record types behind the generic sharing, classification and comment mutations. */
export const RECORD_ENTITIES: Record<RecordType, EntityClass<ShareableRecord<string>>> = {
  PLACE: Place,
  VISIT: Visit,
  FINDING: Finding,
  RECOMMENDATION: Recommendation,
  WORKPLAN: Workplan,
};

export function recordTypeOf(record: ShareableRecord<string>): RecordType {
  if (record instanceof Place) return 'PLACE';
  if (record instanceof Visit) return 'VISIT';
  if (record instanceof Finding) return 'FINDING';
  if (record instanceof Recommendation) return 'RECOMMENDATION';
  if (record instanceof Workplan) return 'WORKPLAN';
  throw new Error('not a shareable record');
}

/** The co-edited documents that belong to a record (their connections follow the record's access). */
export function collabDocumentsOf(record: ShareableRecord<string>): string[] {
  const type = recordTypeOf(record);
  if (type === 'WORKPLAN') return [`workplan:${record.id}`];
  if (type === 'FINDING') return [`finding:${record.id}`];
  if (type === 'RECOMMENDATION') return [`recommendation:${record.id}`];
  if (type === 'VISIT') return [`visitIntroduction:${record.id}`, `visitConclusions:${record.id}`];
  return [];
}
