import type { FilterQuery } from '@mikro-orm/core';
import { authorize } from '@opcat/domain';
import type { Actor, NotificationEvent } from '@opcat/domain';
import { Notification } from '../../db/entities/notification.ts';
import type { OperationContext } from '../../operation/context.ts';
import { afterFilter, decodeCursor, encodeCursor, orderOfKeys, pageLimit } from '../records/keyset-page.ts';
import type { PageInfo, SortKey } from '../records/keyset-page.ts';

type Ctx = OperationContext & { actor: Actor };

const SORT = 'notifications:newest';
const KEYS: SortKey<Notification>[] = [
  { property: 'createdAt', direction: 'desc', kind: 'timestamp', value: (n) => n.createdAt },
  { property: 'id', direction: 'desc', kind: 'uuid', value: (n) => n.id },
];

export interface NotificationFilter {
  read?: boolean | null;
  events?: readonly NotificationEvent[] | null;
}

/** Only the viewer's own in-app notifications: the recipient is the only reader (`notification:open`). */
function mine(ctx: Ctx): FilterQuery<Notification> {
  authorize(ctx.actor, 'notification:open', { recipientUserId: ctx.actor.userId });
  return { user: ctx.actor.userId, inApp: true };
}

/** The viewer's notifications, newest first, by keyset over (user, created_at, id) (index-backed). */
export async function listNotifications(
  ctx: Ctx,
  args: { filter?: NotificationFilter | null; limit?: number | null; after?: string | null },
): Promise<{ nodes: Notification[]; pageInfo: PageInfo }> {
  const limit = pageLimit(args.limit, 30);
  const where: FilterQuery<Notification>[] = [mine(ctx)];
  const filter = args.filter ?? {};
  if (filter.read === true) where.push({ readAt: { $ne: null } });
  if (filter.read === false) where.push({ readAt: null });
  if (filter.events && filter.events.length > 0) where.push({ event: { $in: [...filter.events] } });
  if (args.after) where.push(afterFilter(KEYS, decodeCursor(SORT, KEYS, args.after)));
  const rows = await ctx.em.find(Notification, { $and: where } as FilterQuery<Notification>, {
    orderBy: orderOfKeys(KEYS),
    limit: limit + 1,
  });
  const nodes = rows.slice(0, limit);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: { endCursor: last ? encodeCursor(SORT, KEYS, last) : null, hasNextPage: rows.length > limit },
  };
}

/** How many of the viewer's notifications are unread. */
export function unreadNotificationCount(ctx: Ctx): Promise<number> {
  return ctx.em.count(Notification, { $and: [mine(ctx), { readAt: null }] } as FilterQuery<Notification>);
}

/** Marks the viewer's notifications among `ids` read; anyone else's ids are ignored exactly like missing ones. */
export async function markNotificationsRead(
  ctx: Ctx,
  ids: readonly string[] | null,
): Promise<{ marked: number; unreadCount: number }> {
  const where: FilterQuery<Notification>[] = [mine(ctx), { readAt: null }];
  if (ids !== null) {
    const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id)).slice(0, 500);
    if (valid.length === 0) return { marked: 0, unreadCount: await unreadNotificationCount(ctx) };
    where.push({ id: { $in: valid } });
  }
  const marked = await ctx.em.nativeUpdate(Notification, { $and: where } as FilterQuery<Notification>, {
    readAt: new Date(),
  });
  return { marked, unreadCount: await unreadNotificationCount(ctx) };
}
