import { z } from 'zod';
import { authorize, can } from '@opcat/domain';
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
import { notify, occurrenceKey } from '../notification/deliver.ts';

const input = z.object({
  recordId: z.string(),
  organisationIds: z.array(z.string().refine(isId, 'Unknown organisation')).max(100),
});

type Result = { record: ShareableRecord<string> | null; userErrors: UserError[] };

/**
 * The owner's ADMIN names who a record is shared with, in one step: an ORGANISATION record named
 * with organisations becomes SHARED (the form asks for confirmation). A record the whole working
 * group or everyone already reads has no use for names: a clear user error, never a silent no-op.
 * For an SPT-confidential record the SPT may only name the NPM of the country concerned (art. 16).
 */
export async function shareRecord(ctx: OperationContext & { actor: Actor }, raw: ShareRecordInput): Promise<Result> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { record: null, userErrors: fromZod(parsed.error) };
  const ids = [...new Set(parsed.data.organisationIds)];
  const result = await ctx.em.transactional(async (tx): Promise<Result> => {
    const record = await loadForChange(ctx, tx, raw.recordType, parsed.data.recordId);
    const facts = recordFacts(record);
    if (record.classification === 'WORKING_GROUP' || record.classification === 'PUBLIC') {
      // The record is readable (loadForChange): say plainly why names make no sense here.
      return {
        record: null,
        userErrors: [
          userError(
            ['input', 'organisationIds'],
            'FORBIDDEN_CHANGE',
            record.classification === 'PUBLIC'
              ? 'Everyone already reads this record: narrow it before naming organisations'
              : 'The whole working group already reads this record: narrow it to SHARED to name organisations',
          ),
        ],
      };
    }
    authorize(ctx.actor, 'record:share', facts);
    const organisations = ids.length ? await tx.find(Organisation, { id: { $in: ids } }) : [];
    if (organisations.length !== ids.length) {
      return {
        record: null,
        userErrors: [userError(['input', 'organisationIds'], 'NOT_FOUND', 'Unknown organisation')],
      };
    }
    const targets = organisations.map((o) => ({ id: o.id, kind: o.kind, countryCode: o.countryCode }));
    if (!can(ctx.actor, 'record:shareWith', { ...facts, targets })) {
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
    const before = { classification: record.classification, sharedWith: record.sharedWith };
    // Naming organisations on an ORGANISATION record is what makes it SHARED.
    if (record.classification === 'ORGANISATION' && ids.length > 0) record.classification = 'SHARED';
    record.sharedWith = ids;
    await tx.flush();
    const subjectType = raw.recordType;
    for (const organisationId of ids.filter((id) => !before.sharedWith.includes(id))) {
      await notify(ctx, tx, {
        event: 'RECORD_SHARED',
        eventKey: occurrenceKey('RECORD_SHARED', record.id),
        subjectType,
        subjectId: record.id,
        audienceOrganisationId: organisationId,
      });
    }
    for (const organisationId of before.sharedWith.filter((id) => !ids.includes(id))) {
      await notify(ctx, tx, {
        event: 'RECORD_SHARE_WITHDRAWN',
        eventKey: occurrenceKey('RECORD_SHARE_WITHDRAWN', record.id),
        subjectType,
        subjectId: record.id,
        audienceOrganisationId: organisationId,
      });
    }
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'record.shared',
      actor: ctx.actor,
      subjectType: raw.recordType,
      subjectId: record.id,
      subjectOrganisationId: record.ownerOrganisation.id,
      details: {
        from: before.sharedWith,
        to: ids,
        classification: record.classification,
        classificationBefore: before.classification,
      },
    });
    return { record, userErrors: [] };
  });
  return announceAccessChange(ctx, result);
}
