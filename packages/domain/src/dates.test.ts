import { describe, expect, it } from 'vitest';
import { dateLocale, formatCalendarDate } from './dates.ts';

describe('calendar dates', () => {
  it('writes a date as each language does, day first in English too', () => {
    expect(formatCalendarDate('2026-02-09', 'es', 'long')).toBe('9 de febrero de 2026');
    expect(formatCalendarDate('2026-02-09', 'en', 'long')).toBe('9 February 2026');
    expect(formatCalendarDate('2026-02-09', 'fr', 'long')).toBe('9 février 2026');
    expect(formatCalendarDate('2026-02-09', 'pt', 'long')).toBe('9 de fevereiro de 2026');
    expect(formatCalendarDate('2026-02-09', 'en')).toBe('9 Feb 2026');
  });

  it('keeps the day as written in every time zone, and returns anything else unchanged', () => {
    expect(formatCalendarDate('2026-12-31', 'en', 'long')).toBe('31 December 2026');
    expect(formatCalendarDate('2026-13-45', 'es')).toBe('2026-13-45');
    expect(formatCalendarDate('not a date', 'es')).toBe('not a date');
  });

  it('reads a region tag by its language, and leaves an unknown language to Intl', () => {
    expect(dateLocale('en-US')).toBe('en-GB');
    expect(dateLocale('pt')).toBe('pt-BR');
    expect(dateLocale('es-419')).toBe('es');
    expect(dateLocale('de-CH')).toBe('de-CH');
  });
});
