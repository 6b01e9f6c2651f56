import { createHash, randomUUID } from 'node:crypto';
import { can } from '@opcat/domain';
import type { Actor, EvidenceType } from '@opcat/domain';
import { openEvidenceContent, sealEvidenceContent } from '../../crypto/evidence-content.ts';
import { User } from '../../db/entities/identity.ts';
import { EvidenceAttachment, Finding } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { isId } from '../ids.ts';
import { recordFacts } from '../records/facts.ts';
import { findReadable } from '../records/load-readable.ts';
import { loadForChange } from '../records/load-for-change.ts';
import { evidenceFacts } from './evidence-access.ts';
import { evidenceFileName } from './evidence-file-name.ts';

/** The finding if the actor may attach evidence to it (read and update), else null: one answer for both. */
export async function findingForUpload(ctx: OperationContext, findingId: string): Promise<Finding | null> {
  const finding = await findReadable(ctx, Finding, findingId);
  return finding && can(ctx.actor, 'record:update', recordFacts(finding)) ? finding : null;
}

export interface EvidenceUpload {
  /** The uploader's name, already sanitized; stored with the extension of `mimeType`. */
  fileName: string;
  /** Sniffed from the bytes. */
  mimeType: EvidenceType;
  bytes: Buffer;
  /**
   * The uploader may clear it here without seeing more than they hold: the bytes are theirs.
   * Clearing it later is `evidence:setPersonalData`.
   */
  containsPersonalData: boolean;
}

/** Stores the bytes with their digest; null when the finding is (no longer) the actor's to change. */
export async function storeEvidence(
  ctx: OperationContext & { actor: Actor },
  findingId: string,
  file: EvidenceUpload,
): Promise<EvidenceAttachment | null> {
  return ctx.em.transactional(async (tx) => {
    const finding = (await loadForChange(ctx, tx, 'FINDING', findingId)) as Finding;
    if (!can(ctx.actor, 'record:update', recordFacts(finding))) return null;
    const id = randomUUID();
    // Sealed before it is ever flushed: the plain bytes never reach the database (decision 0030).
    const sealed = await sealEvidenceContent(tx, ctx.services.keyRing, finding.ownerOrganisation.id, id, file.bytes);
    return tx.create(EvidenceAttachment, {
      id,
      finding,
      fileName: evidenceFileName(file.fileName, file.mimeType),
      mimeType: file.mimeType,
      sizeBytes: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      content: sealed.content,
      contentKeyId: sealed.contentKeyId,
      uploadedBy: tx.getReference(User, ctx.actor.userId),
      containsPersonalData: file.containsPersonalData,
    });
  });
}

/**
 * An attachment with its bytes, for a reader the policy lets download it (`evidence:download`);
 * null otherwise (missing and forbidden look the same). Every download is an export, audited in
 * the owner organisation's log too. The bytes are opened only after the policy said yes.
 */
export async function evidenceForDownload(
  ctx: OperationContext,
  id: string,
): Promise<{ attachment: EvidenceAttachment; bytes: Buffer } | null> {
  if (!isId(id)) return null;
  const attachment = await ctx.em.findOne(EvidenceAttachment, id);
  if (!attachment) return null;
  const finding = await findReadable(ctx, Finding, attachment.finding.id);
  if (!finding) return null;
  const facts = await evidenceFacts(ctx, finding, attachment.containsPersonalData);
  if (!can(ctx.actor, 'evidence:download', facts)) return null;
  await ctx.em.populate(attachment, ['content']);
  const bytes = await openEvidenceContent(ctx.em, ctx.services.keyRing, attachment);
  await appendAudit(ctx.em, ctx.services.env.AUDIT_KEY, {
    action: 'record.exported',
    actor: ctx.actor,
    subjectType: 'FINDING',
    subjectId: finding.id,
    subjectOrganisationId: finding.ownerOrganisation.id,
    details: {
      evidenceId: attachment.id,
      sha256: attachment.sha256,
      containsPersonalData: attachment.containsPersonalData,
      transport: ctx.transport,
    },
  });
  return { attachment, bytes };
}
