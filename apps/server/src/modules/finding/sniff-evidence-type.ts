import type { EvidenceType } from '@opcat/domain';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ID3 = [0x49, 0x44, 0x33]; // ID3v2 tag before MPEG audio frames

/** An MPEG audio frame header: 11 sync bits, then no reserved version, layer, bitrate or rate. */
function isMpegFrame(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const [b0, b1, b2] = bytes as unknown as [number, number, number];
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return false;
  const version = (b1 >> 3) & 0b11;
  const layer = (b1 >> 1) & 0b11;
  const bitrate = (b2 >> 4) & 0b1111;
  const rate = (b2 >> 2) & 0b11;
  return version !== 0b01 && layer !== 0b00 && bitrate !== 0b1111 && rate !== 0b11;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]); // tab, line feed, form feed, carriage return

/** Valid UTF-8 without the control bytes (NUL, escape, DEL…) that mark binary data. */
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  for (const b of bytes) if ((b < 0x20 && !TEXT_CONTROLS.has(b)) || b === 0x7f) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The evidence type the bytes themselves show, or null when they are none of the accepted types.
 * What a client declares is never trusted on its own.
 */
export function sniffEvidenceType(bytes: Uint8Array): EvidenceType | null {
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, ID3) || isMpegFrame(bytes)) return 'audio/mpeg';
  if (isPlainText(bytes)) return 'text/plain';
  return null;
}
