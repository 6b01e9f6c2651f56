import { can } from '@opcat/domain';
import type { Actor, RecordFacts } from '@opcat/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadActors } from '../../auth/load-actor.ts';
import type { BusEvents, EventBus } from '../../realtime/bus.ts';
import type { Services } from '../../services.ts';
import type { RecordType } from '../../__generated__/resolvers-types.ts';
import { ACTOR_REFRESH_MS } from '../workplan/workplan-fanout.ts';
import { groupBy } from '../../collections.ts';

type Change = BusEvents['recordReaders'];

export interface ReadableRecordEvent {
  recordType: RecordType;
  recordId: string;
  readable: boolean;
}

const reads = (actor: Actor, facts: RecordFacts | null): boolean => facts !== null && can(actor, 'record:read', facts);

/**
 * What one viewer is told of a change of a record (its readers, its contents, its creation or
 * deletion): nothing unless they read the record before or read it now (so no id they never saw is
 * named), and whether they read it now.
 */
export function eventFor(actor: Actor, change: Change): ReadableRecordEvent | null {
  const before = reads(actor, change.before);
  const now = reads(actor, change.after);
  if (!before && !now) return null;
  return { recordType: change.recordType, recordId: change.recordId, readable: now };
}

/** One live `readableRecordsChanged` stream: its actor's facts, kept for the connection's life. */
export interface LiveListSubscriber {
  actor: Actor;
  sessionToken: string | null;
  /** The record types it listens to (null: all). */
  recordTypes: ReadonlySet<RecordType> | null;
  deliver(event: ReadableRecordEvent): void;
  /** The session is gone: the stream ends. */
  end(): void;
}

/**
 * Fan-out of `readableRecordsChanged` on this instance (decision 0013's pattern). Bus events carry each
 * record's policy facts before and after the change, so no statement runs per event: every subscriber is
 * re-authorized in memory (`eventFor`: told only of a record it read before or reads now) against the
 * actor facts kept for its connection. Those are re-read (one statement per session) at most once per
 * ACTOR_REFRESH_MS, and before the next event after a membership change of one of its organisations; a
 * session that no longer loads ends its stream. Revocations close the sockets (ConnectionRegistry).
 */
export class LiveListFanout {
  private readonly subscribers = new Set<LiveListSubscriber>();
  private readonly checkedAt = new WeakMap<LiveListSubscriber, number>();
  private readonly offs: (() => void)[];
  private chain: Promise<void> = Promise.resolve();
  actorRefreshMs = ACTOR_REFRESH_MS;

  constructor(private readonly services: Services) {
    const { bus } = services;
    this.offs = [
      bus.subscribe('recordReaders', (change) => this.enqueue([change])),
      bus.subscribe('recordsChanged', ({ changes }) => this.enqueue(changes)),
      // A role changed or a member removed in one of a subscriber's organisations: its facts are re-read
      // before its next event. An addition only widens access: picked up within ACTOR_REFRESH_MS (0013).
      bus.subscribe('membership', (event) => {
        if (event.kind === 'ADDED') return;
        for (const s of this.subscribers)
          if (s.actor.memberships.some((m) => m.organisationId === event.organisationId)) this.checkedAt.set(s, 0);
      }),
    ];
  }

  add(subscriber: LiveListSubscriber): () => void {
    this.subscribers.add(subscriber);
    this.checkedAt.set(subscriber, Date.now());
    return () => this.subscribers.delete(subscriber);
  }

  get size(): number {
    return this.subscribers.size;
  }

  close(): void {
    for (const off of this.offs) off();
    this.subscribers.clear();
  }

  private enqueue(changes: Change[]): void {
    if (this.subscribers.size === 0 || changes.length === 0) return;
    this.chain = this.chain
      .then(() => this.onChanges(changes))
      .catch(() => {
        // Could not re-read sessions: fail closed, every stream ends (clients reconnect and refetch).
        for (const s of [...this.subscribers]) s.end();
        this.subscribers.clear();
      });
  }

  private async onChanges(changes: Change[]): Promise<void> {
    const now = Date.now();
    const stale = [...this.subscribers].filter((s) => now - (this.checkedAt.get(s) ?? 0) >= this.actorRefreshMs);
    if (stale.length) await this.refresh(stale);
    // One event object per change and answer, shared by every subscriber told the same thing (so that
    // graphql-ws executes it once per document: graphql/shared-subscription-execution.ts).
    const shared = changes.map(() => new Map<boolean, ReadableRecordEvent>());
    for (const subscriber of this.subscribers) {
      changes.forEach((change, i) => {
        if (subscriber.recordTypes && !subscriber.recordTypes.has(change.recordType)) return;
        const event = eventFor(subscriber.actor, change);
        if (!event) return;
        const memo = shared[i] as Map<boolean, ReadableRecordEvent>;
        let same = memo.get(event.readable);
        if (!same) memo.set(event.readable, (same = event));
        subscriber.deliver(same);
      });
    }
  }

  /** Re-reads the sessions of these subscribers (once per session); those gone end. */
  private async refresh(stale: LiveListSubscriber[]): Promise<void> {
    const em = this.services.orm.em.fork() as EntityManager;
    const byToken = groupBy(stale, (s) => s.sessionToken);
    const actors = await loadActors(em, byToken.keys(), this.services.env.SESSION_SECRET);
    for (const [token, subscribers] of byToken) {
      const actor = actors.get(token) ?? null;
      for (const s of subscribers) {
        if (!actor || actor.userId !== s.actor.userId) {
          this.subscribers.delete(s);
          s.end();
          continue;
        }
        s.actor = actor;
        this.checkedAt.set(s, Date.now());
      }
    }
  }
}

const hubs = new WeakMap<EventBus, LiveListFanout>();

/** The instance's live-list fan-out (one per event bus, made on first use). */
export function liveListFanout(services: Services): LiveListFanout {
  let hub = hubs.get(services.bus);
  if (!hub) {
    hub = new LiveListFanout(services);
    hubs.set(services.bus, hub);
  }
  return hub;
}
