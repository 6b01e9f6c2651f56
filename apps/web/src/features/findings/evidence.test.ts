import { describe, expect, it, vi } from 'vitest';
import {
  EVIDENCE_MAX_BYTES,
  formatBytes,
  precheckEvidence,
  shortHash,
  uploadEvidence,
  uploadErrorOf,
} from './evidence.ts';

const file = (name: string, type: string, size = 5) => {
  const blob = new Blob([new Uint8Array(size)], { type });
  return Object.assign(blob, { name });
};

describe('evidence uploads', () => {
  it('posts the raw file with its encoded name, type and the CSRF header', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response('{}', { status: 201 }));
    const result = await uploadEvidence('f-1', file('informe médico.pdf', 'application/pdf'), true, fetchImpl);
    expect(result).toEqual({ ok: true });
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('/api/findings/f-1/evidence');
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'x-file-name': 'informe%20m%C3%A9dico.pdf',
        'content-type': 'application/pdf',
        'x-requested-with': 'opcat',
        'x-contains-personal-data': 'true',
      },
    });
  });

  it('sends the personal-data flag the uploader left, cleared as "false"', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response('{}', { status: 201 }));
    await uploadEvidence('f-1', file('patio.jpg', 'image/jpeg'), false, fetchImpl);
    const [, init] = fetchImpl.mock.calls[0] ?? [];
    expect(init?.headers).toMatchObject({ 'x-contains-personal-data': 'false' });
  });

  it('turns the server refusals into messages', async () => {
    const refuse = (status: number) => vi.fn<typeof fetch>(async () => new Response('{}', { status }));
    expect(await uploadEvidence('f', file('a.png', 'image/png'), true, refuse(413))).toEqual({
      ok: false,
      error: 'TOO_LARGE',
    });
    expect(await uploadEvidence('f', file('a.png', 'image/png'), true, refuse(415))).toEqual({
      ok: false,
      error: 'UNSUPPORTED_TYPE',
    });
    expect(uploadErrorOf(500)).toBe('UNKNOWN');
    const offline = vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await uploadEvidence('f', file('a.png', 'image/png'), true, offline)).toEqual({
      ok: false,
      error: 'NETWORK',
    });
  });

  it('refuses before sending what the server would refuse', () => {
    expect(precheckEvidence({ name: 'a.exe', size: 10, type: 'application/x-msdownload' })).toBe('UNSUPPORTED_TYPE');
    expect(precheckEvidence({ name: 'a.pdf', size: EVIDENCE_MAX_BYTES + 1, type: 'application/pdf' })).toBe(
      'TOO_LARGE',
    );
    expect(precheckEvidence({ name: 'a.txt', size: 0, type: 'text/plain' })).toBe('EMPTY');
    // Unknown to the browser: the server sniffs the bytes.
    expect(precheckEvidence({ name: 'nota', size: 10, type: '' })).toBeNull();
  });

  it('formats sizes and digests for people', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
    expect(shortHash('a'.repeat(64))).toBe('aaaaaaaaaaaa');
  });
});
