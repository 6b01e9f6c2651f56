import { z } from 'zod';
import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Organisation } from '../../db/entities/identity.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { ShareRecordInput, UserError } from '../../__generated__/resolvers-types.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { isId } from '../ids.ts';
import { fromZod, userError } from '../user-errors.ts';
import { recordFacts } from './facts.ts';
import { loadForChange } from './load-for-change.ts';
import { announceAccessChange } from './access-changed.ts';

const input = z.object({
  recordId: z.string(),
  organisationIds: z.array(z.string().refine(isId, 'Unknown organisation')).max(100),
});

type Result = { record: ShareableRecord<string> | null; userErrors: UserError[] };

/**
 * The owner's ADMIN names who a record is shared with. For an SPT-confidential record the SPT may
 * only name the NPM of the country concerned (art. 16: nobody else).
 */
export async function shareRecord(ctx: OperationContext & { actor: Actor }, raw: ShareRecordInput): Promise<Result> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { record: null, userErrors: fromZod(parsed.error) };
  const ids = [...new Set(parsed.data.organisationIds)];
  const result = await ctx.em.transactional(async (tx): Promise<Result> => {
    const record = await loadForChange(ctx, tx, raw.recordType, parsed.data.recordId);
    authorize(ctx.actor, 'record:share', recordFacts(record));
    const organisations = ids.length ? await tx.find(Organisation, { id: { $in: ids } }) : [];
    if (organisations.length !== ids.length) {
      return {
        record: null,
        userErrors: [userError(['input', 'organisationIds'], 'NOT_FOUND', 'Unknown organisation')],
      };
    }
    if (
      record.classification === 'SPT_CONFIDENTIAL' &&
      organisations.some((o) => o.kind !== 'NPM' || o.countryCode !== record.countryCode)
    ) {
      return {
        record: null,
        userErrors: [
          userError(
            ['input', 'organisationIds'],
            'FORBIDDEN_CHANGE',
            'An SPT-confidential record can only be shared with the NPM of the country concerned',
          ),
        ],
      };
    }
    const before = record.sharedWith;
    record.sharedWith = ids;
    await tx.flush();
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'record.shared',
      actor: ctx.actor,
      subjectType: raw.recordType,
      subjectId: record.id,
      subjectOrganisationId: record.ownerOrganisation.id,
      details: { from: before, to: ids, classification: record.classification },
    });
    return { record, userErrors: [] };
  });
  return announceAccessChange(ctx, result);
}
