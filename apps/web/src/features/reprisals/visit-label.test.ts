import { describe, expect, it } from 'vitest';
import { visitLabel } from './visit-label.ts';

describe('visitLabel', () => {
  it('names a visit by its date and the places visited', () => {
    const visit = { startDate: '2026-03-04', places: [{ name: 'Penal de Santa Ana' }, { name: 'Comisaría 3' }] };
    expect(visitLabel(visit, 'en', 'In-depth visit')).toBe('4 Mar 2026 · Penal de Santa Ana, Comisaría 3');
  });

  it('falls back to the kind of visit when no visited place is readable', () => {
    expect(visitLabel({ startDate: '2026-03-04', places: [] }, 'en', 'In-depth visit')).toBe(
      '4 Mar 2026 · In-depth visit',
    );
  });
});
