import type { EntityManager } from '@mikro-orm/postgresql';
import type { Interviewee } from '../db/entities/monitoring.ts';
import { KeyRing } from './envelope.ts';
import { sealPlaintextEvidence } from './evidence-content.ts';

/** The interviewee columns sealed at rest (decision 0026): who the person is, how to reach them, their health. */
export const SEALED_INTERVIEWEE_FIELDS = ['identity', 'contact', 'medicalNotes'] as const;
export type SealedIntervieweeField = (typeof SEALED_INTERVIEWEE_FIELDS)[number];

const COLUMN: Record<SealedIntervieweeField, string> = {
  identity: 'identity',
  contact: 'contact',
  medicalNotes: 'medical_notes',
};

/** Bound to the row and the column: a sealed value copied to another row or column does not open. */
export const intervieweeAad = (id: string, field: SealedIntervieweeField) => `interviewee.${COLUMN[field]}:${id}`;

/** Seals an interviewee's personal fields in place with the data key of the finding's owner organisation. */
export async function sealInterviewee(
  em: EntityManager,
  keyRing: KeyRing,
  organisationId: string,
  interviewee: Interviewee,
): Promise<void> {
  for (const field of SEALED_INTERVIEWEE_FIELDS) {
    const value = interviewee[field];
    if (value === null || KeyRing.isSealed(value)) continue;
    interviewee[field] = await keyRing.seal(em, organisationId, value, intervieweeAad(interviewee.id, field));
  }
}

/**
 * Opens one field. Called only after the policy allowed the read. A value written before sealing
 * existed (and not yet sealed by `sealPlaintextPersonalData`) is returned as it is.
 */
export async function openIntervieweeField(
  em: EntityManager,
  keyRing: KeyRing,
  interviewee: Interviewee,
  field: SealedIntervieweeField,
): Promise<string | null> {
  const value = interviewee[field];
  if (value === null || !KeyRing.isSealed(value)) return value;
  return keyRing.openText(em, value, intervieweeAad(interviewee.id, field));
}

interface PlainRow {
  id: string;
  organisation_id: string;
  identity: string;
  contact: string | null;
  medical_notes: string | null;
}

/**
 * The data migration of decisions 0026 and 0030: seals every interviewee field and every evidence
 * file still in plain text (rows written before sealing existed, the demo seed's). Idempotent, in
 * batches; run at every start after the schema migrations and by `npm run keys:rotate`. Returns the
 * rows sealed.
 */
export async function sealPlaintextPersonalData(em: EntityManager, keyRing: KeyRing): Promise<number> {
  let sealed = 0;
  for (;;) {
    const done = await em.transactional(async (tx) => {
      const rows = await tx.getConnection().execute<PlainRow[]>(
        `select i.id, r.owner_organisation_id as organisation_id, i.identity, i.contact, i.medical_notes
           from interviewee i join finding r on r.id = i.finding_id
          where i.identity not like 'v1.%' or i.contact not like 'v1.%' or i.medical_notes not like 'v1.%'
          order by i.id limit 200 for update of i`,
        [],
        'all',
        tx.getTransactionContext(),
      );
      for (const row of rows) {
        const seal = async (value: string | null, field: SealedIntervieweeField) =>
          value === null || KeyRing.isSealed(value)
            ? value
            : keyRing.seal(tx, row.organisation_id, value, intervieweeAad(row.id, field));
        await tx
          .getConnection()
          .execute(
            'update interviewee set identity = ?, contact = ?, medical_notes = ? where id = ?',
            [
              await seal(row.identity, 'identity'),
              await seal(row.contact, 'contact'),
              await seal(row.medical_notes, 'medicalNotes'),
              row.id,
            ],
            'run',
            tx.getTransactionContext(),
          );
      }
      return rows.length;
    });
    sealed += done;
    if (done < 200) return sealed + (await sealPlaintextEvidence(em, keyRing));
  }
}
