import { can, NOTIFICATION_EVENTS } from '@opcat/domain';
import type { Actor, NotificationEvent } from '@opcat/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadActors } from '../../auth/load-actor.ts';
import { NOTIFICATION_SUBJECT_TYPES } from '../../db/entities/notification.ts';
import type { NotificationSubjectType } from '../../db/entities/notification.ts';
import type { BusEvents, EventBus } from '../../realtime/bus.ts';
import type { Services } from '../../services.ts';
import { ACTOR_REFRESH_MS } from '../workplan/workplan-fanout.ts';
import { resolveNotificationFacts } from './deliver.ts';
import { groupBy } from '../../collections.ts';

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
    // The facts the delivery read a moment ago travel with the event; an older publisher's event
    // without them has them read here (once per event, whatever the number of subscribers).
    let facts = event.facts ?? null;
    if (!facts) {
      const resolved = await resolveNotificationFacts(this.services.orm.em.fork() as EntityManager, {
        event: event.event as NotificationEvent,
        subjectType: event.subjectType as NotificationSubjectType,
        subjectId: event.subjectId,
        audienceOrganisationId: event.audienceOrganisationId,
        audienceUserIds: event.audienceUserIds,
      });
      if (!resolved) return;
      facts = resolved.facts;
    }
    // Sessions not re-read for a while are re-read first, together (one statement per session); then
    // every subscriber is checked in memory and served in one synchronous pass.
    const now = Date.now();
    const stale: NotificationSubscriber[] = [];
    for (const { userId } of here)
      for (const s of this.users.get(userId) ?? [])
        if (now - (this.checkedAt.get(s) ?? 0) >= this.actorRefreshMs) stale.push(s);
    if (stale.length) await this.refresh(stale);
    for (const { userId, notificationId } of here) {
      for (const subscriber of this.users.get(userId) ?? []) {
        if (can(subscriber.actor, 'notification:receive', facts)) {
          subscriber.deliver({ notificationId, event: event.event as NotificationEvent });
        }
      }
    }
  }

  /** Re-reads these subscribers' sessions (once per session); those gone end. */
  private async refresh(stale: NotificationSubscriber[]): Promise<void> {
    const em = this.services.orm.em.fork() as EntityManager;
    const byToken = groupBy(stale, (s) => s.sessionToken);
    const actors = await loadActors(em, byToken.keys(), this.services.env.SESSION_SECRET);
    for (const [token, subscribers] of byToken) {
      const actor = actors.get(token) ?? null;
      for (const subscriber of subscribers) {
        if (!actor || actor.userId !== subscriber.actor.userId) {
          this.users.get(subscriber.actor.userId)?.delete(subscriber);
          subscriber.end();
          continue;
        }
        subscriber.actor = actor;
        this.checkedAt.set(subscriber, Date.now());
      }
    }
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
