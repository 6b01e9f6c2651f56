import type { EntityManager } from '@mikro-orm/postgresql';
import { entryHash, GENESIS_HASH } from './chain.ts';

export interface ChainVerification {
  ok: boolean;
  entries: number;
  /** The first entry that does not match, with the reason. */
  firstBroken: { seq: string; reason: string } | null;
  headHash: string;
}

const PAGE = 5000;

/** Recomputes the whole chain in order, page by page, and names the first broken entry. */
export async function verifyAuditChain(em: EntityManager): Promise<ChainVerification> {
  const conn = em.getConnection();
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1n;
  let entries = 0;
  for (;;) {
    const rows = await conn.execute<
      {
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
      }[]
    >(
      'select seq::text as seq, at, actor_user_id, actor_organisation_id, subject_organisation_id, action, subject_type, subject_id, details, prev_hash, hash from audit_event where seq >= ? order by audit_event.seq limit ?',
      [String(expectedSeq), PAGE],
    );
    for (const row of rows) {
      const broken = (reason: string) => ({
        ok: false,
        entries,
        firstBroken: { seq: row.seq, reason },
        headHash: prevHash,
      });
      if (BigInt(row.seq) !== expectedSeq) return broken(`entry ${expectedSeq} is missing`);
      if (row.prev_hash !== prevHash) return broken('its previous-hash link does not match the entry before it');
      const hash = entryHash(prevHash, {
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
      if (hash !== row.hash) return broken('its content does not match its hash (altered)');
      prevHash = row.hash;
      expectedSeq += 1n;
      entries += 1;
    }
    if (rows.length < PAGE) return { ok: true, entries, firstBroken: null, headHash: prevHash };
  }
}
