import { can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Finding, Place } from '../../db/entities/monitoring.ts';
import type { Recommendation } from '../../db/entities/monitoring.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { UpdateRecommendationInput, UserError } from '../../__generated__/resolvers-types.ts';
import { readableAmong } from '../records/load-readable.ts';
import { recordFacts } from '../records/facts.ts';
import { fromZod, userError } from '../user-errors.ts';
import { resolveLinks } from './linked-records.ts';
import { loadRecommendationForChange } from './load-for-change.ts';
import { updateInput } from './recommendation-input.ts';

type Result = { recommendation: Recommendation | null; userErrors: UserError[] };

const fail = (field: string, code: UserError['code'], message: string): Result => ({
  recommendation: null,
  userErrors: [userError(['input', field], code, message)],
});

/**
 * Links the editor cannot read stay linked: replacing the list only touches what they can see,
 * so an edit never silently drops another organisation's finding or place.
 */
async function keepUnreadable<T extends ShareableRecord<string>>(
  ctx: OperationContext,
  tx: EntityManager,
  entity: EntityClass<T>,
  current: readonly T[],
): Promise<T[]> {
  const ids = current.map((r) => r.id);
  const readable = new Set((await readableAmong({ ...ctx, em: tx }, entity, ids)).map((r) => r.id));
  return current.filter((r) => !readable.has(r.id));
}

/** The owner's ADMIN or EDITOR edits a recommendation; the State's position and statuses have their own commands. */
export async function updateRecommendation(
  ctx: OperationContext & { actor: Actor },
  raw: UpdateRecommendationInput,
): Promise<Result> {
  const parsed = updateInput.safeParse(raw);
  if (!parsed.success) return { recommendation: null, userErrors: fromZod(parsed.error) };
  const input = parsed.data;
  return ctx.em.transactional(async (tx): Promise<Result> => {
    const recommendation = await loadRecommendationForChange(ctx, tx, input.id);
    if (!can(ctx.actor, 'record:update', recordFacts(recommendation))) {
      return fail('id', 'FORBIDDEN_CHANGE', 'Only the issuing organisation edits this recommendation');
    }
    if (input.expectedVersion != null && input.expectedVersion !== recommendation.version) {
      return fail('expectedVersion', 'CONFLICT', 'Someone else changed this recommendation; reload and retry');
    }
    const targetDate = input.targetDate === undefined ? recommendation.targetDate : input.targetDate;
    if (targetDate && targetDate < recommendation.issuedOn) {
      return fail('targetDate', 'INVALID', 'The target date cannot be before the issue date');
    }
    if (input.repeatsId && input.repeatsId === recommendation.id) {
      return fail('repeatsId', 'INVALID', 'A recommendation cannot repeat itself');
    }
    const { links, userErrors } = await resolveLinks(ctx, tx, {
      findingIds: input.findingIds,
      placeIds: input.placeIds,
      // GraphQL null clears the link; a missing key leaves it as it is.
      ...('repeatsId' in raw ? { repeatsId: input.repeatsId ?? null } : {}),
    });
    if (userErrors.length) return { recommendation: null, userErrors };

    if (input.title != null) recommendation.title = input.title;
    if (input.text != null) recommendation.text = input.text;
    if (input.theme != null) recommendation.theme = input.theme;
    if (input.level != null) recommendation.level = input.level;
    if (input.priority != null) recommendation.priority = input.priority;
    recommendation.targetDate = targetDate;
    if (links.repeats !== undefined) recommendation.repeats = links.repeats;
    if (links.findings) {
      await recommendation.findings.init();
      const hidden = await keepUnreadable(ctx, tx, Finding, recommendation.findings.getItems());
      recommendation.findings.set([...links.findings, ...hidden]);
    }
    if (links.places) {
      await recommendation.places.init();
      const hidden = await keepUnreadable(ctx, tx, Place, recommendation.places.getItems());
      recommendation.places.set([...links.places, ...hidden]);
    }
    // Link-only edits change no column; touching updatedAt still bumps the version for others.
    recommendation.updatedAt = new Date();
    await tx.flush();
    return { recommendation, userErrors: [] };
  });
}
