import { createHash } from 'node:crypto';
import { can } from '@opcat/domain';
import type { Actor, EvidenceType } from '@opcat/domain';
import { User } from '../../db/entities/identity.ts';
import { EvidenceAttachment, Finding } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { isId } from '../ids.ts';
import { recordFacts } from '../records/facts.ts';
import { findReadable } from '../records/load-readable.ts';
import { loadForChange } from '../records/load-for-change.ts';

/** The finding if the actor may attach evidence to it (read and update), else null: one answer for both. */
export async function findingForUpload(ctx: OperationContext, findingId: string): Promise<Finding | null> {
  const finding = await findReadable(ctx, Finding, findingId);
  return finding && can(ctx.actor, 'record:update', recordFacts(finding)) ? finding : null;
}

/** Stores the bytes with their digest; null when the finding is (no longer) the actor's to change. */
export async function storeEvidence(
  ctx: OperationContext & { actor: Actor },
  findingId: string,
  file: { fileName: string; mimeType: EvidenceType; bytes: Buffer },
): Promise<EvidenceAttachment | null> {
  return ctx.em.transactional(async (tx) => {
    const finding = (await loadForChange(ctx, tx, 'FINDING', findingId)) as Finding;
    if (!can(ctx.actor, 'record:update', recordFacts(finding))) return null;
    return tx.create(EvidenceAttachment, {
      finding,
      fileName: file.fileName,
      mimeType: file.mimeType,
      sizeBytes: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      content: file.bytes,
      uploadedBy: tx.getReference(User, ctx.actor.userId),
    });
  });
}

/**
 * An attachment with its bytes, for a reader allowed to export its finding; null otherwise (missing
 * and forbidden look the same). Every download is an export and is audited.
 */
export async function evidenceForDownload(ctx: OperationContext, id: string): Promise<EvidenceAttachment | null> {
  if (!isId(id)) return null;
  const attachment = await ctx.em.findOne(EvidenceAttachment, id);
  if (!attachment) return null;
  const finding = await findReadable(ctx, Finding, attachment.finding.id);
  if (!finding || !can(ctx.actor, 'record:export', recordFacts(finding))) return null;
  await ctx.em.populate(attachment, ['content']);
  await appendAudit(ctx.em, ctx.services.env.AUDIT_KEY, {
    action: 'record.exported',
    actor: ctx.actor,
    subjectType: 'FINDING',
    subjectId: finding.id,
    subjectOrganisationId: finding.ownerOrganisation.id,
    details: { evidenceId: attachment.id, sha256: attachment.sha256, transport: ctx.transport },
  });
  return attachment;
}

/** Control characters, quotes and wildcards, zero-width and bidirectional marks (which can disguise ".exe"). */
function unsafeInName(char: string): boolean {
  const c = char.codePointAt(0) ?? 0;
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    '"*:<>?|'.includes(char) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/**
 * The file name from the URL-encoded `x-file-name` header, made safe to store and to send back in a
 * Content-Disposition: no path, no control or bidi characters, no leading dots. Null when unusable.
 */
export function sanitizeFileName(header: string | undefined): string | null {
  if (!header) return null;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    return null;
  }
  if (name.length > 255) return null;
  name = (name.normalize('NFC').split(/[/\\]/).pop() ?? '')
    .replace(/./gsu, (char) => (unsafeInName(char) ? '_' : char))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return name.length > 0 ? name : null;
}
