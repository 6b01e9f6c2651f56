import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import type { Finding } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { UpdateFindingInput, UserError } from '../../__generated__/resolvers-types.ts';
import { recordFacts } from '../records/facts.ts';
import { loadForChange } from '../records/load-for-change.ts';
import { fromZod, userError } from '../user-errors.ts';
import { updateFindingInput } from './finding-input.ts';
import { mayWriteInterviewees, replaceInterviewees } from './personal-data.ts';
import { scheduleWelfareCheckJobs } from '../notification/welfare.ts';

type Result = { finding: Finding | null; userErrors: UserError[] };

/** Edits a finding (owner EDITOR/ADMIN); `interviewees` replaces them all and is for the visit team only. */
export async function updateFinding(
  ctx: OperationContext & { actor: Actor },
  raw: UpdateFindingInput,
): Promise<Result> {
  const parsed = updateFindingInput.safeParse(raw);
  if (!parsed.success) return { finding: null, userErrors: fromZod(parsed.error) };
  const input = parsed.data;
  return ctx.em.transactional(async (tx): Promise<Result> => {
    const finding = (await loadForChange(ctx, tx, 'FINDING', input.id)) as Finding;
    const facts = recordFacts(finding);
    authorize(ctx.actor, 'record:update', facts);
    if (input.expectedVersion != null && input.expectedVersion !== finding.version) {
      return {
        finding: null,
        userErrors: [userError(['input', 'expectedVersion'], 'CONFLICT', 'The finding was changed meanwhile')],
      };
    }
    if (input.interviewees) {
      if (!(await mayWriteInterviewees(tx, ctx.actor, facts, finding.visit.id))) {
        return {
          finding: null,
          userErrors: [
            userError(['input', 'interviewees'], 'FORBIDDEN_CHANGE', 'Only the visit team records interviewees'),
          ],
        };
      }
      const welfareDates = await replaceInterviewees(tx, ctx.services.keyRing, finding, input.interviewees);
      await scheduleWelfareCheckJobs(ctx, tx, finding.id, welfareDates);
    }
    if (input.title) finding.title = input.title;
    if (input.monitoringArea) finding.monitoringArea = input.monitoringArea;
    if (input.riskFactors) finding.riskFactors = input.riskFactors;
    if (input.vulnerabilities) finding.vulnerabilities = input.vulnerabilities;
    if (input.description != null) finding.description = input.description;
    if (input.sources) finding.sources = input.sources;
    if (input.severity) finding.severity = input.severity;
    if (input.goodPractice != null) finding.goodPractice = input.goodPractice;
    // Replacing only the interviewees must still move the version on.
    finding.updatedAt = new Date();
    return { finding, userErrors: [] };
  });
}
