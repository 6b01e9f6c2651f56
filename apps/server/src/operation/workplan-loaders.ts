import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation, User } from '../db/entities/identity.ts';
import { CollabVersion } from '../db/entities/collab.ts';
import { DiscussionComment, WorkplanAction, WorkplanPriority } from '../db/entities/workplan.ts';
import { encodeCursor } from '../modules/workplan/paging.ts';
import type { CollectionKind, Keyset, Page, PageRequest } from '../modules/workplan/paging.ts';

/**
 * Batch loaders behind the workplan page: one statement per collection level and per kind of
 * related row, whatever the number of priorities, actions, comments or versions. They only answer
 * for parents the caller already read through the workplan's read scope (a workplan's children
 * share its visibility), and never widen it: a page is always filtered by its parent.
 */
export interface WorkplanLoaders {
  priorities(em: EntityManager, workplanId: string, page: PageRequest): Promise<Page<WorkplanPriority>>;
  actions(em: EntityManager, priorityId: string, page: PageRequest): Promise<Page<WorkplanAction>>;
  /** Comments of a plan, or of one of its actions when `actionId` is given. */
  comments(
    em: EntityManager,
    workplanId: string,
    actionId: string | null,
    page: PageRequest,
  ): Promise<Page<DiscussionComment>>;
  versions(em: EntityManager, documentName: string, page: PageRequest): Promise<Page<CollabVersion>>;
  user(em: EntityManager, id: string): Promise<User>;
  organisation(em: EntityManager, id: string): Promise<Organisation>;
}

interface SortKey {
  column: string;
  /** The key as the cursor's text (timestamps in UTC with their microseconds). */
  text: (column: string) => string;
  cast: string;
}

interface Collection {
  kind: CollectionKind;
  entity: { new (...args: never[]): object };
  table: string;
  parent: string;
  /** Sort keys, both in one direction, with the SQL that renders each as the cursor's text. */
  keys: [SortKey, SortKey];
  descending: boolean;
}

const asText = (column: string) => `${column}::text`;
const utcText = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')`;
const TS = "timestamp at time zone 'UTC'";

const COLLECTIONS = {
  priority: {
    kind: 'priority',
    entity: WorkplanPriority,
    table: 'workplan_priority',
    parent: 'workplan_id',
    keys: [
      { column: 'position', text: asText, cast: 'integer' },
      { column: 'id', text: asText, cast: 'uuid' },
    ],
    descending: false,
  },
  action: {
    kind: 'action',
    entity: WorkplanAction,
    table: 'workplan_action',
    parent: 'priority_id',
    keys: [
      { column: 'position', text: asText, cast: 'integer' },
      { column: 'id', text: asText, cast: 'uuid' },
    ],
    descending: false,
  },
  comment: {
    kind: 'comment',
    entity: DiscussionComment,
    table: 'discussion_comment',
    parent: 'workplan_id',
    keys: [
      { column: 'created_at', text: utcText, cast: TS },
      { column: 'id', text: asText, cast: 'uuid' },
    ],
    descending: true,
  },
  version: {
    kind: 'version',
    entity: CollabVersion,
    table: 'collab_version',
    parent: 'document_name',
    keys: [
      { column: 'created_at', text: utcText, cast: TS },
      { column: 'id', text: asText, cast: 'bigint' },
    ],
    descending: true,
  },
} satisfies Record<CollectionKind, Collection>;

interface PageKey {
  parent: string;
  /** An extra equality filter (the action of a comment page); null for none. */
  filter: { column: string; value: string | null } | null;
  page: PageRequest;
}

type Row = Record<string, unknown> & { _parent: string; _k0: string; _k1: string };

/**
 * One statement for many parents' pages: the first `first + 1` rows after the cursor of every
 * parent (a window per parent), the extra row telling whether a next page exists.
 */
async function loadPages<T extends object>(
  em: EntityManager,
  collection: Collection,
  keys: readonly PageKey[],
): Promise<Page<T>[]> {
  const results = new Map<string, Page<T>>();
  // Keys sharing a page request and filter share one statement (the page query asks them all alike).
  const groups = new Map<string, PageKey[]>();
  for (const key of keys) {
    const group = JSON.stringify([key.page, key.filter?.column ?? null, key.filter?.value ?? null]);
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  for (const group of groups.values()) {
    const [sample] = group;
    if (!sample) continue;
    const { page, filter } = sample;
    const [k0, k1] = collection.keys;
    const dir = collection.descending ? 'desc' : 'asc';
    const where = [`t.${collection.parent} in (?)`];
    const params: unknown[] = [[...new Set(group.map((k) => k.parent))]];
    if (filter) {
      where.push(filter.value === null ? `t.${filter.column} is null` : `t.${filter.column} = ?`);
      if (filter.value !== null) params.push(filter.value);
    }
    if (page.after) {
      where.push(
        `(t.${k0.column}, t.${k1.column}) ${collection.descending ? '<' : '>'} (?::${k0.cast}, ?::${k1.cast})`,
      );
      params.push(...page.after);
    }
    params.push(page.first + 1);
    const rows = await em.getConnection().execute<Row[]>(
      `select * from (
         select t.*, t.${collection.parent}::text as _parent, ${k0.text(`t.${k0.column}`)} as _k0,
           ${k1.text(`t.${k1.column}`)} as _k1,
           row_number() over (partition by t.${collection.parent} order by t.${k0.column} ${dir}, t.${k1.column} ${dir}) as _rn
         from "${collection.table}" t where ${where.join(' and ')}
       ) s where s._rn <= ? order by s._parent, s._rn`,
      params,
      'all',
      em.getTransactionContext(),
    );
    const byParent = new Map<string, Row[]>();
    for (const row of rows) byParent.set(row._parent, [...(byParent.get(row._parent) ?? []), row]);
    for (const key of group) {
      const found = byParent.get(key.parent) ?? [];
      const shown = found.slice(0, page.first);
      const last = shown.at(-1);
      const nodes = shown.map((row) => {
        const { _parent, _k0, _k1, _rn, ...columns } = row;
        return em.map(collection.entity as never, columns as never) as T;
      });
      results.set(cacheKey(key), {
        nodes,
        pageInfo: {
          endCursor: last ? encodeCursor(collection.kind, [last._k0, last._k1] satisfies Keyset) : null,
          hasNextPage: found.length > page.first,
        },
      });
    }
  }
  return keys.map(
    (key) => results.get(cacheKey(key)) ?? { nodes: [], pageInfo: { endCursor: null, hasNextPage: false } },
  );
}

function cacheKey(key: PageKey): string {
  return JSON.stringify([key.parent, key.filter, key.page]);
}

/** Rows by id in one statement, in the order asked; a missing id is an error (the relation is a foreign key). */
async function byIds<T extends { id: string }>(
  em: EntityManager,
  entity: new (...args: never[]) => T,
  ids: readonly string[],
): Promise<(T | Error)[]> {
  const found = await em.find(entity as never, { id: { $in: [...ids] } } as never);
  const map = new Map((found as T[]).map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? new Error(`${entity.name} ${id} is missing`));
}

function perEntityManager<K, V, C = K>(make: (em: EntityManager) => DataLoader<K, V, C>) {
  const loaders = new WeakMap<EntityManager, DataLoader<K, V, C>>();
  return (em: EntityManager): DataLoader<K, V, C> => {
    let loader = loaders.get(em);
    if (!loader) {
      loader = make(em);
      loaders.set(em, loader);
    }
    return loader;
  };
}

function pageLoader<T extends object>(collection: Collection) {
  return perEntityManager(
    (em) =>
      new DataLoader<PageKey, Page<T>, string>((keys) => loadPages<T>(em, collection, keys), { cacheKeyFn: cacheKey }),
  );
}

/** Fresh loaders for one operation (made lazily per EntityManager: a transaction gets its own). */
export function createWorkplanLoaders(): WorkplanLoaders {
  const priorities = pageLoader<WorkplanPriority>(COLLECTIONS.priority);
  const actions = pageLoader<WorkplanAction>(COLLECTIONS.action);
  const comments = pageLoader<DiscussionComment>(COLLECTIONS.comment);
  const versions = pageLoader<CollabVersion>(COLLECTIONS.version);
  const users = perEntityManager((em) => new DataLoader<string, User>((ids) => byIds(em, User, ids)));
  const organisations = perEntityManager(
    (em) => new DataLoader<string, Organisation>((ids) => byIds(em, Organisation, ids)),
  );
  return {
    priorities: (em, workplanId, page) => priorities(em).load({ parent: workplanId, filter: null, page }),
    actions: (em, priorityId, page) => actions(em).load({ parent: priorityId, filter: null, page }),
    comments: (em, workplanId, actionId, page) =>
      comments(em).load({
        parent: workplanId,
        filter: actionId ? { column: 'action_id', value: actionId } : null,
        page,
      }),
    versions: (em, documentName, page) => versions(em).load({ parent: documentName, filter: null, page }),
    user: (em, id) => users(em).load(id),
    organisation: (em, id) => organisations(em).load(id),
  };
}
