import { z } from 'zod';
import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { AuditEvent } from '../../db/entities/audit.ts';
import { User } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import type { QueryAuditLogArgs } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import type { FilterQuery } from '@mikro-orm/core';
import type { KeysetPage, SortKey } from '../records/keyset-page.ts';
import { afterFilter, cappedCount, decodeCursor, encodeCursor, pageLimit } from '../records/keyset-page.ts';

const AUDIT_KEYS: SortKey<AuditEvent>[] = [{ property: 'seq', direction: 'desc', kind: 'bigint', value: (e) => e.seq }];

const args = z.object({
  organisationId: z.string().refine(isId),
  action: z.string().trim().min(1).max(100).nullish(),
});

/**
 * Which entries of a log its reader may have, after the policy said they read that log (an export
 * streams the same conditions); anything else is NOT_FOUND.
 */
export function auditLogWhere(
  ctx: OperationContext & { actor: Actor },
  raw: Pick<QueryAuditLogArgs, 'organisationId' | 'action'>,
): FilterQuery<AuditEvent> {
  const parsed = args.safeParse(raw);
  if (!parsed.success) throw notFound();
  const { organisationId, action } = parsed.data;
  authorize(ctx.actor, 'audit:read', { organisationId });
  return {
    $or: [{ actorOrganisationId: organisationId }, { subjectOrganisationId: organisationId }],
    ...(action ? { action } : {}),
  };
}

/**
 * An ADMIN reads their organisation's log: actions by its members (the organisation each acted
 * for) and actions by anyone on its records (a download of its evidence by a ministry), newest
 * first, filtered and counted in SQL.
 */
export async function auditLog(
  ctx: OperationContext & { actor: Actor },
  raw: QueryAuditLogArgs,
): Promise<KeysetPage<AuditEvent>> {
  const where = auditLogWhere(ctx, raw);
  const size = pageLimit(raw.limit);
  const after = raw.after ? afterFilter(AUDIT_KEYS, decodeCursor('SEQ_DESC', AUDIT_KEYS, raw.after)) : null;
  const rows = await ctx.em.find(AuditEvent, after ? { $and: [where, after] } : where, {
    orderBy: { seq: 'desc' },
    limit: size + 1,
  });
  const nodes = rows.slice(0, size);
  const count = await cappedCount(ctx.em, AuditEvent, where);
  const last = nodes[nodes.length - 1];
  // One query for the page's actors; AuditEntry.actor then reads them from the identity map.
  const userIds = [...new Set(nodes.map((n) => n.actorUserId).filter((id): id is string => id !== null))];
  if (userIds.length) await ctx.em.find(User, { id: { $in: userIds } });
  return {
    nodes,
    ...count,
    pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor('SEQ_DESC', AUDIT_KEYS, last) : null },
  };
}

/** The user behind an entry, or null (system entries, failed sign-ins of unknown e-mails). */
export async function auditEntryActor(ctx: OperationContext, entry: AuditEvent): Promise<User | null> {
  return entry.actorUserId ? ctx.em.findOne(User, entry.actorUserId) : null;
}
