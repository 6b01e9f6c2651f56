import { describe, expect, it } from 'vitest';
import { detectInitialLanguage, toAppLanguage } from './language.ts';

describe('detectInitialLanguage', () => {
  it.each(['es', 'es-MX', 'es-419', 'ES-ar'])('starts in Spanish for a %s browser', (browser) => {
    expect(detectInitialLanguage(null, browser)).toBe('es');
  });

  it.each(['en-GB', 'pt-BR', 'fr', '', undefined])('starts in English for a %s browser', (browser) => {
    expect(detectInitialLanguage(null, browser)).toBe('en');
  });

  it('prefers a language chosen earlier over the browser language', () => {
    expect(detectInitialLanguage('en', 'es-MX')).toBe('en');
    expect(detectInitialLanguage('es', 'en-US')).toBe('es');
  });

  it('ignores a stored value that is not an interface language', () => {
    expect(detectInitialLanguage('fr', 'es-CL')).toBe('es');
  });
});

describe('toAppLanguage', () => {
  it('accepts only the shipped languages (account locales fr/pt fall through)', () => {
    expect(toAppLanguage('es')).toBe('es');
    expect(toAppLanguage('en')).toBe('en');
    expect(toAppLanguage('pt')).toBeUndefined();
    expect(toAppLanguage(null)).toBeUndefined();
  });
});
