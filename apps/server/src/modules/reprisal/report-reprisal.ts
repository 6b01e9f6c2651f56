import { authorize, can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Organisation, User } from '../../db/entities/identity.ts';
import { Visit } from '../../db/entities/monitoring.ts';
import { ReprisalIncident } from '../../db/entities/reprisal.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { ReportReprisalInput, UserError } from '../../__generated__/resolvers-types.ts';
import { findReadable } from '../records/load-readable.ts';
import { fromZod, userError } from '../user-errors.ts';
import { auditReprisalAccess } from './audit-access.ts';
import { namedMembers, reportReprisalInput } from './reprisal-input.ts';
import { notifyNamed } from '../notification/deliver.ts';

type Result = { incident: ReprisalIncident | null; userErrors: UserError[] };

/**
 * An EDITOR or ADMIN of a monitoring body records a reprisal, on behalf of the first of their
 * organisations allowed to. Only the users it names (always including the reporter) can read it.
 */
export async function reportReprisal(
  ctx: OperationContext & { actor: Actor },
  raw: ReportReprisalInput,
): Promise<Result> {
  const parsed = reportReprisalInput.safeParse(raw);
  if (!parsed.success) return { incident: null, userErrors: fromZod(parsed.error) };
  const data = parsed.data;
  const organisationId =
    ctx.actor.memberships.find((m) => can(ctx.actor, 'reprisal:report', { organisationId: m.organisationId }))
      ?.organisationId ?? '';
  authorize(ctx.actor, 'reprisal:report', { organisationId });

  return ctx.em.transactional(async (tx): Promise<Result> => {
    const namedUsers = await namedMembers(tx, organisationId, data.namedUserIds ?? [], ctx.actor.userId);
    if (!namedUsers) {
      return {
        incident: null,
        userErrors: [
          userError(['input', 'namedUserIds'], 'NOT_FOUND', 'Only members of your organisation can be named'),
        ],
      };
    }
    let relatedVisit: Visit | null = null;
    if (data.relatedVisitId) {
      relatedVisit = await findReadable({ ...ctx, em: tx }, Visit, data.relatedVisitId);
      if (!relatedVisit)
        return { incident: null, userErrors: [userError(['input', 'relatedVisitId'], 'NOT_FOUND', 'Unknown visit')] };
    }
    const incident = tx.create(ReprisalIncident, {
      ownerOrganisation: tx.getReference(Organisation, organisationId),
      personPseudonym: data.personPseudonym,
      relatedVisit,
      occurredOn: data.occurredOn,
      form: data.form,
      description: data.description ?? '',
      actionTaken: data.actionTaken ?? '',
      namedUsers,
      createdBy: tx.getReference(User, ctx.actor.userId),
    });
    await tx.flush();
    await notifyNamed(
      ctx,
      tx,
      'REPRISAL_NAMED',
      'REPRISAL',
      incident.id,
      namedUsers.map((u) => u.id),
    );
    await auditReprisalAccess(tx, ctx.services.env.AUDIT_KEY, ctx.actor, 'report', [incident.id], {
      namedUserIds: namedUsers.map((u) => u.id),
    });
    return { incident, userErrors: [] };
  });
}
