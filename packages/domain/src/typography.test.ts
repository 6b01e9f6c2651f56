import { describe, expect, it } from 'vitest';
import { colon, labelColon } from './typography.ts';

describe('labels before a value', () => {
  it('French sets a narrow no-break space before the colon', () => {
    expect(labelColon('Calendrier proposé', 'fr')).toBe('Calendrier proposé\u202f: ');
    expect(colon('fr-CA')).toBe('\u202f:');
    expect(labelColon('Plazo propuesto', 'es')).toBe('Plazo propuesto: ');
    expect(labelColon('Proposed timeline', 'en-GB')).toBe('Proposed timeline: ');
  });
});
