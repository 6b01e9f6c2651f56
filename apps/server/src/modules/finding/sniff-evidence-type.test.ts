import { describe, expect, it } from 'vitest';
import { sniffEvidenceType } from './sniff-evidence-type.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('sniffEvidenceType', () => {
  it.each([
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), 'image/png'],
    ['a PDF', text('%PDF-1.7\n%âãÏÓ\n'), 'application/pdf'],
    ['an MP3 with an ID3 tag', bytes(0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0), 'audio/mpeg'],
    ['an MP3 frame (MPEG-1 layer III, 128 kbit/s, 44.1 kHz)', bytes(0xff, 0xfb, 0x90, 0x64, 0), 'audio/mpeg'],
    [
      'UTF-8 text with accents and line breaks',
      text('Entrevista 3:\r\n\tcelda número 12 — sin ventilación\n'),
      'text/plain',
    ],
  ])('recognises %s', (_name, input, expected) => {
    expect(sniffEvidenceType(input)).toBe(expected);
  });

  it.each([
    ['an ELF executable', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0)],
    ['a ZIP archive', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0)],
    ['invalid UTF-8', bytes(0x68, 0x6f, 0x6c, 0x61, 0xc3, 0x28)],
    ['text with a NUL byte', text('hola\u0000mundo')],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e, 0x47)],
    ['a reserved MPEG version', bytes(0xff, 0xeb, 0x90, 0x64)],
    ['nothing at all', bytes()],
  ])('refuses %s', (_name, input) => {
    expect(sniffEvidenceType(input)).toBeNull();
  });
});
