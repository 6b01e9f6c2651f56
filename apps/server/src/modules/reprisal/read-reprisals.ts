import { can, reprisalReadScope } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { ReprisalIncident } from '../../db/entities/reprisal.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import { isId } from '../ids.ts';
import { auditReprisalAccess } from './audit-access.ts';
import { reprisalFacts } from './facts.ts';

type Ctx = OperationContext & { actor: Actor };

/** Incidents naming the viewer, newest first: filtered in SQL, checked again by the policy, audited. */
export async function listReprisalIncidents(ctx: Ctx): Promise<ReprisalIncident[]> {
  const incidents = await ctx.em.find(
    ReprisalIncident,
    { namedUsers: reprisalReadScope(ctx.actor).namedUserId },
    { populate: ['namedUsers'], orderBy: { occurredOn: 'desc', createdAt: 'desc' } },
  );
  const readable = incidents.filter((i) => can(ctx.actor, 'reprisal:read', reprisalFacts(i)));
  if (readable.length > 0)
    await auditReprisalAccess(
      ctx.em,
      ctx.services.env.AUDIT_KEY,
      ctx.actor,
      'list',
      readable.map((i) => i.id),
    );
  return readable;
}

/** One incident, only for the users it names; anyone else gets NOT_FOUND. */
export async function getReprisalIncident(ctx: Ctx, id: string): Promise<ReprisalIncident> {
  if (!isId(id)) throw notFound();
  const incident = await ctx.em.findOne(
    ReprisalIncident,
    { id, namedUsers: ctx.actor.userId },
    { populate: ['namedUsers'] },
  );
  if (!incident || !can(ctx.actor, 'reprisal:read', reprisalFacts(incident))) throw notFound();
  await auditReprisalAccess(ctx.em, ctx.services.env.AUDIT_KEY, ctx.actor, 'detail', [incident.id]);
  return incident;
}
