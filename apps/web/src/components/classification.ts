import type { Classification, RecordType } from '../lib/enums.ts';

/** One colour per classification, used by badges, icons and alerts alike. SPT-confidential is always red. */
export const CLASSIFICATION_COLORS: Record<Classification, string> = {
  PUBLIC: 'green',
  WORKING_GROUP: 'blue',
  SHARED: 'grape',
  ORGANISATION: 'gray',
  SPT_CONFIDENTIAL: 'red',
};

/** Whether a record of this classification has a list of organisations it is shared with. */
export function hasShareList(classification: Classification): boolean {
  return classification === 'SHARED' || classification === 'SPT_CONFIDENTIAL';
}

const RECORD_TYPE_BY_TYPENAME: Record<string, RecordType> = {
  Place: 'PLACE',
  Visit: 'VISIT',
  Finding: 'FINDING',
  Recommendation: 'RECOMMENDATION',
  Workplan: 'WORKPLAN',
};

/** The GraphQL object type name of a record type, to find the record in the Apollo cache. */
export function typenameOf(recordType: RecordType): string {
  const found = Object.entries(RECORD_TYPE_BY_TYPENAME).find(([, type]) => type === recordType);
  if (!found) throw new Error(`No object type for record type ${recordType}`);
  return found[0];
}

/** The `RecordType` the sharing mutations expect for a GraphQL object type name. */
export function recordTypeOf(typename: string | undefined): RecordType | undefined {
  return typename ? RECORD_TYPE_BY_TYPENAME[typename] : undefined;
}
