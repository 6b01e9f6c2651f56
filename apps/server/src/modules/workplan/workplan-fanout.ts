import { can } from '@opcat/domain';
import type { Actor, RecordFacts } from '@opcat/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Workplan } from '../../db/entities/workplan.ts';
import { loadActors } from '../../auth/load-actor.ts';
import type { BusEvents, EventBus } from '../../realtime/bus.ts';
import type { Services } from '../../services.ts';
import { isId } from '../ids.ts';
import { recordFacts } from '../records/facts.ts';
import { narrativeDocumentName } from './narrative.ts';

type WorkplanEvent = BusEvents['workplan'];

/**
 * How long a subscriber's actor facts are trusted without reading its session again. Bus events
 * refresh them at once; this bound covers what publishes none: a session expiring while its socket
 * stays open, or a membership changed outside the app. At most one session read per session per
 * interval, only for sessions that receive events.
 */
export const ACTOR_REFRESH_MS = 60_000;

/** One live `workplanChanged` stream: its actor's facts, kept for the connection's life. */
export interface FanoutSubscriber {
  actor: Actor;
  sessionToken: string | null;
  deliver(event: WorkplanEvent): void;
  /** Access lost (or the plan gone): the stream ends. */
  end(): void;
}

/** When the fan-out last loaded each subscriber's actor facts (set when it joins). */
const checkedAt = new WeakMap<FanoutSubscriber, number>();

interface PlanChannel {
  subscribers: Set<FanoutSubscriber>;
  /** Work on this plan runs in order, so that each subscriber sees events in publication order. */
  chain: Promise<void>;
}

/**
 * Fan-out of `workplanChanged` on this instance. Per event, the plan's record facts are loaded
 * once (one query, whatever the number of subscribers) and every subscriber is re-authorized in
 * memory through the policy (`can(actor, 'record:read', facts)`) against the actor facts loaded
 * when it subscribed. Those actor facts are refreshed (through `loadActor`) only for the
 * subscribers a membership event concerns; access changes of the plan re-check everyone against
 * freshly loaded record facts; revocations close the socket (ConnectionRegistry).
 */
export class WorkplanFanout {
  private readonly plans = new Map<string, PlanChannel>();
  private readonly offs: (() => void)[];
  /** ACTOR_REFRESH_MS; a test shortens it instead of waiting a minute. */
  actorRefreshMs = ACTOR_REFRESH_MS;

  constructor(private readonly services: Services) {
    const bus = services.bus;
    this.offs = [
      bus.subscribe('workplan', (event) => {
        const plan = this.plans.get(event.workplanId);
        if (plan) this.enqueue(event.workplanId, plan, () => this.onEvent(event.workplanId, plan, event));
      }),
      bus.subscribe('recordAccessChanged', ({ documentNames }) => {
        for (const [workplanId, plan] of this.plans) {
          if (documentNames.includes(narrativeDocumentName({ id: workplanId })))
            this.enqueue(workplanId, plan, () => this.onEvent(workplanId, plan, null));
        }
      }),
      bus.subscribe('membership', (event) => this.onMembership(event)),
    ];
  }

  /** Starts delivering the plan's events to `subscriber`; returns the function that stops it. */
  add(workplanId: string, subscriber: FanoutSubscriber): () => void {
    let plan = this.plans.get(workplanId);
    if (!plan) {
      plan = { subscribers: new Set(), chain: Promise.resolve() };
      this.plans.set(workplanId, plan);
    }
    plan.subscribers.add(subscriber);
    checkedAt.set(subscriber, Date.now());
    const channel = plan;
    return () => {
      channel.subscribers.delete(subscriber);
      if (channel.subscribers.size === 0 && this.plans.get(workplanId) === channel) this.plans.delete(workplanId);
    };
  }

  /** Subscribers on this instance (all plans). */
  get size(): number {
    let n = 0;
    for (const plan of this.plans.values()) n += plan.subscribers.size;
    return n;
  }

  close(): void {
    for (const off of this.offs) off();
    this.plans.clear();
  }

  private enqueue(workplanId: string, plan: PlanChannel, task: () => Promise<void>): void {
    plan.chain = plan.chain.then(task).catch(() => {
      // Could not load the plan's facts: fail closed, every stream on it ends.
      for (const subscriber of [...plan.subscribers]) subscriber.end();
      plan.subscribers.clear();
      if (this.plans.get(workplanId) === plan) this.plans.delete(workplanId);
    });
  }

  /** The policy's facts about the plan, or null when it no longer exists. One query. */
  private async facts(workplanId: string): Promise<RecordFacts | null> {
    if (!isId(workplanId)) return null;
    const em = this.services.orm.em.fork() as EntityManager;
    const plan = await em.findOne(
      Workplan,
      { id: workplanId },
      { fields: ['id', 'ownerOrganisation', 'countryCode', 'workingGroup', 'classification', 'sharedWith'] as never },
    );
    return plan ? recordFacts(plan) : null;
  }

  /** Re-authorizes every subscriber of the plan in memory; delivers `event` to those who still read it. */
  private async onEvent(workplanId: string, plan: PlanChannel, event: WorkplanEvent | null): Promise<void> {
    if (plan.subscribers.size === 0) return;
    await this.refreshStaleActors(plan);
    const facts = event?.facts ?? (await this.facts(workplanId));
    // What subscribers receive: the ids and kind, one object for all of them (shared execution).
    const delivered = event && { workplanId: event.workplanId, kind: event.kind, subjectId: event.subjectId };
    for (const subscriber of [...plan.subscribers]) {
      if (facts && can(subscriber.actor, 'record:read', facts)) {
        // A comment is news only to those who read the plan's discussion.
        const told = delivered?.kind !== 'COMMENT_ADDED' || can(subscriber.actor, 'record:readComments', facts);
        if (delivered && told) subscriber.deliver(delivered);
      } else {
        plan.subscribers.delete(subscriber);
        subscriber.end();
      }
    }
    if (plan.subscribers.size === 0 && this.plans.get(workplanId) === plan) this.plans.delete(workplanId);
  }

  /**
   * A membership of an organisation was added, changed or removed: the actor facts of the
   * subscribers belonging to it (and, for an addition, whose actor might now include it: all of
   * them are reloaded only once per session) are reloaded, then their plans re-checked.
   */
  private onMembership(event: BusEvents['membership']): void {
    const concerned = (actor: Actor) =>
      event.kind === 'ADDED' ? false : actor.memberships.some((m) => m.organisationId === event.organisationId);
    const tokens = new Set<string | null>();
    for (const plan of this.plans.values())
      for (const subscriber of plan.subscribers) if (concerned(subscriber.actor)) tokens.add(subscriber.sessionToken);
    if (tokens.size === 0) return;
    const reloaded = this.reloadActors(tokens);
    for (const [workplanId, plan] of this.plans) {
      if (![...plan.subscribers].some((s) => tokens.has(s.sessionToken))) continue;
      this.enqueue(workplanId, plan, async () => {
        const actors = await reloaded;
        for (const subscriber of plan.subscribers) {
          if (!tokens.has(subscriber.sessionToken)) continue;
          const actor = actors.get(subscriber.sessionToken);
          if (actor) {
            subscriber.actor = actor;
            checkedAt.set(subscriber, Date.now());
          } else {
            plan.subscribers.delete(subscriber);
            subscriber.end();
          }
        }
        await this.onEvent(workplanId, plan, null);
      });
    }
  }

  /** Re-reads the sessions whose facts are older than `actorRefreshMs`; ends the streams of those gone. */
  private async refreshStaleActors(plan: PlanChannel): Promise<void> {
    const now = Date.now();
    const stale = [...plan.subscribers].filter((s) => now - (checkedAt.get(s) ?? 0) >= this.actorRefreshMs);
    if (stale.length === 0) return;
    // Through the actor cache (decision 0038), once it has heard every change committed until now: no
    // statement per session on the event's path, where this refresh used to cost one per session.
    const actors = await this.reloadActors(new Set(stale.map((s) => s.sessionToken)), { cached: true });
    for (const subscriber of stale) {
      const actor = actors.get(subscriber.sessionToken);
      if (actor) {
        subscriber.actor = actor;
        checkedAt.set(subscriber, now);
      } else {
        plan.subscribers.delete(subscriber);
        subscriber.end();
      }
    }
  }

  /**
   * The sessions' actors, read fresh — after a membership event, which may arrive (over Redis) before
   * the database's own notification reaches the actor cache — or, `cached`, from the cache once it has
   * heard everything committed until now.
   */
  private async reloadActors(
    tokens: Set<string | null>,
    { cached = false } = {},
  ): Promise<Map<string | null, Actor | null>> {
    const em = this.services.orm.em.fork() as EntityManager;
    const actors = new Map<string | null, Actor | null>();
    if (cached) {
      await this.services.actors.barrier();
      for (const token of tokens) actors.set(token, await this.services.actors.load(em, token));
      return actors;
    }
    const fresh = await loadActors(em, tokens, this.services.env.SESSION_SECRET);
    for (const token of tokens) actors.set(token, fresh.get(token) ?? null);
    return actors;
  }
}

const hubs = new WeakMap<EventBus, WorkplanFanout>();

/** The instance's fan-out (one per event bus, made on first use). */
export function workplanFanout(services: Services): WorkplanFanout {
  let hub = hubs.get(services.bus);
  if (!hub) {
    hub = new WorkplanFanout(services);
    hubs.set(services.bus, hub);
  }
  return hub;
}
