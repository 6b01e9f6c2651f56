import { z } from 'zod';
import type { Actor } from '@opcat/domain';
import { Organisation, Session } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import { actingMembership } from '../../operation/build.ts';
import type { SetActingOrganisationInput, UserError } from '../../__generated__/resolvers-types.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { isId } from '../ids.ts';
import { fromZod, userError } from '../user-errors.ts';
import type { MeModel } from './models.ts';
import { meFor } from './me.ts';

const input = z.object({ organisationId: z.string().refine(isId, 'Not one of your organisations') });

/**
 * A person who belongs to several organisations chooses which one they act for in this session:
 * new records are owned by it and audit entries name it. Recorded on the session and in the log.
 */
export async function setActingOrganisation(
  ctx: OperationContext & { actor: Actor },
  raw: SetActingOrganisationInput,
): Promise<{ me: MeModel | null; userErrors: UserError[] }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { me: null, userErrors: fromZod(parsed.error) };
  const { organisationId } = parsed.data;
  const membership = ctx.actor.memberships.find((m) => m.organisationId === organisationId);
  if (!membership) {
    return {
      me: null,
      userErrors: [userError(['input', 'organisationId'], 'NOT_FOUND', 'Not one of your organisations')],
    };
  }
  const actor = { ...ctx.actor, actingOrganisationId: organisationId };
  await ctx.em.transactional(async (tx) => {
    await tx.nativeUpdate(
      Session,
      { id: ctx.actor.sessionId },
      { actingOrganisation: tx.getReference(Organisation, organisationId) },
    );
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'auth.actingOrganisationChanged',
      actor,
      subjectType: 'session',
      subjectId: ctx.actor.sessionId,
      details: { from: ctx.actingOrganisation?.organisationId ?? null, to: organisationId },
    });
  });
  ctx.actor = actor;
  ctx.actingOrganisation = actingMembership(actor);
  return { me: await meFor(ctx.em, actor), userErrors: [] };
}
