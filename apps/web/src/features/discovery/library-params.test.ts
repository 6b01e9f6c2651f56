import { describe, expect, it } from 'vitest';
import { libraryFilterOf, readLibraryParams, writeLibraryParams } from './library-params.ts';

describe('findings library URL parameters', () => {
  it('round-trip every filter through the URL', () => {
    const url = new URLSearchParams(
      'q=celdas&area=HEALTH_CARE&risk=OVERCROWDING&vuln=WOMEN&placeType=PRISON&country=xv&gp=true&class=SHARED&from=2026-01-01&to=2026-12-31',
    );
    const params = readLibraryParams(url);
    expect(params).toMatchObject({ country: 'XV', goodPractice: true, visitFrom: '2026-01-01' });
    expect(readLibraryParams(writeLibraryParams(params))).toEqual(params);
    expect(libraryFilterOf(params)).toEqual({
      search: 'celdas',
      monitoringArea: 'HEALTH_CARE',
      riskFactor: 'OVERCROWDING',
      vulnerability: 'WOMEN',
      placeType: 'PRISON',
      countryCode: 'XV',
      goodPractice: true,
      classification: 'SHARED',
      visitFrom: '2026-01-01',
      visitTo: '2026-12-31',
    });
  });

  it('drops values the API would refuse, and keeps links short', () => {
    const params = readLibraryParams(
      new URLSearchParams('area=NOPE&country=XYZ&gp=maybe&from=01/02/2026&class=SECRET'),
    );
    expect(libraryFilterOf(params)).toEqual({});
    expect(writeLibraryParams(params).toString()).toBe('');
  });
});
