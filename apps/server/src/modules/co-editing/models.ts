import type { AnyShareableRecord } from '../../db/entities/shareable.ts';
import type { CollabKind } from './documents.ts';

/**
 * What a `CoEditedText` resolves from: the co-edited text of a record the viewer already reads
 * (the parent field was reached through the policy, so nothing here checks reading again).
 */
export interface CoEditedTextModel {
  kind: CollabKind;
  record: AnyShareableRecord;
}
