import { describe, expect, it } from 'vitest';
import { reclassifyOptions } from './reclassify-options.ts';

describe('reclassifyOptions', () => {
  it('offers an EDITOR of a WORKING_GROUP record only what the server allows (narrowing), never a widening', () => {
    // What the server answers for an EDITOR of the owner: ORGANISATION and SHARED (narrower or as wide).
    expect(reclassifyOptions('WORKING_GROUP', ['SHARED', 'ORGANISATION'])).toEqual([
      'WORKING_GROUP',
      'SHARED',
      'ORGANISATION',
    ]);
  });

  it('offers an ADMIN every classification the server lists, in the usual order', () => {
    expect(reclassifyOptions('ORGANISATION', ['WORKING_GROUP', 'PUBLIC', 'SHARED'])).toEqual([
      'PUBLIC',
      'WORKING_GROUP',
      'SHARED',
      'ORGANISATION',
    ]);
  });

  it('leaves only the current classification when the server allows nothing (the control is hidden)', () => {
    expect(reclassifyOptions('SHARED', [])).toEqual(['SHARED']);
  });
});
