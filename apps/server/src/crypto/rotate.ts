import type { EntityManager } from '@mikro-orm/postgresql';
import { createDataKey, KeyRing, masterKeyFrom, unwrapDataKey, wrapDataKey } from './envelope.ts';
import { intervieweeAad, SEALED_INTERVIEWEE_FIELDS } from './personal-data.ts';
import type { SealedIntervieweeField } from './personal-data.ts';
import { resealEvidenceUnderCurrentKeys } from './evidence-content.ts';
import { totpSecretAad } from '../modules/two-factor/secret-store.ts';
import { clientSecretAad } from '../modules/sso/client-secret.ts';

interface KeyRow {
  id: string;
  organisation_id: string | null;
  master_key_id: string;
  wrapped_key: Buffer;
}

const run = (tx: EntityManager, sql: string, params: unknown[] = []) =>
  tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext());
const all = <T>(tx: EntityManager, sql: string, params: unknown[] = []) =>
  tx.getConnection().execute<T[]>(sql, params, 'all', tx.getTransactionContext());

/**
 * Rewraps every data key under a new master key, in one transaction: either all keys move or none.
 * The data itself is untouched (that is the point of envelope encryption). Returns the keys rewrapped.
 */
export async function rotateMasterKey(em: EntityManager, oldMasterKey: string, newMasterKey: string): Promise<number> {
  const previous = masterKeyFrom(oldMasterKey);
  const next = masterKeyFrom(newMasterKey);
  return em.transactional(async (tx) => {
    const rows = await all<KeyRow>(
      tx,
      'select id, organisation_id, master_key_id, wrapped_key from data_key order by id for update',
    );
    for (const row of rows) {
      if (row.master_key_id === next.id) continue;
      const key = unwrapDataKey(previous, {
        id: row.id,
        organisationId: row.organisation_id,
        masterKeyId: row.master_key_id,
        wrappedKey: row.wrapped_key,
      });
      await run(tx, 'update data_key set master_key_id = ?, wrapped_key = ? where id = ?', [
        next.id,
        wrapDataKey(next, row.id, row.organisation_id, key),
        row.id,
      ]);
    }
    return rows.length;
  });
}

const COLUMN: Record<SealedIntervieweeField, string> = {
  identity: 'identity',
  contact: 'contact',
  medicalNotes: 'medical_notes',
};

/**
 * Replaces every current data key (each organisation's and the platform's) with a new one and
 * re-seals what the old ones sealed, in one transaction; the old keys stay, retired, so a backup
 * taken before still opens with its master key. Evidence files follow in batches of their own (they
 * may be large; one opened with a retired key still reads, and a rerun resumes). Returns the values
 * and files re-sealed.
 */
export async function rotateDataKeys(em: EntityManager, masterKey: string): Promise<number> {
  const keyRing = new KeyRing(masterKey);
  const values = await em.transactional(async (tx) => {
    const current = await all<{ id: string; organisation_id: string | null }>(
      tx,
      'select id, organisation_id from data_key where retired_at is null for update',
    );
    await run(tx, 'update data_key set retired_at = now() where retired_at is null');
    for (const key of current) await createDataKey(tx, keyRing.master, key.organisation_id);
    let resealed = 0;
    const interviewees = await all<{
      id: string;
      organisation_id: string;
      identity: string;
      contact: string | null;
      medical_notes: string | null;
    }>(
      tx,
      `select i.id, f.owner_organisation_id as organisation_id, i.identity, i.contact, i.medical_notes
         from interviewee i join finding f on f.id = i.finding_id for update of i`,
    );
    for (const row of interviewees) {
      const values: (string | null)[] = [];
      for (const field of SEALED_INTERVIEWEE_FIELDS) {
        const value = row[COLUMN[field] as 'identity' | 'contact' | 'medical_notes'];
        if (value === null) {
          values.push(null);
          continue;
        }
        const aad = intervieweeAad(row.id, field);
        const plain = KeyRing.isSealed(value) ? await keyRing.openText(tx, value, aad) : value;
        values.push(await keyRing.seal(tx, row.organisation_id, plain, aad));
        resealed++;
      }
      await run(tx, 'update interviewee set identity = ?, contact = ?, medical_notes = ? where id = ?', [
        ...values,
        row.id,
      ]);
    }
    const secrets = await all<{ user_id: string; secret_sealed: string }>(
      tx,
      'select user_id, secret_sealed from user_two_factor for update',
    );
    for (const row of secrets) {
      const aad = totpSecretAad(row.user_id);
      const plain = await keyRing.openText(tx, row.secret_sealed, aad);
      await run(tx, 'update user_two_factor set secret_sealed = ? where user_id = ?', [
        await keyRing.seal(tx, null, plain, aad),
        row.user_id,
      ]);
      resealed++;
    }
    // Single sign-on client secrets, with their organisation's new key (decision 0028).
    const clientSecrets = await all<{ id: string; organisation_id: string; client_secret_sealed: string }>(
      tx,
      'select id, organisation_id, client_secret_sealed from sso_connection for update',
    );
    for (const row of clientSecrets) {
      const aad = clientSecretAad(row.id);
      const plain = await keyRing.openText(tx, row.client_secret_sealed, aad);
      await run(tx, 'update sso_connection set client_secret_sealed = ? where id = ?', [
        await keyRing.seal(tx, row.organisation_id, plain, aad),
        row.id,
      ]);
      resealed++;
    }
    return resealed;
  });
  return values + (await resealEvidenceUnderCurrentKeys(em, keyRing));
}
