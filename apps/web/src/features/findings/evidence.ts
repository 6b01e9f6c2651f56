import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES } from '@opcat/domain';

export { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES };

/** Why an evidence upload failed, each with its own translated message. */
export type EvidenceUploadError =
  'TOO_LARGE' | 'UNSUPPORTED_TYPE' | 'EMPTY' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'NETWORK' | 'UNKNOWN';

export type EvidenceUploadResult = { readonly ok: true } | { readonly ok: false; readonly error: EvidenceUploadError };

interface FileLike {
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

/** The problems the browser can see before sending the bytes; the server checks the bytes again. */
export function precheckEvidence(file: FileLike): EvidenceUploadError | null {
  if (file.size === 0) return 'EMPTY';
  if (file.size > EVIDENCE_MAX_BYTES) return 'TOO_LARGE';
  if (file.type && !(EVIDENCE_TYPES as readonly string[]).includes(file.type)) return 'UNSUPPORTED_TYPE';
  return null;
}

export function uploadErrorOf(status: number): EvidenceUploadError {
  switch (status) {
    case 413:
      return 'TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_TYPE';
    case 404:
      return 'NOT_FOUND';
    case 401:
      return 'UNAUTHENTICATED';
    default:
      return 'UNKNOWN';
  }
}

/**
 * Sends a file's raw bytes to the finding's evidence endpoint. The custom X-Requested-With header
 * is the endpoint's CSRF guard; the name travels URL-encoded because headers are ASCII. The
 * personal-data flag is always sent, so what the person saw ticked is what is stored.
 */
export async function uploadEvidence(
  findingId: string,
  file: FileLike & Blob,
  containsPersonalData: boolean,
  fetchImpl: typeof fetch = fetch,
): Promise<EvidenceUploadResult> {
  const early = precheckEvidence(file);
  if (early) return { ok: false, error: early };
  let response: Response;
  try {
    response = await fetchImpl(`/api/findings/${encodeURIComponent(findingId)}/evidence`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'x-file-name': encodeURIComponent(file.name),
        'content-type': file.type || 'application/octet-stream',
        'x-requested-with': 'opcat',
        'x-contains-personal-data': String(containsPersonalData),
      },
      body: file,
    });
  } catch {
    return { ok: false, error: 'NETWORK' };
  }
  return response.ok ? { ok: true } : { ok: false, error: uploadErrorOf(response.status) };
}

/** A file size as the interface language writes it ("2,4 MB"). */
export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** The start of a SHA-256 digest, enough to compare two copies by eye. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}
