import { describe, expect, it } from 'vitest';
import { baseAppLanguage, detectInitialLanguage, toAppLanguage } from './language.ts';

describe('detectInitialLanguage', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES-ar', 'es'],
    ['en-GB', 'en'],
    ['pt-BR', 'pt'],
    ['fr', 'fr'],
    ['fr-SN', 'fr'],
    ['ht-HT', 'es'],
    ['', 'es'],
    [undefined, 'es'],
  ])('a %s browser starts in %s', (browser, expected) => {
    expect(detectInitialLanguage(null, browser)).toBe(expected);
  });

  it('takes the first shipped language in the order of navigator.languages', () => {
    // A Haitian browser: Kreyòl first (not shipped), then French.
    expect(detectInitialLanguage(null, ['ht', 'fr-HT', 'en'])).toBe('fr');
    expect(detectInitialLanguage(null, ['de-DE', 'pt-BR', 'es'])).toBe('pt');
    expect(detectInitialLanguage(null, ['de-DE', 'it'])).toBe('es');
    expect(detectInitialLanguage(null, [])).toBe('es');
  });

  it('prefers a language chosen earlier over the browser languages', () => {
    expect(detectInitialLanguage('en', ['es-MX'])).toBe('en');
    expect(detectInitialLanguage('pt', ['en-US'])).toBe('pt');
    expect(detectInitialLanguage('fr', ['es-CL'])).toBe('fr');
  });

  it('ignores a stored value that is not an interface language', () => {
    expect(detectInitialLanguage('ar', ['es-CL'])).toBe('es');
  });
});

describe('toAppLanguage', () => {
  it('accepts exactly the four shipped languages, the same as the account locales', () => {
    expect(['es', 'en', 'fr', 'pt'].map(toAppLanguage)).toEqual(['es', 'en', 'fr', 'pt']);
    expect(toAppLanguage('ar')).toBeUndefined();
    expect(toAppLanguage(null)).toBeUndefined();
    expect(baseAppLanguage('pt-BR')).toBe('pt');
  });
});
