import { describe, expect, it } from 'vitest';
import { countryName, formatDate } from './format.ts';

describe('countryName', () => {
  it('names the country in the interface language', () => {
    expect(countryName('MX', 'es')).toBe('México');
    expect(countryName('MX', 'en')).toBe('Mexico');
    expect(countryName('pa', 'es')).toBe('Panamá');
  });

  it('falls back to the code it cannot name', () => {
    expect(countryName('not-a-code', 'es')).toBe('not-a-code');
  });
});

describe('formatDate', () => {
  it('formats an instant for the language and keeps unparsable input as is', () => {
    expect(formatDate('2026-11-23T12:00:00.000Z', 'en')).toMatch(/23 Nov 2026/);
    expect(formatDate('2026-11-23T12:00:00.000Z', 'es')).toMatch(/23 nov 2026/);
    expect(formatDate('yesterday', 'es')).toBe('yesterday');
  });
});
