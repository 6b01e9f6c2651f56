import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS } from '../lib/enums.ts';
import { POSSIBLE_TYPES } from '../lib/possible-types.ts';
import { CLASSIFICATION_COLORS, hasShareList, recordTypeOf, typenameOf } from './classification.ts';
import { RECORD_TYPES } from '../lib/enums.ts';

describe('classification helpers', () => {
  it('shows SPT-confidential records in red and nothing else in red', () => {
    expect(CLASSIFICATION_COLORS.SPT_CONFIDENTIAL).toBe('red');
    const red = CLASSIFICATIONS.filter((classification) => CLASSIFICATION_COLORS[classification] === 'red');
    expect(red).toEqual(['SPT_CONFIDENTIAL']);
  });

  it('offers a share list only for shared and SPT-confidential records', () => {
    expect(CLASSIFICATIONS.filter(hasShareList)).toEqual(['SHARED', 'SPT_CONFIDENTIAL']);
  });

  it('knows the record type of every shareable object type', () => {
    for (const typename of POSSIBLE_TYPES['ShareableRecord'] ?? []) expect(recordTypeOf(typename)).toBeDefined();
    expect(recordTypeOf('Place')).toBe('PLACE');
    expect(recordTypeOf('Organisation')).toBeUndefined();
    expect(recordTypeOf(undefined)).toBeUndefined();
  });

  it('maps every record type back to its object type', () => {
    for (const recordType of RECORD_TYPES) expect(recordTypeOf(typenameOf(recordType))).toBe(recordType);
  });
});
