import { can, NOTIFICATION_EVENTS } from '@opcat/domain';
import type { Actor, NotificationEvent } from '@opcat/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadActor } from '../../auth/load-actor.ts';
import { NOTIFICATION_SUBJECT_TYPES } from '../../db/entities/notification.ts';
import type { NotificationSubjectType } from '../../db/entities/notification.ts';
import type { BusEvents, EventBus } from '../../realtime/bus.ts';
import type { Services } from '../../services.ts';
import { ACTOR_REFRESH_MS } from '../workplan/workplan-fanout.ts';
import { resolveNotificationFacts } from './deliver.ts';

export interface NotificationDelivery {
  notificationId: string;
  event: NotificationEvent;
}

/** One live `notificationReceived` stream: its actor's facts, kept for the connection's life. */
export interface NotificationSubscriber {
  actor: Actor;
  sessionToken: string | null;
  deliver(event: NotificationDelivery): void;
  /** The session is gone: the stream ends. */
  end(): void;
}

/**
 * Fan-out of `notificationReceived` on this instance. Delivery already checked each recipient; here,
 * per bus event, the subject's facts are loaded once (whatever the number of subscribers) and every
 * subscriber the event names is checked again in memory (`notification:receive`) against the facts of
 * its own session — a recipient who lost access between the delivery and the event gets nothing live.
 * Actor facts are re-read at most once per ACTOR_REFRESH_MS per subscriber, and at once after a
 * membership event.
 */
export class NotificationFanout {
  private readonly users = new Map<string, Set<NotificationSubscriber>>();
  private readonly checkedAt = new WeakMap<NotificationSubscriber, number>();
  private readonly offs: (() => void)[];
  private chain: Promise<void> = Promise.resolve();
  actorRefreshMs = ACTOR_REFRESH_MS;

  constructor(private readonly services: Services) {
    this.offs = [
      services.bus.subscribe('notification', (event) => {
        if (!event.deliveries.some((d) => this.users.has(d.userId))) return;
        this.chain = this.chain.then(() => this.onEvent(event)).catch(() => this.failClosed(event));
      }),
      // Memberships changed somewhere: every stream re-reads its facts before its next event.
      services.bus.subscribe('membership', () => {
        for (const set of this.users.values()) for (const s of set) this.checkedAt.set(s, 0);
      }),
    ];
  }

  add(subscriber: NotificationSubscriber): () => void {
    const userId = subscriber.actor.userId;
    let set = this.users.get(userId);
    if (!set) this.users.set(userId, (set = new Set()));
    set.add(subscriber);
    this.checkedAt.set(subscriber, Date.now());
    const owned = set;
    return () => {
      owned.delete(subscriber);
      if (owned.size === 0 && this.users.get(userId) === owned) this.users.delete(userId);
    };
  }

  get size(): number {
    let n = 0;
    for (const set of this.users.values()) n += set.size;
    return n;
  }

  close(): void {
    for (const off of this.offs) off();
    this.users.clear();
  }

  private failClosed(event: BusEvents['notification']): void {
    for (const { userId } of event.deliveries) {
      for (const subscriber of this.users.get(userId) ?? []) subscriber.end();
      this.users.delete(userId);
    }
  }

  private async onEvent(event: BusEvents['notification']): Promise<void> {
    if (!(NOTIFICATION_EVENTS as readonly string[]).includes(event.event)) return;
    if (!(NOTIFICATION_SUBJECT_TYPES as readonly string[]).includes(event.subjectType)) return;
    const here = event.deliveries.filter((d) => this.users.has(d.userId));
    if (here.length === 0) return;
    const em = this.services.orm.em.fork() as EntityManager;
    const resolved = await resolveNotificationFacts(em, {
      event: event.event as NotificationEvent,
      subjectType: event.subjectType as NotificationSubjectType,
      subjectId: event.subjectId,
      audienceOrganisationId: event.audienceOrganisationId,
      audienceUserIds: event.audienceUserIds,
    });
    if (!resolved) return;
    for (const { userId, notificationId } of here) {
      for (const subscriber of [...(this.users.get(userId) ?? [])]) {
        if (!(await this.fresh(em, subscriber))) continue;
        if (can(subscriber.actor, 'notification:receive', resolved.facts)) {
          subscriber.deliver({ notificationId, event: event.event as NotificationEvent });
        }
      }
    }
  }

  /** Re-reads a subscriber's session when its facts are stale; false (and the stream ends) when it is gone. */
  private async fresh(em: EntityManager, subscriber: NotificationSubscriber): Promise<boolean> {
    if (Date.now() - (this.checkedAt.get(subscriber) ?? 0) < this.actorRefreshMs) return true;
    const actor = await loadActor(em, subscriber.sessionToken, this.services.env.SESSION_SECRET);
    if (!actor || actor.userId !== subscriber.actor.userId) {
      this.users.get(subscriber.actor.userId)?.delete(subscriber);
      subscriber.end();
      return false;
    }
    subscriber.actor = actor;
    this.checkedAt.set(subscriber, Date.now());
    return true;
  }
}

const hubs = new WeakMap<EventBus, NotificationFanout>();

/** The instance's notification fan-out (one per event bus, made on first use). */
export function notificationFanout(services: Services): NotificationFanout {
  let hub = hubs.get(services.bus);
  if (!hub) {
    hub = new NotificationFanout(services);
    hubs.set(services.bus, hub);
  }
  return hub;
}
