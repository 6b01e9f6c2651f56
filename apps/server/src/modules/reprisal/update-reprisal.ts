import { LockMode } from '@mikro-orm/core';
import { authorize, can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { ReprisalIncident } from '../../db/entities/reprisal.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import type { UpdateReprisalInput, UserError } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import { fromZod, userError } from '../user-errors.ts';
import { auditReprisalAccess } from './audit-access.ts';
import { reprisalFacts } from './facts.ts';
import { namedMembers, updateReprisalInput } from './reprisal-input.ts';
import { notifyNamed } from '../notification/deliver.ts';

type Result = { incident: ReprisalIncident | null; userErrors: UserError[] };

/** A named EDITOR or ADMIN of the owner organisation updates the status, notes or who is named. */
export async function updateReprisal(
  ctx: OperationContext & { actor: Actor },
  raw: UpdateReprisalInput,
): Promise<Result> {
  const parsed = updateReprisalInput.safeParse(raw);
  if (!parsed.success) return { incident: null, userErrors: fromZod(parsed.error) };
  const data = parsed.data;
  if (!isId(data.id)) throw notFound();

  return ctx.em.transactional(async (tx): Promise<Result> => {
    // Locked on its own row (no join), then its named users: FOR UPDATE cannot cross an outer join.
    const incident = await tx.findOne(ReprisalIncident, data.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!incident) throw notFound();
    await tx.populate(incident, ['namedUsers']);
    const facts = reprisalFacts(incident);
    if (!can(ctx.actor, 'reprisal:read', facts)) throw notFound();
    authorize(ctx.actor, 'reprisal:update', facts);

    const changed: string[] = [];
    const namedBefore = new Set(incident.namedUsers.getItems().map((u) => u.id));
    if (data.namedUserIds) {
      const namedUsers = await namedMembers(tx, facts.ownerOrganisationId, data.namedUserIds, ctx.actor.userId);
      if (!namedUsers) {
        return {
          incident: null,
          userErrors: [
            userError(['input', 'namedUserIds'], 'NOT_FOUND', 'Only members of the owner organisation can be named'),
          ],
        };
      }
      incident.namedUsers.set(namedUsers);
      changed.push('namedUsers');
    }
    if (data.status != null) {
      incident.status = data.status;
      changed.push('status');
    }
    if (data.description != null) {
      incident.description = data.description;
      changed.push('description');
    }
    if (data.actionTaken != null) {
      incident.actionTaken = data.actionTaken;
      changed.push('actionTaken');
    }
    await tx.flush();
    const newlyNamed = incident.namedUsers.getItems().filter((u) => !namedBefore.has(u.id));
    await notifyNamed(
      ctx,
      tx,
      'REPRISAL_NAMED',
      'REPRISAL',
      incident.id,
      newlyNamed.map((u) => u.id),
    );
    await auditReprisalAccess(tx, ctx.services.env.AUDIT_KEY, ctx.actor, 'update', [incident.id], {
      changed,
      namedUserIds: incident.namedUsers.getItems().map((u) => u.id),
    });
    return { incident, userErrors: [] };
  });
}
