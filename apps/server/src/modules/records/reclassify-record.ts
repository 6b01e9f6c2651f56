import { z } from 'zod';
import { authorize, can, CLASSIFICATIONS } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { WorkingGroup, WorkingGroupMember } from '../../db/entities/identity.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { ReclassifyRecordInput, UserError } from '../../__generated__/resolvers-types.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { isId } from '../ids.ts';
import { fromZod, userError } from '../user-errors.ts';
import { recordFacts } from './facts.ts';
import { loadForChange } from './load-for-change.ts';
import { announceAccessChange } from './access-changed.ts';
import { notify, occurrenceKey } from '../notification/deliver.ts';

const input = z.object({
  recordId: z.string(),
  classification: z.enum(CLASSIFICATIONS),
  workingGroupId: z.string().refine(isId, 'Unknown working group').nullish(),
});

type Result = { record: ShareableRecord<string> | null; userErrors: UserError[] };

/** Changes who may read a record. Narrowing: owner EDITOR or ADMIN; widening: owner ADMIN. Audited. */
export async function reclassifyRecord(
  ctx: OperationContext & { actor: Actor },
  raw: ReclassifyRecordInput,
): Promise<Result> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { record: null, userErrors: fromZod(parsed.error) };
  const { classification: to, workingGroupId } = parsed.data;
  const result = await ctx.em.transactional(async (tx): Promise<Result> => {
    const record = await loadForChange(ctx, tx, raw.recordType, parsed.data.recordId);
    const facts = recordFacts(record);
    authorize(ctx.actor, 'record:update', facts);
    const change = { ...facts, ownerOrganisationKind: record.ownerOrganisation.kind, to };
    if (!can(ctx.actor, 'record:reclassify', change)) {
      const message =
        record.classification === 'SPT_CONFIDENTIAL' && to === 'PUBLIC'
          ? 'An SPT-confidential record becomes public only when the State authorises its publication'
          : 'Your role does not allow this classification';
      return { record: null, userErrors: [userError(['input', 'classification'], 'FORBIDDEN_CHANGE', message)] };
    }
    let group: WorkingGroup | null = record.workingGroup;
    if (workingGroupId) {
      const membership = await tx.findOne(WorkingGroupMember, {
        workingGroup: workingGroupId,
        organisation: record.ownerOrganisation.id,
      });
      if (!membership) {
        return {
          record: null,
          userErrors: [userError(['input', 'workingGroupId'], 'NOT_FOUND', 'Unknown working group')],
        };
      }
      group = tx.getReference(WorkingGroup, workingGroupId);
    }
    if (to === 'WORKING_GROUP' && !group) {
      return {
        record: null,
        userErrors: [userError(['input', 'workingGroupId'], 'INVALID', 'Choose the working group that may read it')],
      };
    }
    if (to === 'SPT_CONFIDENTIAL' && !record.countryCode) {
      return {
        record: null,
        userErrors: [
          userError(['input', 'classification'], 'INVALID', 'An SPT-confidential record needs the country concerned'),
        ],
      };
    }
    const from = record.classification;
    record.classification = to;
    record.workingGroup = group;
    // Names shared under SPT confidentiality never carry over to another classification, nor back.
    if (from === 'SPT_CONFIDENTIAL' || to === 'SPT_CONFIDENTIAL') record.sharedWith = [];
    await tx.flush();
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'record.reclassified',
      actor: ctx.actor,
      subjectType: raw.recordType,
      subjectId: record.id,
      subjectOrganisationId: record.ownerOrganisation.id,
      details: { from, to, workingGroupId: group?.id ?? null },
    });
    // Made public by its owner: the owner's team and the addressees hear of it, as of an authorised publication.
    if (to === 'PUBLIC' && from !== 'PUBLIC') {
      await notify(ctx, tx, {
        event: 'PUBLICATION_AUTHORISED',
        eventKey: occurrenceKey('PUBLICATION_AUTHORISED', record.id),
        subjectType: raw.recordType,
        subjectId: record.id,
        exceptUserIds: [ctx.actor.userId],
      });
    }
    return { record, userErrors: [] };
  });
  return announceAccessChange(ctx, result);
}
