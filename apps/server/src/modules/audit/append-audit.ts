import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@opcat/domain';
import { actingMembership } from '../../operation/build.ts';
import { CURRENT_CHAIN_VERSION, GENESIS_HASH, sealEntry } from './chain.ts';
import type { ChainEntry, ChainVersion } from './chain.ts';

/** Everything the audit log records; each action names what happened, never the content read. */
export type AuditAction =
  | 'auth.signIn'
  | 'auth.signInFailed'
  | 'auth.signOut'
  | 'auth.actingOrganisationChanged'
  | 'membership.added'
  | 'membership.roleChanged'
  | 'membership.removed'
  | 'record.readConfidential'
  | 'record.readPersonalData'
  | 'record.shared'
  | 'record.reclassified'
  | 'record.published'
  | 'record.exported'
  | 'reprisal.accessed'
  | 'invitation.issued'
  | 'invitation.accepted'
  | 'invitation.refused'
  | 'auth.secondFactorFailed'
  | 'auth.recoveryCodeUsed'
  | 'auth.twoFactorEnrolled'
  | 'auth.recoveryCodesRegenerated'
  | 'organisation.twoFactorRequirementChanged'
  | 'membership.twoFactorReset'
  | 'auth.passkeyAdded'
  | 'auth.passkeyRemoved'
  | 'organisation.ssoConfigured'
  | 'membership.joinedBySso'
  | 'auth.twoFactorDisabled'
  | 'platform.adminGranted'
  | 'organisation.created'
  | 'organisation.hostInstitutionChanged'
  | 'joinRequest.received'
  | 'joinRequest.approved'
  | 'joinRequest.rejected'
  | 'workingGroup.created'
  | 'workingGroup.invited'
  | 'workingGroup.invitationAccepted'
  | 'workingGroup.invitationDeclined'
  | 'workingGroup.standingChanged'
  | 'workingGroup.organisationRemoved';

export interface AuditInput {
  action: AuditAction;
  actor: Actor | null;
  /** Overrides the actor's user id (e.g. the user who just signed in). */
  actorUserId?: string | null;
  subjectType?: string;
  subjectId?: string;
  /** The organisation owning the subject (a record read, shared, exported): the entry is in its log too. */
  subjectOrganisationId?: string | null;
  details?: Record<string, unknown>;
}

/** Key of the transaction-scoped advisory lock that serialises appends to the chain. */
const AUDIT_CHAIN_LOCK = 0x0a0d17;

/**
 * Appends one entry to the MAC chain inside the caller's transaction (or its own), after taking
 * the chain lock, so the position and the previous hash are read and written atomically.
 * `auditKey` is the services' `env.AUDIT_KEY`.
 */
export async function appendAudit(em: EntityManager, auditKey: string, input: AuditInput): Promise<void> {
  await appendAuditEntries(em, auditKey, [input]);
}

/** An entry sealed at its chain position, as it is inserted. */
export interface SealedEntry extends ChainEntry {
  prevHash: string;
  hash: string;
  chainVersion: ChainVersion;
}

/** Seals `inputs` in order after the chain's head (undefined: the empty chain). */
export function sealEntries(
  auditKey: string,
  head: { seq: string; hash: string } | undefined,
  inputs: readonly AuditInput[],
): SealedEntry[] {
  let seq = BigInt(head?.seq ?? '0');
  let prevHash = head?.hash ?? GENESIS_HASH;
  const at = new Date();
  return inputs.map((input) => {
    seq += 1n;
    const entry: ChainEntry = {
      seq: String(seq),
      at,
      actorUserId: input.actorUserId !== undefined ? input.actorUserId : (input.actor?.userId ?? null),
      actorOrganisationId: actingMembership(input.actor)?.organisationId ?? null,
      subjectOrganisationId: input.subjectOrganisationId ?? null,
      action: input.action,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      details: input.details ?? {},
    };
    const hash = sealEntry(CURRENT_CHAIN_VERSION, auditKey, prevHash, entry);
    const sealed = { ...entry, prevHash, hash, chainVersion: CURRENT_CHAIN_VERSION };
    prevHash = hash;
    return sealed;
  });
}

export const INSERT_AUDIT_COLUMNS =
  'insert into audit_event (seq, at, actor_user_id, actor_organisation_id, subject_organisation_id, action, subject_type, subject_id, details, prev_hash, hash, chain_version)';
export const LOCK_AUDIT_CHAIN = `select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
export const READ_AUDIT_HEAD = 'select seq::text as seq, hash from audit_event order by audit_event.seq desc limit 1';

/**
 * Appends entries in order, continuing the chain, inside the caller's transaction (or its own):
 * one lock, one read of the head, one multi-row insert for all.
 */
export async function appendAuditEntries(
  em: EntityManager,
  auditKey: string,
  inputs: readonly AuditInput[],
): Promise<void> {
  if (inputs.length === 0) return;
  const write = async (tx: EntityManager) => {
    const conn = tx.getConnection();
    await conn.execute(LOCK_AUDIT_CHAIN, [], 'run', tx.getTransactionContext());
    const [head] = await conn.execute<{ seq: string; hash: string }[]>(
      READ_AUDIT_HEAD,
      [],
      'all',
      tx.getTransactionContext(),
    );
    const sealed = sealEntries(auditKey, head, inputs);
    // Rows in chain order: the trigger checks each row's position against the one before it.
    await conn.execute(
      `${INSERT_AUDIT_COLUMNS} values ${sealed.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)').join(', ')}`,
      sealed.flatMap((e) => [
        e.seq,
        e.at,
        e.actorUserId,
        e.actorOrganisationId,
        e.subjectOrganisationId,
        e.action,
        e.subjectType,
        e.subjectId,
        JSON.stringify(e.details),
        e.prevHash,
        e.hash,
        e.chainVersion,
      ]),
      'run',
      tx.getTransactionContext(),
    );
  };
  if (em.isInTransaction()) await write(em);
  else await em.transactional(write);
}
