import {
  ACCEPTANCES,
  CLASSIFICATIONS,
  IMPLEMENTATION_STATUSES,
  PLACE_STATUSES,
  PLACE_TYPES,
  PRIORITIES,
  RECOMMENDATION_LEVELS,
  RECOMMENDATION_SOURCES,
} from '@opcat/domain';

export type FieldKind =
  | { type: 'text'; max: number }
  | { type: 'date' }
  | { type: 'count' }
  | { type: 'country' }
  | { type: 'authority' }
  | { type: 'enum'; values: readonly string[] };

/** A field an imported row can fill; its column defaults to the header with the field's own name. */
export interface ImportField {
  field: string;
  kind: FieldKind;
  required?: boolean;
}

const text = (max: number): FieldKind => ({ type: 'text', max });
const oneOf = (values: readonly string[]): FieldKind => ({ type: 'enum', values });

/**
 * The columns of the recommendations spreadsheet: the same names as the recommendations export, so
 * an exported file imports back as it is. `addressee` is the State authority's name.
 */
export const RECOMMENDATION_IMPORT_FIELDS: readonly ImportField[] = [
  { field: 'reference', kind: text(60), required: true },
  { field: 'title', kind: text(300), required: true },
  { field: 'text', kind: text(20_000) },
  { field: 'source', kind: oneOf(RECOMMENDATION_SOURCES), required: true },
  { field: 'addressee', kind: { type: 'authority' }, required: true },
  { field: 'theme', kind: text(200) },
  { field: 'level', kind: oneOf(RECOMMENDATION_LEVELS), required: true },
  { field: 'priority', kind: oneOf(PRIORITIES), required: true },
  { field: 'issuedOn', kind: { type: 'date' }, required: true },
  { field: 'targetDate', kind: { type: 'date' } },
  { field: 'responseDueOn', kind: { type: 'date' } },
  { field: 'acceptance', kind: oneOf(ACCEPTANCES) },
  { field: 'stateStatus', kind: oneOf(IMPLEMENTATION_STATUSES) },
  { field: 'monitorStatus', kind: oneOf(IMPLEMENTATION_STATUSES) },
  { field: 'classification', kind: oneOf(CLASSIFICATIONS) },
];

/** The columns of the places spreadsheet (the places export's names); `responsibleAuthority` by name. */
export const PLACE_IMPORT_FIELDS: readonly ImportField[] = [
  { field: 'name', kind: text(300), required: true },
  { field: 'type', kind: oneOf(PLACE_TYPES), required: true },
  { field: 'responsibleAuthority', kind: { type: 'authority' }, required: true },
  { field: 'region', kind: text(200) },
  { field: 'address', kind: text(500) },
  { field: 'capacity', kind: { type: 'count' } },
  { field: 'status', kind: oneOf(PLACE_STATUSES) },
  { field: 'countryCode', kind: { type: 'country' } },
  { field: 'classification', kind: oneOf(CLASSIFICATIONS) },
];

export type ImportKindName = 'recommendations' | 'places';

export const IMPORT_FIELDS: Record<ImportKindName, readonly ImportField[]> = {
  recommendations: RECOMMENDATION_IMPORT_FIELDS,
  places: PLACE_IMPORT_FIELDS,
};
