import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { notFound } from '../../errors.ts';
import { EvidenceAttachment } from '../../db/entities/monitoring.ts';
import type { Finding } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { SetEvidencePersonalDataInput, UserError } from '../../__generated__/resolvers-types.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { isId } from '../ids.ts';
import { loadForChange } from '../records/load-for-change.ts';
import { evidenceFacts } from './evidence-access.ts';

type Result = { evidence: EvidenceAttachment | null; userErrors: UserError[] };

/**
 * Turns an evidence file's personal-data flag on or off. Clearing it widens who sees the file, so
 * each change is audited like a reclassification, in the owner organisation's log too.
 */
export async function setEvidencePersonalData(
  ctx: OperationContext & { actor: Actor },
  input: SetEvidencePersonalDataInput,
): Promise<Result> {
  if (!isId(input.evidenceId)) throw notFound();
  return ctx.em.transactional(async (tx): Promise<Result> => {
    const found = await tx.findOne(EvidenceAttachment, input.evidenceId);
    if (!found) throw notFound();
    const txCtx = { ...ctx, em: tx };
    const finding = (await loadForChange(txCtx, tx, 'FINDING', found.finding.id)) as Finding;
    // Decide on the flag as it is under the finding's lock, not as it was before a concurrent change.
    const file = await tx.findOneOrFail(EvidenceAttachment, found.id, { refresh: true });
    authorize(ctx.actor, 'evidence:setPersonalData', await evidenceFacts(txCtx, finding, file.containsPersonalData));
    if (file.containsPersonalData !== input.containsPersonalData) {
      file.containsPersonalData = input.containsPersonalData;
      await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
        action: 'record.reclassified',
        actor: ctx.actor,
        subjectType: 'FINDING',
        subjectId: finding.id,
        subjectOrganisationId: finding.ownerOrganisation.id,
        details: { evidenceId: file.id, containsPersonalData: input.containsPersonalData, transport: ctx.transport },
      });
    }
    return { evidence: file, userErrors: [] };
  });
}
