import { describe, expect, it } from 'vitest';
import { dateInputFormat, formatDateForInput, parseTypedDate } from './date-formats.ts';

describe('date fields', () => {
  it('show a Spanish reader day/month/year and an English one the month as a word', () => {
    expect(formatDateForInput('2026-03-05', 'es')).toBe('05/03/2026');
    expect(formatDateForInput('2026-03-05', 'en')).toBe('5 Mar 2026');
    expect(dateInputFormat('es-MX')).toBe('DD/MM/YYYY');
  });

  it('show and read French and Portuguese dates day/month/year, month names in the reader’s language', () => {
    expect(formatDateForInput('2026-03-05', 'fr')).toBe('05/03/2026');
    expect(formatDateForInput('2026-03-05', 'pt-BR')).toBe('05/03/2026');
    expect(parseTypedDate('5/3/2026', 'fr')).toBe('2026-03-05');
    expect(parseTypedDate('5 mars 2026', 'fr')).toBe('2026-03-05');
    expect(parseTypedDate('05/03/2026', 'pt')).toBe('2026-03-05');
    expect(parseTypedDate('5 de março de 2026', 'pt')).toBe('2026-03-05');
  });

  it('read what a Spanish reader types, and ISO dates in any language', () => {
    expect(parseTypedDate('5/3/2026', 'es')).toBe('2026-03-05');
    expect(parseTypedDate('05/03/2026', 'es')).toBe('2026-03-05');
    expect(parseTypedDate('2026-03-05', 'es')).toBe('2026-03-05');
    expect(parseTypedDate('2026-03-05', 'en')).toBe('2026-03-05');
    expect(parseTypedDate('5 Mar 2026', 'en')).toBe('2026-03-05');
    expect(parseTypedDate('Mar 5, 2026', 'en')).toBe('2026-03-05');
  });

  it('read nothing from half-typed or impossible dates', () => {
    expect(parseTypedDate('5/3/2', 'es')).toBeNull();
    expect(parseTypedDate('31/02/2026', 'es')).toBeNull();
    expect(parseTypedDate('', 'en')).toBeNull();
  });
});
