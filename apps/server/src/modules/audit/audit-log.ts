import { z } from 'zod';
import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { AuditEvent } from '../../db/entities/audit.ts';
import { User } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import type { QueryAuditLogArgs } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import { page } from '../records/load-readable.ts';

const args = z.object({
  organisationId: z.string().refine(isId),
  action: z.string().trim().min(1).max(100).nullish(),
});

/**
 * An ADMIN reads their organisation's log: actions by its members (the organisation each acted
 * for) and actions by anyone on its records (a download of its evidence by a ministry), newest
 * first, filtered and counted in SQL.
 */
export async function auditLog(
  ctx: OperationContext & { actor: Actor },
  raw: QueryAuditLogArgs,
): Promise<{ nodes: AuditEvent[]; totalCount: number }> {
  const parsed = args.safeParse(raw);
  if (!parsed.success) throw notFound();
  const { organisationId, action } = parsed.data;
  authorize(ctx.actor, 'audit:read', { organisationId });
  const [nodes, totalCount] = await ctx.em.findAndCount(
    AuditEvent,
    {
      $or: [{ actorOrganisationId: organisationId }, { subjectOrganisationId: organisationId }],
      ...(action ? { action } : {}),
    },
    { orderBy: { seq: 'desc' }, ...page(raw.limit, raw.offset) },
  );
  // One query for the page's actors; AuditEntry.actor then reads them from the identity map.
  const userIds = [...new Set(nodes.map((n) => n.actorUserId).filter((id): id is string => id !== null))];
  if (userIds.length) await ctx.em.find(User, { id: { $in: userIds } });
  return { nodes, totalCount };
}

/** The user behind an entry, or null (system entries, failed sign-ins of unknown e-mails). */
export async function auditEntryActor(ctx: OperationContext, entry: AuditEvent): Promise<User | null> {
  return entry.actorUserId ? ctx.em.findOne(User, entry.actorUserId) : null;
}
