import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { User } from '../../db/entities/identity.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { AuthorisePublicationInput, UserError } from '../../__generated__/resolvers-types.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { recordFacts } from './facts.ts';
import { loadForChange } from './load-for-change.ts';
import { announceAccessChange } from './access-changed.ts';
import { notify } from '../notification/deliver.ts';

/** Art. 16(2) OPCAT: the State concerned authorises publishing an SPT-confidential record; recorded with who and when. */
export async function authorisePublication(
  ctx: OperationContext & { actor: Actor },
  raw: AuthorisePublicationInput,
): Promise<{ record: ShareableRecord<string> | null; userErrors: UserError[] }> {
  const result = await ctx.em.transactional(async (tx) => {
    const record = await loadForChange(ctx, tx, raw.recordType, raw.recordId);
    authorize(ctx.actor, 'record:authorisePublication', recordFacts(record));
    record.classification = 'PUBLIC';
    record.sharedWith = [];
    record.publishedAt = new Date();
    record.publishedBy = tx.getReference(User, ctx.actor.userId);
    await tx.flush();
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'record.published',
      actor: ctx.actor,
      subjectType: raw.recordType,
      subjectId: record.id,
      subjectOrganisationId: record.ownerOrganisation.id,
      details: { authorisedByOrganisationIds: ctx.actor.memberships.map((m) => m.organisationId) },
    });
    // The owner's team and the addressees hear of it (decision 0034); a record is published once.
    await notify(ctx, tx, {
      event: 'PUBLICATION_AUTHORISED',
      eventKey: `PUBLICATION_AUTHORISED:${record.id}`,
      subjectType: raw.recordType,
      subjectId: record.id,
      exceptUserIds: [ctx.actor.userId],
    });
    return { record, userErrors: [] };
  });
  return announceAccessChange(ctx, result);
}
