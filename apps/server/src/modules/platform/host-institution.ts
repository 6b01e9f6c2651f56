import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Organisation } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { SetHostInstitutionInput, UserError } from '../../__generated__/resolvers-types.ts';
import { loadReference } from '../load-reference.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { isId } from '../ids.ts';
import { notFound } from '../../errors.ts';
import { checkHost } from './found-organisation.ts';

/**
 * A platform administrator links an NPM to the NHRI / Ombuds it sits in, or removes the link. The
 * link is shown on the NPM's page and nothing else: no policy rule reads it, so the host's members
 * read none of the NPM's records for it (the NPM's operational autonomy; the oracle and canary
 * worlds carry such a link to prove it).
 */
export async function setHostInstitution(
  ctx: OperationContext & { actor: Actor },
  input: SetHostInstitutionInput,
): Promise<{ organisation: Organisation | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'platform:administer', {});
  if (!isId(input.organisationId)) throw notFound();
  return ctx.em.transactional(async (tx) => {
    const organisation = await tx.findOne(Organisation, input.organisationId);
    if (!organisation) throw notFound();
    const before = organisation.hostOrganisation?.id ?? null;
    let host: Organisation | null = null;
    if (input.hostOrganisationId) {
      const checked = await checkHost(tx, organisation, input.hostOrganisationId, ['input', 'hostOrganisationId']);
      if (!(checked instanceof Organisation)) return { organisation: null, userErrors: [checked] };
      host = checked;
    }
    if ((host?.id ?? null) === before) return { organisation, userErrors: [] };
    organisation.hostOrganisation = host;
    await tx.flush();
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'organisation.hostInstitutionChanged',
      actor: ctx.actor,
      subjectType: 'organisation',
      subjectId: organisation.id,
      subjectOrganisationId: organisation.id,
      details: { before, after: host?.id ?? null },
    });
    return { organisation, userErrors: [] };
  });
}

/** The host's public profile (the shared directory), for anyone who reads the organisation. */
export function hostInstitution(ctx: OperationContext, organisation: Organisation): Promise<Organisation | null> {
  const host = organisation.hostOrganisation;
  return host ? loadReference(ctx, Organisation, host) : Promise.resolve(null);
}
