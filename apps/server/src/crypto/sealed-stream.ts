import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { SealedDataRejected } from './rejected.ts';

/**
 * Files sealed as a stream (decision 0043): the online authenticated encryption of Hoang, Reyhanitabar,
 * Rogaway and Vizár ("STREAM", as in Tink's streaming AEAD), so a file of any size is sealed and
 * opened in segments with memory bounded by one segment, never whole.
 *
 *   header  = "OCS1" | salt (16 random bytes) | nonce prefix (7 random bytes)
 *   file key = HKDF-SHA-256(data key, salt, "opcat-sealed-stream-v1" 0x00 aad)   — one key per file
 *   segment i = AES-256-GCM(file key, nonce = prefix | i (uint32, big-endian) | last (0 or 1),
 *                           aad = header, plaintext ≤ 64 KiB) → ciphertext | 16-byte tag
 *
 * Every segment but the last holds exactly SEGMENT bytes of plaintext; the last one (possibly empty)
 * is sealed with last = 1. So a changed byte fails its segment's tag, a reordered, dropped or
 * repeated segment fails the counter in its nonce, a file cut at a segment boundary ends on a segment
 * sealed with last = 0 (refused), bytes after the last segment make it a middle one (refused), and a
 * file moved to another row derives another key (the aad names the row). Plaintext leaves the opener
 * only once its segment is authenticated; a refusal is an error on the stream.
 */

const MAGIC = Buffer.from('OCS1', 'ascii');
const SALT_BYTES = 16;
const PREFIX_BYTES = 7;
const HEADER_BYTES = MAGIC.length + SALT_BYTES + PREFIX_BYTES;
const TAG_BYTES = 16;
/** Plaintext bytes per segment. */
export const SEGMENT = 64 * 1024;
const MAX_SEGMENTS = 2 ** 32;

function fileKey(key: Buffer, salt: Buffer, aad: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, salt, Buffer.from(`opcat-sealed-stream-v1\0${aad}`, 'utf8'), 32));
}

function nonce(prefix: Buffer, index: number, last: boolean): Buffer {
  if (index >= MAX_SEGMENTS) throw new Error('sealed stream too long');
  const n = Buffer.alloc(12);
  prefix.copy(n, 0);
  n.writeUInt32BE(index, PREFIX_BYTES);
  n[11] = last ? 1 : 0;
  return n;
}

/** Bytes gathered from a stream's chunks, taken from the front in pieces of a given size. */
class Gathered {
  private parts: Buffer[] = [];
  length = 0;

  push(chunk: Buffer): void {
    this.parts.push(chunk);
    this.length += chunk.length;
  }

  take(n: number): Buffer {
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const part = this.parts[0] as Buffer;
      const used = Math.min(part.length, n - filled);
      part.copy(out, filled, 0, used);
      filled += used;
      if (used === part.length) this.parts.shift();
      else this.parts[0] = part.subarray(used);
    }
    this.length -= n;
    return out;
  }
}

/** Plaintext in, the sealed file out (header first). */
export function sealingStream(key: Buffer, aad: string): Transform {
  const salt = randomBytes(SALT_BYTES);
  const prefix = randomBytes(PREFIX_BYTES);
  const header = Buffer.concat([MAGIC, salt, prefix]);
  const k = fileKey(key, salt, aad);
  const pending = new Gathered();
  let index = 0;
  let started = false;
  const seal = (stream: Transform, plaintext: Buffer, last: boolean) => {
    if (!started) {
      stream.push(header);
      started = true;
    }
    const cipher = createCipheriv('aes-256-gcm', k, nonce(prefix, index++, last));
    cipher.setAAD(header);
    const body = cipher.update(plaintext);
    cipher.final();
    stream.push(Buffer.concat([body, cipher.getAuthTag()]));
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      pending.push(chunk);
      // Strictly more than a segment: the last segment is only known at the end.
      try {
        while (pending.length > SEGMENT) seal(this, pending.take(SEGMENT), false);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        seal(this, pending.take(pending.length), true);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

/** The sealed file in, its plaintext out, segment by segment once authenticated; an error otherwise. */
export function openingStream(key: Buffer, aad: string): Transform {
  const pending = new Gathered();
  let header: Buffer | null = null;
  let prefix: Buffer | null = null;
  let k: Buffer | null = null;
  let index = 0;
  const open = (sealed: Buffer, last: boolean): Buffer => {
    const decipher = createDecipheriv('aes-256-gcm', k as Buffer, nonce(prefix as Buffer, index++, last));
    decipher.setAAD(header as Buffer);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new SealedDataRejected(`segment ${index - 1} failed authentication (changed, moved, cut or reordered)`);
    }
  };
  const readHeader = () => {
    if (header || pending.length < HEADER_BYTES) return;
    header = pending.take(HEADER_BYTES);
    if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new SealedDataRejected('not a sealed stream');
    prefix = header.subarray(MAGIC.length + SALT_BYTES);
    k = fileKey(key, header.subarray(MAGIC.length, MAGIC.length + SALT_BYTES), aad);
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      pending.push(chunk);
      try {
        readHeader();
        // Strictly more than a sealed segment: the one that ends the file is opened as the last.
        if (header)
          while (pending.length > SEGMENT + TAG_BYTES) this.push(open(pending.take(SEGMENT + TAG_BYTES), false));
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        readHeader();
        if (!header) throw new SealedDataRejected('no header');
        if (pending.length < TAG_BYTES) throw new SealedDataRejected('cut short');
        this.push(open(pending.take(pending.length), true));
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
}
