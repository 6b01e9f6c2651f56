import { can } from '@opcat/domain';
import type { EvidenceFacts } from '@opcat/domain';
import { EvidenceAttachment, Finding } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { loadReference } from '../load-reference.ts';
import { recordFacts } from '../records/facts.ts';
import { auditPersonalDataRead, findingVisitTeam } from './personal-data.ts';

/** The policy's view of one evidence file of `finding` (the finding's facts, its visit team, the file's flag). */
export async function evidenceFacts(
  ctx: OperationContext,
  finding: Finding,
  containsPersonalData: boolean,
): Promise<EvidenceFacts> {
  return { ...recordFacts(finding), visitTeamUserIds: await findingVisitTeam(ctx, finding), containsPersonalData };
}

/** The flag values whose files the viewer may `action` on this finding: both, one or none. */
async function flagsAllowing(
  ctx: OperationContext,
  finding: Finding,
  allowed: (facts: EvidenceFacts) => boolean,
): Promise<boolean[]> {
  const flags: boolean[] = [];
  for (const flag of [false, true]) if (allowed(await evidenceFacts(ctx, finding, flag))) flags.push(flag);
  return flags;
}

/**
 * The evidence files whose metadata the viewer may see, filtered in SQL so withheld files are never
 * loaded. Listing a personal-data file is reading personal data (its name may be a person's): audited.
 */
export async function findingEvidence(ctx: OperationContext, finding: Finding): Promise<EvidenceAttachment[]> {
  const flags = await flagsAllowing(ctx, finding, (facts) => can(ctx.actor, 'evidence:seeMetadata', facts));
  if (flags.length === 0) return [];
  const files = await ctx.em.find(
    EvidenceAttachment,
    { finding: finding.id, containsPersonalData: { $in: flags } },
    { orderBy: { uploadedAt: 'asc', id: 'asc' } },
  );
  if (files.some((file) => file.containsPersonalData)) await auditPersonalDataRead(ctx, finding);
  return files;
}

/** Files the viewer knows exist but may not see: counted, never named. */
export async function withheldEvidenceCount(ctx: OperationContext, finding: Finding): Promise<number> {
  const flags = await flagsAllowing(
    ctx,
    finding,
    (facts) => can(ctx.actor, 'evidence:seeExistence', facts) && !can(ctx.actor, 'evidence:seeMetadata', facts),
  );
  if (flags.length === 0) return 0;
  return ctx.em.count(EvidenceAttachment, { finding: finding.id, containsPersonalData: { $in: flags } });
}

/** `viewerCan` of a file the viewer was already allowed to see in its finding's list. */
export async function evidenceAbilities(ctx: OperationContext, file: EvidenceAttachment) {
  const finding = await loadReference(ctx, Finding, file.finding);
  const facts = await evidenceFacts(ctx, finding, file.containsPersonalData);
  return {
    download: can(ctx.actor, 'evidence:download', facts),
    setPersonalData: can(ctx.actor, 'evidence:setPersonalData', facts),
  };
}

export function evidenceDownloadUrl(attachment: EvidenceAttachment): string {
  return `/api/evidence/${attachment.id}`;
}
