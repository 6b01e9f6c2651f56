import type { EntityManager } from '@mikro-orm/postgresql';
import type { Env } from '../../env.ts';
import { GENESIS_HASH, sameDigest, sealEntry } from './chain.ts';
import { readAuditCheckpoints } from './checkpoint.ts';
import type { AuditCheckpoint } from './checkpoint.ts';
import { groupBy } from '../../collections.ts';

export interface ChainVerification {
  ok: boolean;
  entries: number;
  /** The first entry that does not match, with the reason (for a lost tail: the first missing position). */
  firstBroken: { seq: string; reason: string } | null;
  headHash: string;
  /** The newest signed checkpoint the log was checked against. */
  checkpoint: { seq: string; at: string } | null;
  /** Lines of the checkpoint file that are unreadable or not signed with the key. */
  checkpointProblems: string[];
}

interface Row {
  seq: string;
  at: Date;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  subject_organisation_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
  chain_version: number;
}

const PAGE = 5000;

function newest(checkpoints: readonly AuditCheckpoint[]): AuditCheckpoint | null {
  let best: AuditCheckpoint | null = null;
  for (const c of checkpoints) if (!best || BigInt(c.seq) > BigInt(best.seq)) best = c;
  return best;
}

/**
 * Recomputes the whole chain in order, page by page, and names the first broken entry: a missing
 * position, a downgraded or unknown chain version, a broken link, a seal that does not match, an
 * entry that differs from a signed checkpoint; then entries a checkpoint saw that are gone.
 */
export async function verifyAuditChain(
  em: EntityManager,
  options: { key: string; checkpoints?: readonly AuditCheckpoint[]; checkpointProblems?: readonly string[] },
): Promise<ChainVerification> {
  const conn = em.getConnection();
  const checkpointsAt = groupBy(options.checkpoints ?? [], (c) => c.seq);
  const latest = newest(options.checkpoints ?? []);
  const checkpointProblems = [...(options.checkpointProblems ?? [])];
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1n;
  let entries = 0;
  let keyed = false;
  const result = (firstBroken: ChainVerification['firstBroken']): ChainVerification => ({
    ok: firstBroken === null && checkpointProblems.length === 0,
    entries,
    firstBroken,
    headHash: prevHash,
    checkpoint: latest ? { seq: latest.seq, at: latest.at } : null,
    checkpointProblems,
  });
  for (;;) {
    const rows = await conn.execute<Row[]>(
      'select seq::text as seq, at, actor_user_id, actor_organisation_id, subject_organisation_id, action, subject_type, subject_id, details, prev_hash, hash, chain_version from audit_event where seq >= ? order by audit_event.seq limit ?',
      [String(expectedSeq), PAGE],
    );
    for (const row of rows) {
      const broken = (reason: string) => result({ seq: row.seq, reason });
      if (BigInt(row.seq) !== expectedSeq) return broken(`entry ${expectedSeq} is missing`);
      const version = row.chain_version;
      if (version !== 1 && version !== 2) return broken(`its chain version ${version} is unknown`);
      // Only the unkeyed seal can be recomputed without the key: it must never follow a keyed entry.
      if (version === 1 && keyed) return broken('an unkeyed (version 1) entry follows keyed ones (downgraded)');
      if (row.prev_hash !== prevHash) return broken('its previous-hash link does not match the entry before it');
      const seal = sealEntry(version, options.key, prevHash, {
        seq: row.seq,
        at: new Date(row.at),
        actorUserId: row.actor_user_id,
        actorOrganisationId: row.actor_organisation_id,
        subjectOrganisationId: row.subject_organisation_id,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        details: row.details,
      });
      if (!sameDigest(seal, row.hash)) return broken('its content does not match its hash (altered)');
      const differing = checkpointsAt.get(row.seq)?.find((c) => c.hash !== row.hash);
      if (differing) {
        return broken(
          `it differs from the checkpoint signed at ${differing.at} (rewritten, or its sequence number reused after a deletion)`,
        );
      }
      keyed ||= version === 2;
      prevHash = row.hash;
      expectedSeq += 1n;
      entries += 1;
    }
    if (rows.length < PAGE) break;
  }
  if (latest && BigInt(latest.seq) >= expectedSeq) {
    return result({
      seq: String(expectedSeq),
      reason: `entries ${expectedSeq} to ${latest.seq} are missing: the checkpoint signed at ${latest.at} saw entry ${latest.seq} (the newest entries were deleted or truncated)`,
    });
  }
  return result(null);
}

/** The chain checked against every checkpoint signed under DATA_DIR. */
export async function verifyAuditLog(
  em: EntityManager,
  env: Pick<Env, 'AUDIT_KEY' | 'DATA_DIR'>,
): Promise<ChainVerification> {
  // Read before the table, so no checkpoint can be newer than the rows read.
  const { checkpoints, problems } = readAuditCheckpoints(env.DATA_DIR, env.AUDIT_KEY);
  return verifyAuditChain(em, { key: env.AUDIT_KEY, checkpoints, checkpointProblems: problems });
}
