import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Hash of the (virtual) entry before the first one. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * How an entry is sealed. 1: unkeyed SHA-256, which anyone who can write the table can recompute
 * (kept so entries written before version 2 still verify); 2: HMAC-SHA-256 under AUDIT_KEY, which
 * lives outside the database. Every new entry is version 2.
 */
export type ChainVersion = 1 | 2;
export const CURRENT_CHAIN_VERSION: ChainVersion = 2;

export interface ChainEntry {
  seq: string;
  at: Date;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  subjectOrganisationId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, unknown>;
}

/** JSON with object keys sorted at every level, so jsonb's key reordering cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function entryBody(entry: ChainEntry): string {
  return canonicalJson({
    seq: entry.seq,
    at: entry.at.toISOString(),
    actorUserId: entry.actorUserId,
    actorOrganisationId: entry.actorOrganisationId,
    // Only when set, so that entries written before the column existed keep their hashes.
    ...(entry.subjectOrganisationId ? { subjectOrganisationId: entry.subjectOrganisationId } : {}),
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    details: entry.details,
  });
}

/** Version 1, unkeyed: only for verifying entries written before the keyed chain. */
export function legacyEntryHash(prevHash: string, entry: ChainEntry): string {
  return createHash('sha256').update(prevHash).update('\n').update(entryBody(entry)).digest('hex');
}

/** Version 2: the entry's MAC, chained through the previous entry's. The prefix keeps it apart from checkpoint MACs. */
export function entryMac(key: string, prevHash: string, entry: ChainEntry): string {
  return createHmac('sha256', key)
    .update('opcat-audit-entry-v2\n')
    .update(prevHash)
    .update('\n')
    .update(entryBody(entry))
    .digest('hex');
}

export function sealEntry(version: ChainVersion, key: string, prevHash: string, entry: ChainEntry): string {
  return version === 1 ? legacyEntryHash(prevHash, entry) : entryMac(key, prevHash, entry);
}

/** Compares two hex digests without leaking where they differ. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
