import { EventEmitter, on } from 'node:events';
import { Redis } from 'ioredis';
import type { NotificationFacts, RecordFacts } from '@opcat/domain';
import { logger } from '../logger.ts';
import type { RecordType } from '../__generated__/resolvers-types.ts';

/** Events shared by every server instance: payloads carry ids only, never record contents. */
export interface BusEvents {
  membership: { organisationId: string; membershipId: string; kind: 'ADDED' | 'ROLE_CHANGED' | 'REMOVED' };
  /** Close every live connection of this user or session, on this and every other instance. */
  revoke: { userId?: string; sessionId?: string };
  /** Who may read or edit these co-edited documents may have changed: re-authorize their connections. */
  recordAccessChanged: { documentNames: string[] };
  /**
   * A record's readers changed: the policy facts (organisation ids, classification, country) before
   * and after, so that each subscriber is told only of a record they read before or read now.
   */
  recordReaders: { recordType: RecordType; recordId: string; before: RecordFacts | null; after: RecordFacts | null };
  /**
   * Records created, changed (their own columns or child rows) or deleted, once committed: facts before
   * (null when created) and after (null when deleted). Open lists of those who read them refetch.
   */
  recordsChanged: {
    changes: { recordType: RecordType; recordId: string; before: RecordFacts | null; after: RecordFacts | null }[];
  };
  /** Something in a workplan's structure changed (subscribers refetch through authorized queries). */
  workplan: {
    workplanId: string;
    kind:
      'WORKPLAN_UPDATED' | 'PRIORITY_CHANGED' | 'ACTION_CHANGED' | 'ACTION_REMOVED' | 'COMMENT_ADDED' | 'VERSION_SAVED';
    subjectId?: string;
    /** The plan's policy facts as the command committed them, when it had the plan at hand (saves a read per event). */
    facts?: RecordFacts;
  };
  /** Notifications stored for these people (each already checked by the policy; subscribers are checked again). */
  notification: {
    /**
     * The receive rule's facts as the delivery read them (audience and subject facts: ids, kinds,
     * classification; never contents), so that each instance re-checks its subscribers in memory.
     */
    facts?: NotificationFacts;
    event: string;
    subjectType: string;
    subjectId: string | null;
    audienceOrganisationId: string | null;
    audienceUserIds: string[];
    deliveries: { userId: string; notificationId: string }[];
  };
}
export type Topic = keyof BusEvents;

export interface EventBus {
  publish<T extends Topic>(topic: T, payload: BusEvents[T]): Promise<void>;
  subscribe<T extends Topic>(topic: T, handler: (payload: BusEvents[T]) => void): () => void;
  iterate<T extends Topic>(topic: T, signal?: AbortSignal): AsyncIterableIterator<BusEvents[T]>;
  close(): Promise<void>;
}

const CHANNEL = 'opcat:bus';

/** In-process bus; with a Redis URL the same events also cross to the other instances. */
export function createEventBus(redisUrl?: string): EventBus {
  const local = new EventEmitter();
  local.setMaxListeners(0);
  let pub: Redis | undefined;
  let sub: Redis | undefined;
  if (redisUrl) {
    pub = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
    sub = new Redis(redisUrl, { lazyConnect: false });
    // Not awaited: the bus is made synchronously and ioredis queues the command until it connects. A
    // rejection (Redis unreachable past its retries) would otherwise be unhandled and end the process;
    // this instance still serves its own events, so it is logged instead.
    sub.subscribe(CHANNEL).catch((error: unknown) => {
      logger.error({ err: error }, 'could not subscribe to the cross-instance event bus');
    });
    sub.on('message', (_channel: string, message: string) => {
      const { topic, payload } = JSON.parse(message) as { topic: Topic; payload: unknown };
      local.emit(topic, payload);
    });
  }
  return {
    async publish(topic, payload) {
      if (pub) await pub.publish(CHANNEL, JSON.stringify({ topic, payload }));
      else local.emit(topic, payload);
    },
    subscribe(topic, handler) {
      local.on(topic, handler);
      return () => local.off(topic, handler);
    },
    async *iterate(topic, signal) {
      for await (const [payload] of on(local, topic, { signal })) yield payload;
    },
    async close() {
      local.removeAllListeners();
      await Promise.all([pub?.quit(), sub?.quit()]);
    },
  };
}
