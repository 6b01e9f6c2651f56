import { describe, expect, it } from 'vitest';
import { DEFAULT_PLACE_PARAMS, pageCount, placeFilterOf, readPlaceParams, writePlaceParams } from './place-params.ts';

describe('places register URL parameters', () => {
  it('reads nothing from an empty URL', () => {
    expect(readPlaceParams(new URLSearchParams())).toEqual(DEFAULT_PLACE_PARAMS);
  });

  it('round-trips every filter through the URL', () => {
    const params = {
      search: 'La Esperanza',
      types: ['PRISON', 'POLICE_CUSTODY'],
      status: 'OPERATING',
      country: 'XV',
      page: 3,
    } as const;
    expect(readPlaceParams(writePlaceParams(params))).toEqual(params);
    expect(writePlaceParams(params).toString()).toBe(
      'q=La+Esperanza&type=PRISON&type=POLICE_CUSTODY&status=OPERATING&country=XV&page=3',
    );
  });

  it('drops values the API would reject instead of failing the page', () => {
    const read = readPlaceParams(
      new URLSearchParams('type=CASTLE&type=PRISON&type=PRISON&status=OPEN&country=Mexico&page=-2'),
    );
    expect(read).toEqual({ ...DEFAULT_PLACE_PARAMS, types: ['PRISON'] });
  });

  it('normalises the country code and leaves defaults out of the URL', () => {
    expect(readPlaceParams(new URLSearchParams('country=mx')).country).toBe('MX');
    expect(writePlaceParams(DEFAULT_PLACE_PARAMS).toString()).toBe('');
  });

  it('builds the API filter with only the filters in use', () => {
    expect(placeFilterOf(DEFAULT_PLACE_PARAMS)).toEqual({});
    expect(placeFilterOf({ ...DEFAULT_PLACE_PARAMS, search: 'cárcel', types: ['PRISON'], country: 'XV' })).toEqual({
      search: 'cárcel',
      types: ['PRISON'],
      countryCode: 'XV',
    });
  });

  it('always has at least one page', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
  });
});
