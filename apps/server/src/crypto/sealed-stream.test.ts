import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { SealedDataRejected } from './rejected.ts';
import { openingStream, SEGMENT, sealingStream } from './sealed-stream.ts';

const key = randomBytes(32);
const AAD = 'export_job.content:1';
const HEADER = 27;
const SEALED_SEGMENT = SEGMENT + 16;

/** Writes `plain` in uneven pieces, as a producer would. */
function pieces(plain: Buffer): Readable {
  const parts: Buffer[] = [];
  for (let at = 0, n = 1; at < plain.length; at += n, n = (n * 7 + 3) % 20_000 || 1)
    parts.push(plain.subarray(at, at + n));
  return Readable.from(parts);
}

async function seal(plain: Buffer, aad = AAD): Promise<Buffer> {
  const sealer = sealingStream(key, aad);
  const [out] = await Promise.all([buffer(sealer), pipeline(pieces(plain), sealer)]);
  return out;
}

async function open(sealed: Buffer, aad = AAD, k = key): Promise<Buffer> {
  const opener = openingStream(k, aad);
  const [out] = await Promise.all([buffer(opener), pipeline(pieces(sealed), opener)]);
  return out;
}

/** The sealed segments of a file, after its header. */
function segments(sealed: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = HEADER; at < sealed.length; at += SEALED_SEGMENT) out.push(sealed.subarray(at, at + SEALED_SEGMENT));
  return out;
}

describe('sealed streams (segmented AES-256-GCM, counter and last flag in the nonce)', () => {
  it('opens what it sealed, whatever the size: empty, one byte, exactly one segment, several and a part', async () => {
    for (const size of [0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT, 3 * SEGMENT + 12_345]) {
      const plain = randomBytes(size);
      const sealed = await seal(plain);
      expect(sealed.length, `size ${size}`).toBe(HEADER + size + 16 * Math.max(1, Math.ceil(size / SEGMENT)));
      expect((await open(sealed)).equals(plain), `size ${size}`).toBe(true);
    }
  });

  it('never writes the plaintext and seals the same file differently each time', async () => {
    const plain = Buffer.from('Identidad: Juana Pérez, testigo. '.repeat(5000));
    const [a, b] = [await seal(plain), await seal(plain)];
    expect(a.includes(Buffer.from('Juana'))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  const plain = randomBytes(3 * SEGMENT + 500);
  const refusals: [string, (sealed: Buffer) => Buffer][] = [
    [
      'a changed byte in a middle segment',
      (s) => Buffer.from(s).fill(s[HEADER + SEGMENT + 100]! ^ 1, HEADER + SEGMENT + 100, HEADER + SEGMENT + 101),
    ],
    ['a changed byte in the header', (s) => Buffer.from(s).fill(s[10]! ^ 1, 10, 11)],
    ['a changed tag', (s) => Buffer.from(s).fill(s[s.length - 1]! ^ 1, s.length - 1)],
    ['cut at a segment boundary (the last segment dropped)', (s) => s.subarray(0, HEADER + 3 * SEALED_SEGMENT)],
    ['cut inside a segment', (s) => s.subarray(0, s.length - 200)],
    ['cut to the header', (s) => s.subarray(0, HEADER)],
    ['cut inside the header', (s) => s.subarray(0, 10)],
    [
      'two segments swapped',
      (s) => {
        const [a, b, c, d] = segments(s);
        return Buffer.concat([s.subarray(0, HEADER), b!, a!, c!, d!]);
      },
    ],
    [
      'a segment repeated',
      (s) => {
        const [a, b, c, d] = segments(s);
        return Buffer.concat([s.subarray(0, HEADER), a!, a!, b!, c!, d!]);
      },
    ],
    [
      'a middle segment dropped',
      (s) => {
        const [a, , c, d] = segments(s);
        return Buffer.concat([s.subarray(0, HEADER), a!, c!, d!]);
      },
    ],
    ['bytes after the last segment', (s) => Buffer.concat([s, segments(s)[0]!])],
  ];
  for (const [what, change] of refusals) {
    it(`refuses a file with ${what}`, async () => {
      const sealed = await seal(plain);
      await expect(open(change(sealed))).rejects.toBeInstanceOf(SealedDataRejected);
    });
  }

  it('refuses a file moved to another row (aad) or opened with another key', async () => {
    const sealed = await seal(plain);
    await expect(open(sealed, 'export_job.content:2')).rejects.toBeInstanceOf(SealedDataRejected);
    await expect(open(sealed, AAD, randomBytes(32))).rejects.toBeInstanceOf(SealedDataRejected);
  });

  it('hands out no plaintext of a segment that fails', async () => {
    const sealed = await seal(plain);
    const bad = Buffer.from(sealed);
    bad[HEADER + 5] = bad[HEADER + 5]! ^ 1; // the first segment
    const opener = openingStream(key, AAD);
    const got: Buffer[] = [];
    opener.on('data', (chunk: Buffer) => got.push(chunk));
    await expect(pipeline(pieces(bad), opener)).rejects.toBeInstanceOf(SealedDataRejected);
    expect(got).toEqual([]);
  });
});
