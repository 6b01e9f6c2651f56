import type { EvidenceType } from '@opcat/domain';

/** The one extension each accepted type is stored and served with, whatever the uploader called the file. */
export const EVIDENCE_EXTENSIONS: Record<EvidenceType, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'application/pdf': '.pdf',
  'audio/mpeg': '.mp3',
  'text/plain': '.txt',
};

const MAX_NAME = 255;
/**
 * Control and format characters (bidi overrides and isolates, zero-width marks, BOM…) are removed,
 * not replaced: a right-to-left override makes "gpj.exe" read as "exe.jpg", and any visible leftover
 * would still place the attacker's text where the eye expects the extension.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;
/** Reserved in file names on common systems. */
const RESERVED = /["*:<>?|]/g;
/** A trailing ".word" an operating system would take for the type: letters and digits, at least one letter. */
const EXTENSION = /\.(?=[\p{L}\p{N}]{1,10}$)[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*$/u;

/**
 * The base name from the URL-encoded `x-file-name` header: no path, no invisible characters, no
 * leading dots. Null when nothing usable is left.
 */
export function sanitizeFileName(header: string | undefined): string | null {
  if (!header) return null;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    return null;
  }
  if (name.length > MAX_NAME) return null;
  name = cleanName(name.normalize('NFC').split(/[/\\]/).pop() ?? '');
  return name.length > 0 ? name : null;
}

function cleanName(name: string): string {
  return name
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
}

/**
 * The name a file is stored and served under: the uploader's base name, cleaned, with the extension
 * of the type its bytes were sniffed as (an "evil.html" of plain text becomes "evil.txt"). Idempotent,
 * so names stored before this rule are served by it too.
 */
export function evidenceFileName(name: string, type: EvidenceType): string {
  const extension = EVIDENCE_EXTENSIONS[type];
  const base = cleanName(cleanName(name).replace(EXTENSION, '')).slice(0, MAX_NAME - extension.length) || 'evidence';
  return `${base}${extension}`;
}

function isEvidenceType(type: string): type is EvidenceType {
  return Object.hasOwn(EVIDENCE_EXTENSIONS, type);
}

/** The name a stored file is served and listed under (files stored before the rule get it too). */
export function servedFileName(file: { fileName: string; mimeType: string }): string {
  return isEvidenceType(file.mimeType) ? evidenceFileName(file.fileName, file.mimeType) : cleanName(file.fileName);
}
