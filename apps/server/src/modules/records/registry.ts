import type { EntityClass } from '@mikro-orm/core';
import { Finding, Place, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { RecordType } from '../../__generated__/resolvers-types.ts';

/** The shareable record types behind the generic sharing, classification and comment mutations. */
export const RECORD_ENTITIES: Record<RecordType, EntityClass<ShareableRecord<string>>> = {
  PLACE: Place,
  VISIT: Visit,
  FINDING: Finding,
  RECOMMENDATION: Recommendation,
};

export function recordTypeOf(record: ShareableRecord<string>): RecordType {
  if (record instanceof Place) return 'PLACE';
  if (record instanceof Visit) return 'VISIT';
  if (record instanceof Finding) return 'FINDING';
  if (record instanceof Recommendation) return 'RECOMMENDATION';
  throw new Error('not a shareable record');
}
