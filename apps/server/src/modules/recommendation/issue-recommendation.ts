import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { DEFAULT_RESPONSE_DUE_DAYS } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation, User } from '../../db/entities/identity.ts';
import { Recommendation, RecommendationStatusEntry } from '../../db/entities/monitoring.ts';
import { CountrySetting } from '../../db/entities/reprisal.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { IssueRecommendationInput, UserError } from '../../__generated__/resolvers-types.ts';
import { newRecordOwnership } from '../records/new-record.ts';
import { isId } from '../ids.ts';
import { fromZod, userError } from '../user-errors.ts';
import { addDays } from './dates.ts';
import { resolveLinks } from './linked-records.ts';
import { issueInput } from './recommendation-input.ts';
import { notify, occurrenceKey } from '../notification/deliver.ts';
import { scheduleResponseDeadlines } from '../notification/deadlines.ts';

type Result = { recommendation: Recommendation | null; userErrors: UserError[] };

const fail = (field: string, code: UserError['code'], message: string): Result => ({
  recommendation: null,
  userErrors: [userError(['input', field], code, message)],
});

/** Days the authorities of a country have to respond (CountrySetting, else the default). */
export async function responseDueDays(em: EntityManager, countryCode: string | null): Promise<number> {
  if (!countryCode) return DEFAULT_RESPONSE_DUE_DAYS;
  const setting = await em.findOne(CountrySetting, { countryCode });
  return setting?.responseDueDays ?? DEFAULT_RESPONSE_DUE_DAYS;
}

/**
 * An owner ADMIN or EDITOR issues a recommendation to a State authority. The response is due
 * after the country's response period; the history starts with acceptance PENDING.
 */
export async function issueRecommendation(
  ctx: OperationContext & { actor: Actor },
  raw: IssueRecommendationInput,
): Promise<Result> {
  const parsed = issueInput.safeParse(raw);
  if (!parsed.success) return { recommendation: null, userErrors: fromZod(parsed.error) };
  const input = parsed.data;
  try {
    return await ctx.em.transactional(async (tx): Promise<Result> => {
      const addressee = isId(input.addresseeId) ? await tx.findOne(Organisation, input.addresseeId) : null;
      if (!addressee || addressee.kind !== 'STATE_AUTHORITY') {
        return fail('addresseeId', 'INVALID', 'Address the recommendation to a State authority');
      }
      const countryCode = input.countryCode ?? addressee.countryCode;
      const ownership = await newRecordOwnership(tx, ctx, {
        recordType: 'RECOMMENDATION',
        ownerOrganisationId: input.ownerOrganisationId,
        classification: input.classification ?? 'ORGANISATION',
        workingGroupId: input.workingGroupId,
        countryCode,
      });
      if (Array.isArray(ownership)) return { recommendation: null, userErrors: ownership };
      const owner = ownership.ownerOrganisation;
      if (await tx.count(Recommendation, { ownerOrganisation: owner.id, reference: input.reference })) {
        return fail('reference', 'INVALID', 'Your organisation already used this reference');
      }

      const { links, userErrors } = await resolveLinks(ctx, tx, input);
      if (userErrors.length) return { recommendation: null, userErrors };

      const days = await responseDueDays(tx, countryCode);
      const recordedBy = tx.getReference(User, ctx.actor.userId);
      const recommendation = tx.create(Recommendation, {
        ...ownership,
        countryCode,
        createdBy: recordedBy,
        reference: input.reference,
        title: input.title,
        text: input.text ?? '',
        source: input.source,
        addressee,
        theme: input.theme ?? '',
        level: input.level,
        priority: input.priority,
        issuedOn: input.issuedOn,
        targetDate: input.targetDate ?? null,
        responseDueOn: addDays(input.issuedOn, days),
        repeats: links.repeats ?? null,
        findings: links.findings ?? [],
        places: links.places ?? [],
      });
      tx.create(RecommendationStatusEntry, {
        recommendation,
        kind: 'ACCEPTANCE',
        value: 'PENDING',
        effectiveOn: input.issuedOn,
        recordedBy,
      });
      await tx.flush();
      await notify(ctx, tx, {
        event: 'RECOMMENDATION_ISSUED',
        eventKey: occurrenceKey('RECOMMENDATION_ISSUED', recommendation.id),
        subjectType: 'RECOMMENDATION',
        subjectId: recommendation.id,
      });
      await scheduleResponseDeadlines(ctx, tx, recommendation, false);
      return { recommendation, userErrors: [] };
    });
  } catch (error) {
    // Two people issuing the same reference at once: the unique index decides, nothing was written.
    if (error instanceof UniqueConstraintViolationException) {
      return fail('reference', 'INVALID', 'Your organisation already used this reference');
    }
    throw error;
  }
}
