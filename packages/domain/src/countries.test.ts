import { describe, expect, it } from 'vitest';
import { countryName } from './countries.ts';

describe('country names', () => {
  it("name the demo world's user-assigned codes in every language", () => {
    for (const language of ['es', 'en', 'fr', 'pt']) {
      expect(countryName('XV', language)).toBe('Costa Verde');
      expect(countryName('xs', language)).toBe('Sierra Alta');
    }
  });

  it("name a real State in the reader's language", () => {
    expect(countryName('MX', 'es')).toBe('México');
    expect(countryName('MX', 'en')).toBe('Mexico');
    expect(countryName('BR', 'pt')).toBe('Brasil');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
  });

  it('give back the code when nothing names it, or the language is not one', () => {
    expect(countryName('XQ', 'es')).toBe('XQ');
    expect(countryName('MX', 'not a language tag!')).toBe('MX');
    expect(countryName('not a code', 'es')).toBe('not a code');
  });
});
