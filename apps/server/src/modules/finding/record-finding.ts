import { can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { User } from '../../db/entities/identity.ts';
import { Finding, Place, Visit } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { RecordFindingInput, UserError } from '../../__generated__/resolvers-types.ts';
import { recordFacts } from '../records/facts.ts';
import { findReadable } from '../records/load-readable.ts';
import { newRecordOwnership } from '../records/new-record.ts';
import { fromZod, userError } from '../user-errors.ts';
import { visitPlaceIds } from '../visit/visit-team.ts';
import { recordFindingInput } from './finding-input.ts';
import { mayWriteInterviewees, replaceInterviewees } from './personal-data.ts';
import { scheduleWelfareCheckJobs } from '../notification/welfare.ts';

type Result = { finding: Finding | null; userErrors: UserError[] };

/**
 * Records what monitors found at one of a visit's places. The finding belongs to the visit's owner
 * and concerns the visit's State; only the visit team may name interviewees.
 */
export async function recordFinding(
  ctx: OperationContext & { actor: Actor },
  raw: RecordFindingInput,
): Promise<Result> {
  const parsed = recordFindingInput.safeParse(raw);
  if (!parsed.success) return { finding: null, userErrors: fromZod(parsed.error) };
  const input = parsed.data;
  return ctx.em.transactional(async (tx): Promise<Result> => {
    const scoped = { ...ctx, em: tx };
    const visit = await findReadable(scoped, Visit, input.visitId);
    if (!visit) return { finding: null, userErrors: [userError(['input', 'visitId'], 'NOT_FOUND', 'Unknown visit')] };
    if (!can(ctx.actor, 'record:update', recordFacts(visit))) {
      return {
        finding: null,
        userErrors: [userError(['input', 'visitId'], 'FORBIDDEN_CHANGE', 'Only the visit’s editors record findings')],
      };
    }
    if (!(await visitPlaceIds(tx, visit.id)).includes(input.placeId)) {
      return {
        finding: null,
        userErrors: [userError(['input', 'placeId'], 'INVALID', 'Choose one of the visit’s places')],
      };
    }
    const place = await findReadable(scoped, Place, input.placeId);
    if (!place) return { finding: null, userErrors: [userError(['input', 'placeId'], 'NOT_FOUND', 'Unknown place')] };

    const ownership = await newRecordOwnership(tx, ctx, {
      recordType: 'FINDING',
      ownerOrganisationId: visit.ownerOrganisation.id,
      classification: input.classification ?? 'ORGANISATION',
      workingGroupId: input.workingGroupId,
      countryCode: visit.countryCode,
    });
    if (Array.isArray(ownership)) return { finding: null, userErrors: ownership };
    const facts = {
      ownerOrganisationId: ownership.ownerOrganisation.id,
      countryCode: visit.countryCode,
      workingGroupId: ownership.workingGroup?.id ?? null,
      classification: ownership.classification,
      sharedWithOrganisationIds: [],
    };
    const interviewees = input.interviewees ?? [];
    if (interviewees.length && !(await mayWriteInterviewees(tx, ctx.actor, facts, visit.id))) {
      return {
        finding: null,
        userErrors: [
          userError(['input', 'interviewees'], 'FORBIDDEN_CHANGE', 'Only the visit team records interviewees'),
        ],
      };
    }
    const finding = tx.create(Finding, {
      ...ownership,
      countryCode: visit.countryCode,
      visit,
      place,
      title: input.title,
      monitoringArea: input.monitoringArea,
      riskFactors: input.riskFactors ?? [],
      vulnerabilities: input.vulnerabilities ?? [],
      description: input.description ?? '',
      sources: input.sources ?? [],
      severity: input.severity,
      goodPractice: input.goodPractice ?? false,
      createdBy: tx.getReference(User, ctx.actor.userId),
    });
    await scheduleWelfareCheckJobs(
      ctx,
      tx,
      finding.id,
      await replaceInterviewees(tx, ctx.services.keyRing, finding, interviewees),
    );
    return { finding, userErrors: [] };
  });
}
