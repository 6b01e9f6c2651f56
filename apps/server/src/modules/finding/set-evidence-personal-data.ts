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
    const file = await tx.findOne(EvidenceAttachment, input.evidenceId);
    if (!file) throw notFound();
    const txCtx = { ...ctx, em: tx };
    const finding = (await loadForChange(txCtx, tx, 'FINDING', file.finding.id)) as Finding;
    authorize(ctx.actor, 'evidence:setPersonalData', await evidenceFacts(txCtx, finding, file.containsPersonalData));
    if (file.containsPersonalData !== input.containsPersonalData) {
      file.containsPersonalData = input.containsPersonalData;
      await appendAudit(tx, {
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
