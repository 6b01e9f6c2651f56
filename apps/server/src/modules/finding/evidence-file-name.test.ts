import { describe, expect, it } from 'vitest';
import { evidenceFileName, sanitizeFileName } from './evidence-file-name.ts';

describe('sanitizeFileName', () => {
  it('keeps the last path segment only', () => {
    expect(sanitizeFileName(encodeURIComponent('../../etc/passwd'))).toBe('passwd');
    expect(sanitizeFileName(encodeURIComponent('C:\\Users\\ana\\nota.txt'))).toBe('nota.txt');
  });

  it('removes right-to-left overrides, isolates, zero-width marks and control characters entirely', () => {
    expect(sanitizeFileName(encodeURIComponent('informe\u202egpj.exe'))).toBe('informegpj.exe');
    expect(sanitizeFileName(encodeURIComponent('a\u2066b\u2069c\u200bd\u200fe\u0000f\u001bg\u0085h\ufeffi'))).toBe(
      'abcdefghi',
    );
  });

  it('refuses names that are empty once cleaned, undecodable or longer than 255 characters', () => {
    expect(sanitizeFileName(encodeURIComponent('\u202e\u200b'))).toBeNull();
    expect(sanitizeFileName('%E0%A4%A')).toBeNull();
    expect(sanitizeFileName(encodeURIComponent('a'.repeat(256)))).toBeNull();
    expect(sanitizeFileName(undefined)).toBeNull();
  });
});

describe('evidenceFileName', () => {
  it('replaces the extension the uploader chose with the one of the sniffed type', () => {
    expect(evidenceFileName('evil.html', 'text/plain')).toBe('evil.txt');
    expect(evidenceFileName('foto.JPEG', 'image/jpeg')).toBe('foto.jpg');
    expect(evidenceFileName('informe.exe', 'application/pdf')).toBe('informe.pdf');
    expect(evidenceFileName('evil.html.', 'text/plain')).toBe('evil.txt');
  });

  it('appends the extension when the name has none, keeping dots that are not one', () => {
    expect(evidenceFileName('entrevista', 'audio/mpeg')).toBe('entrevista.mp3');
    expect(evidenceFileName('Informe 2.5', 'application/pdf')).toBe('Informe 2.5.pdf');
    expect(evidenceFileName('celda 3 — baño.png', 'image/png')).toBe('celda 3 — baño.png');
  });

  it('leaves no right-to-left override in the served name, even in names stored before the rule', () => {
    const name = evidenceFileName('nota\u202eLMTH.txt', 'text/plain');
    expect(name).toBe('notaLMTH.txt');
    expect(name).not.toMatch(/\p{Cf}/u);
  });

  it('is idempotent and stays within 255 characters', () => {
    for (const [name, type] of [
      ['evil.html', 'text/plain'],
      ['a'.repeat(255), 'application/pdf'],
      ['.png', 'image/png'],
    ] as const) {
      const once = evidenceFileName(name, type);
      expect(evidenceFileName(once, type)).toBe(once);
      expect(once.length).toBeLessThanOrEqual(255);
    }
    expect(evidenceFileName('...', 'image/png')).toBe('evidence.png');
  });
});
