import { ChangeSetType, wrap } from '@mikro-orm/core';
import type { ChangeSet, EventSubscriber, FlushEventArgs, MikroORM, TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RecordFacts } from '@opcat/domain';
import {
  AuthorityResponse,
  EvidenceAttachment,
  FollowUpActivity,
  Interviewee,
  PlacePopulation,
  RecommendationStatusEntry,
  VisitTeamMember,
} from '../../db/entities/monitoring.ts';
import { WorkplanAction, WorkplanPriority } from '../../db/entities/workplan.ts';
import { ShareableRecord } from '../../db/entities/shareable.ts';
import type { BusEvents, EventBus } from '../../realtime/bus.ts';
import type { RecordType } from '../../__generated__/resolvers-types.ts';
import { logger } from '../../logger.ts';
import { RECORD_ENTITIES, recordTypeOf } from './registry.ts';
import { recordFacts } from './facts.ts';

export type RecordChange = BusEvents['recordsChanged']['changes'][number];

/** Changes per bus message: a bulk import is announced in slices, never as one huge message. */
const CHANGES_PER_MESSAGE = 500;

/** A child row whose change shows in its record's lists (status reported, response, action assigned…). */
type Parent = { type: RecordType; record: ShareableRecord<string> } | { type: 'WORKPLAN'; priorityId: string };

function parentOf(entity: object): Parent | null {
  if (
    entity instanceof RecommendationStatusEntry ||
    entity instanceof AuthorityResponse ||
    entity instanceof FollowUpActivity
  )
    return { type: 'RECOMMENDATION', record: entity.recommendation };
  if (entity instanceof Interviewee || entity instanceof EvidenceAttachment)
    return { type: 'FINDING', record: entity.finding };
  if (entity instanceof VisitTeamMember) return { type: 'VISIT', record: entity.visit };
  if (entity instanceof PlacePopulation) return { type: 'PLACE', record: entity.place };
  if (entity instanceof WorkplanPriority) return { type: 'WORKPLAN', record: entity.workplan };
  if (entity instanceof WorkplanAction) {
    const priority = entity.priority;
    if (wrap(priority).isInitialized() && priority.workplan) return { type: 'WORKPLAN', record: priority.workplan };
    return { type: 'WORKPLAN', priorityId: priority.id };
  }
  return null;
}

const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return (value as { id?: string }).id ?? null;
};

/** The policy facts of a record as the unit of work last saw it in the database (before this flush). */
function factsOfData(data: Record<string, unknown>): RecordFacts {
  return {
    ownerOrganisationId: idOf(data.ownerOrganisation) ?? '',
    countryCode: (data.countryCode as string | null) ?? null,
    workingGroupId: idOf(data.workingGroup),
    classification: data.classification as RecordFacts['classification'],
    sharedWithOrganisationIds: (data.sharedWith as string[] | null) ?? [],
    addresseeOrganisationId: idOf(data.addressee),
  };
}

/** Record facts from an entity that may be a bare reference; null when only the id is known. */
function factsOfEntity(record: ShareableRecord<string>): RecordFacts | null {
  if (!wrap(record).isInitialized() || record.ownerOrganisation === undefined) return null;
  return recordFacts(record);
}

interface Pending {
  changes: RecordChange[];
  /** Where each record's change is in `changes` (type:id). */
  index: Map<string, number>;
  /** Records known by id only: their facts are read after the commit (one statement per type). */
  unresolved: { type: RecordType; id: string }[];
  priorities: string[];
}

function collect(changeSets: ChangeSet<object>[], into: Pending): void {
  const add = (change: RecordChange) => {
    const key = `${change.recordType}:${change.recordId}`;
    const index = into.index.get(key);
    if (index !== undefined) {
      // The record changed twice in one transaction: its readers before the first change, after the last.
      const first = into.changes[index] as RecordChange;
      into.changes[index] = { ...first, after: change.after };
      return;
    }
    into.index.set(key, into.changes.length);
    into.changes.push(change);
  };
  for (const cs of changeSets) {
    const entity = cs.entity;
    if (entity instanceof ShareableRecord) {
      const recordType = liveRecordType(entity);
      if (!recordType) continue;
      const deleted = cs.type === ChangeSetType.DELETE || cs.type === ChangeSetType.DELETE_EARLY;
      const before =
        cs.type === ChangeSetType.CREATE
          ? null
          : cs.originalEntity
            ? factsOfData(cs.originalEntity as Record<string, unknown>)
            : recordFacts(entity);
      add({ recordType, recordId: entity.id, before, after: deleted ? null : recordFacts(entity) });
      continue;
    }
    const parent = parentOf(entity);
    if (!parent) continue;
    if ('priorityId' in parent) {
      into.priorities.push(parent.priorityId);
      continue;
    }
    if (!parent.record?.id) continue;
    const facts = factsOfEntity(parent.record);
    if (facts) add({ recordType: parent.type, recordId: parent.record.id, before: facts, after: facts });
    else into.unresolved.push({ type: parent.type, id: parent.record.id });
  }
}

/** The record types lists show (network practices have no live list). */
function liveRecordType(record: ShareableRecord<string>): RecordType | null {
  try {
    return recordTypeOf(record);
  } catch {
    return null;
  }
}

/** The root transaction of a (possibly nested, savepoint) transaction context. */
export function rootOf(trx: object): object {
  let current = trx;
  for (;;) {
    const symbol = Object.getOwnPropertySymbols(current).find((s) => s.description === 'parentTransaction');
    const parent = symbol ? (current as Record<symbol, object | undefined>)[symbol] : undefined;
    if (!parent) return current;
    current = parent;
  }
}

/**
 * Watches every flush of the ORM and, once the change is committed, announces on the bus which
 * records were created, changed or deleted, with their policy facts before and after (ids and facts
 * only, never contents): the `readableRecordsChanged` fan-out tells each open list whose viewer reads
 * the record (before or now) to refetch through its authorized query. A change to a record's child
 * rows (a status reported, a response, an action assigned) counts as a change of the record. Nothing is
 * announced for a transaction rolled back.
 */
export class LiveChangeWatcher implements EventSubscriber {
  private readonly pending = new WeakMap<object, Pending>();

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: () => EventBus | null,
  ) {}

  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const changeSets = uow.getChangeSets();
    if (changeSets.length === 0) return;
    const trx = em.getTransactionContext<object>();
    if (trx) {
      const root = rootOf(trx);
      let pending = this.pending.get(root);
      if (!pending)
        this.pending.set(root, (pending = { changes: [], index: new Map(), unresolved: [], priorities: [] }));
      collect(changeSets, pending);
      return;
    }
    // A flush outside a transaction committed its own.
    const pending: Pending = { changes: [], index: new Map(), unresolved: [], priorities: [] };
    collect(changeSets, pending);
    await this.announce(pending);
  }

  async afterTransactionCommit({ transaction }: TransactionEventArgs): Promise<void> {
    if (!transaction) return;
    const pending = this.pending.get(transaction as object);
    if (!pending) return;
    this.pending.delete(transaction as object);
    await this.announce(pending);
  }

  afterTransactionRollback({ transaction }: TransactionEventArgs): void {
    if (transaction) this.pending.delete(transaction as object);
  }

  private async announce(pending: Pending): Promise<void> {
    const bus = this.bus();
    if (!bus) return;
    try {
      const changes = [...pending.changes];
      if (pending.unresolved.length || pending.priorities.length) changes.push(...(await this.resolve(pending)));
      for (let i = 0; i < changes.length; i += CHANGES_PER_MESSAGE)
        await bus.publish('recordsChanged', { changes: changes.slice(i, i + CHANGES_PER_MESSAGE) });
    } catch (error) {
      // The write is committed; open lists miss one refresh (they refetch on the next event or reload).
      logger.warn({ err: error }, 'could not announce record changes to open lists');
    }
  }

  /** Facts of the records known by id only: one statement per record type. */
  private async resolve(pending: Pending): Promise<RecordChange[]> {
    const em = this.orm.em.fork() as unknown as EntityManager;
    const byType = new Map<RecordType, Set<string>>();
    for (const { type, id } of pending.unresolved) {
      if (!byType.has(type)) byType.set(type, new Set());
      byType.get(type)!.add(id);
    }
    if (pending.priorities.length) {
      const priorities = await em.find(
        WorkplanPriority,
        { id: { $in: [...new Set(pending.priorities)] } },
        { fields: ['id', 'workplan'] as never },
      );
      if (!byType.has('WORKPLAN')) byType.set('WORKPLAN', new Set());
      for (const p of priorities) byType.get('WORKPLAN')!.add(p.workplan.id);
    }
    const known = new Set(pending.changes.map((c) => `${c.recordType}:${c.recordId}`));
    const changes: RecordChange[] = [];
    for (const [type, ids] of byType) {
      const wanted = [...ids].filter((id) => !known.has(`${type}:${id}`));
      if (!wanted.length) continue;
      const records = await em.find(RECORD_ENTITIES[type], { id: { $in: wanted } } as never, {
        fields: ['id', 'ownerOrganisation', 'countryCode', 'workingGroup', 'classification', 'sharedWith'].concat(
          type === 'RECOMMENDATION' ? ['addressee'] : [],
        ) as never,
      });
      for (const record of records) {
        const facts = recordFacts(record);
        changes.push({ recordType: type, recordId: record.id, before: facts, after: facts });
      }
    }
    return changes;
  }
}

const watched = new WeakMap<MikroORM, { buses: Set<EventBus> }>();

/**
 * Announces the ORM's committed record changes on `bus` until the returned function is called. One
 * watcher per ORM whatever the number of services over it (tests run two instances on one ORM): the
 * changes go out once, through the first bus still open (over Redis every instance hears them).
 */
export function watchLiveChanges(orm: MikroORM, bus: EventBus): () => void {
  let entry = watched.get(orm);
  if (!entry) {
    const buses = new Set<EventBus>();
    entry = { buses };
    watched.set(orm, entry);
    orm.em.getEventManager().registerSubscriber(new LiveChangeWatcher(orm, () => buses.values().next().value ?? null));
  }
  const { buses } = entry;
  buses.add(bus);
  return () => buses.delete(bus);
}
