import type { EntityManager } from '@mikro-orm/postgresql';
import type { EvidenceAttachment } from '../db/entities/monitoring.ts';
import type { KeyRing } from './envelope.ts';

/**
 * Evidence files at rest (decision 0030): every file's bytes are sealed with the data key of the
 * finding's owner organisation, whatever its personal-data flag says. The flag is a judgement made
 * after upload and can be cleared or set again; sealing every file means a flag change never has to
 * re-encrypt, and a photograph nobody flagged still leaves no face in a dump. `content_key_id` names
 * the data key; null marks a file written before sealing existed (sealed at the next start).
 */

/** Bound to the row: sealed bytes copied onto another attachment do not open. */
export const evidenceAad = (id: string) => `evidence_attachment.content:${id}`;

/** Seals `bytes` for a new attachment `id` of `organisationId`, before they are ever flushed. */
export async function sealEvidenceContent(
  em: EntityManager,
  keyRing: KeyRing,
  organisationId: string,
  id: string,
  bytes: Buffer,
): Promise<{ content: Buffer; contentKeyId: string }> {
  const { keyId, sealed } = await keyRing.sealBytes(em, organisationId, bytes, evidenceAad(id));
  return { content: sealed, contentKeyId: keyId };
}

/** The file's bytes. Called only after the policy allowed the download (`evidence:download`). */
export async function openEvidenceContent(
  em: EntityManager,
  keyRing: KeyRing,
  attachment: Pick<EvidenceAttachment, 'id' | 'content' | 'contentKeyId'>,
): Promise<Buffer> {
  if (attachment.contentKeyId === null) return attachment.content;
  return keyRing.openBytes(em, attachment.contentKeyId, attachment.content, evidenceAad(attachment.id));
}

interface EvidenceRow {
  id: string;
  organisation_id: string;
  content: Buffer;
  content_key_id: string | null;
}

const BATCH = 20;

const run = (tx: EntityManager, sql: string, params: unknown[]) =>
  tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext());
const all = <T>(tx: EntityManager, sql: string, params: unknown[]) =>
  tx.getConnection().execute<T[]>(sql, params, 'all', tx.getTransactionContext());

/**
 * Re-seals evidence files in batches of a few files (they may be megabytes each), one transaction a
 * batch: `which` picks the rows still to do ("not sealed" or "sealed with a retired key"), so the
 * loop ends and a crash half-way resumes where it stopped. Returns the files written.
 */
async function resealEvidence(em: EntityManager, keyRing: KeyRing, which: string): Promise<number> {
  let done = 0;
  for (;;) {
    const count = await em.transactional(async (tx) => {
      const rows = await all<EvidenceRow>(
        tx,
        `select e.id, f.owner_organisation_id as organisation_id, e.content, e.content_key_id
           from evidence_attachment e join finding f on f.id = e.finding_id
          where ${which}
          order by e.id limit ${BATCH} for update of e`,
        [],
      );
      for (const row of rows) {
        const plain = await openEvidenceContent(tx, keyRing, {
          id: row.id,
          content: row.content,
          contentKeyId: row.content_key_id,
        });
        const { content, contentKeyId } = await sealEvidenceContent(tx, keyRing, row.organisation_id, row.id, plain);
        await run(tx, 'update evidence_attachment set content = ?, content_key_id = ? where id = ?', [
          content,
          contentKeyId,
          row.id,
        ]);
      }
      return rows.length;
    });
    done += count;
    if (count < BATCH) return done;
  }
}

/** The data migration of decision 0030: files stored before sealing existed (and the demo seed's). */
export function sealPlaintextEvidence(em: EntityManager, keyRing: KeyRing): Promise<number> {
  return resealEvidence(em, keyRing, 'e.content_key_id is null');
}

/** After `rotateDataKeys` retired the keys: every file sealed with a retired key moves to its owner's new key. */
export function resealEvidenceUnderCurrentKeys(em: EntityManager, keyRing: KeyRing): Promise<number> {
  return resealEvidence(
    em,
    keyRing,
    'e.content_key_id is null or e.content_key_id in (select id from data_key where retired_at is not null)',
  );
}
