import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '@opcat/domain';
import type { Actor, RecordFacts } from '@opcat/domain';
import { loadActor } from '../auth/load-actor.ts';
import type { SessionActor } from '../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../auth/session.ts';
import { DEMO_PLATFORM_ADMIN, demoUsers } from '../db/demo-world.ts';
import { buildSchema } from '../graphql/schema.ts';
import { plantCanaries } from '../test/canary-world.ts';
import { mapConcurrently } from '../test/concurrency.ts';
import { seededRandom } from '../test/query-generator.ts';
import { postGraphqlRaw } from '../test/raw-transport.ts';
import { signedIn, startTestServer } from '../test/server.ts';
import type { TestServer } from '../test/server.ts';

/**
 * The existence scan: for every argument of every root field that names a record, each demo user
 * gets byte-identical answers for a record they may not read and for a random id. Mutations are
 * included (an unreadable id must fail exactly like a missing one, and change nothing).
 * Sized by count: at most UNREADABLE_PER_KIND unreadable ids per (user, field, argument).
 */
const UNREADABLE_PER_KIND = 1;
const CONCURRENCY = 6;
const SEED = 20261205;

/** What an ID argument names, by the argument's (or the root field's) name. */
type Kind =
  | 'place'
  | 'visit'
  | 'finding'
  | 'recommendation'
  | 'workplan'
  | 'workplan_priority'
  | 'workplan_action'
  | 'discussion_comment'
  | 'reprisal_incident'
  | 'working_group'
  | 'membership';

const RECORD_TABLES = ['place', 'visit', 'finding', 'recommendation', 'workplan'] as const;
const RECORD_TYPE_OF: Record<(typeof RECORD_TABLES)[number], string> = {
  place: 'PLACE',
  visit: 'VISIT',
  finding: 'FINDING',
  recommendation: 'RECOMMENDATION',
  workplan: 'WORKPLAN',
};

/** The kind of record an ID argument names; null for directory ids (organisations, users) and others. */
function kindOf(field: string, path: readonly string[]): Kind | null {
  const name = path[path.length - 1] ?? '';
  const byName: Record<string, Kind> = {
    placeId: 'place',
    placeIds: 'place',
    visitId: 'visit',
    relatedVisitId: 'visit',
    findingId: 'finding',
    findingIds: 'finding',
    recommendationId: 'recommendation',
    linkedRecommendationIds: 'recommendation',
    repeatsId: 'recommendation',
    workplanId: 'workplan',
    priorityId: 'workplan_priority',
    actionId: 'workplan_action',
    workingGroupId: 'working_group',
    membershipId: 'membership',
  };
  if (name in byName) return byName[name] as Kind;
  if (name !== 'id') return null;
  const byField: [RegExp, Kind][] = [
    [/^(finding|updateFinding)$/, 'finding'],
    [/^(place|updatePlace)$/, 'place'],
    [/^(visit|updateVisit|moveVisit)$/, 'visit'],
    [/^(recommendation|updateRecommendation)$/, 'recommendation'],
    [/^(workplan|updateWorkplan)$/, 'workplan'],
    [/^updatePriority$/, 'workplan_priority'],
    [/^(updateAction|removeAction)$/, 'workplan_action'],
    [/^resolveDiscussionComment$/, 'discussion_comment'],
    [/^(reprisalIncident|updateReprisal)$/, 'reprisal_incident'],
    [/^workingGroup$/, 'working_group'],
  ];
  return byField.find(([pattern]) => pattern.test(field))?.[1] ?? null;
}

interface Probe {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** Argument name, then input fields down to the ID. */
  path: string[];
  kind: Kind;
  list: boolean;
  /** For recordId: the recordType that goes with it. */
  recordType?: string;
}

/** Every (root field, argument path) that takes the id of a record. */
function probesOf(schema: GraphQLSchema): Probe[] {
  const probes: Probe[] = [];
  const walk = (
    operation: Probe['operation'],
    field: GraphQLField<unknown, unknown>,
    path: string[],
    type: GraphQLInputType,
  ) => {
    const named = getNamedType(type);
    const list = isListType(isNonNullType(type) ? type.ofType : type);
    if (isInputObjectType(named)) {
      for (const f of Object.values(named.getFields())) walk(operation, field, [...path, f.name], f.type);
      return;
    }
    if (named.name !== 'ID') return;
    if (path[path.length - 1] === 'recordId') {
      for (const table of RECORD_TABLES) {
        probes.push({ operation, field, path, kind: table, list, recordType: RECORD_TYPE_OF[table] });
      }
      return;
    }
    const kind = kindOf(field.name, path);
    if (kind) probes.push({ operation, field, path, kind, list });
  };
  for (const [operation, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const arg of field.args) walk(operation, field, [arg.name], arg.type);
    }
  }
  return probes;
}

/** Scalars and enums of the result, userErrors in full: what a caller would compare. */
function selectionOf(type: GraphQLObjectType, depth = 0): string {
  const parts = ['__typename'];
  for (const f of Object.values(type.getFields())) {
    const named = getNamedType(f.type);
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    if (isScalarType(named) || isEnumType(named)) parts.push(f.name);
    else if (f.name === 'userErrors') parts.push('userErrors { field code message }');
    else if (depth === 0 && isObjectType(named)) parts.push(`${f.name} ${selectionOf(named, 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

interface Viewer {
  email: string;
  cookie: string;
  actor: SessionActor;
  /** Readable ids per kind (to fill the other arguments), unreadable ids per kind (the probes). */
  readable: Map<Kind, string[]>;
  unreadable: Map<Kind, string[]>;
  /** Any organisation, working group and membership of theirs (to fill directory arguments). */
  organisationId: string;
  workingGroupId: string | null;
  membershipId: string;
}

/** GraphQL literal of a value; enum values are passed as `{ enum: 'X' }`. */
function literal(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.enum === 'string') return record.enum;
    return `{ ${Object.entries(record)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** A plausible value for every required argument, so that only the probed id can be what fails. */
function valueFor(
  viewer: Viewer,
  probe: Probe,
  path: string[],
  type: GraphQLInputType,
  target: string,
  required: boolean,
): unknown {
  if (isNonNullType(type)) return valueFor(viewer, probe, path, type.ofType, target, true);
  const name = path[path.length - 1] ?? '';
  const isTarget = path.join('.') === probe.path.join('.');
  if (isListType(type)) {
    if (isTarget) return [target];
    return required ? [valueFor(viewer, probe, path, type.ofType, target, true)] : undefined;
  }
  if (isTarget) return target;
  if (isEnumType(type)) {
    if (name === 'recordType' && probe.recordType) return { enum: probe.recordType };
    if (name === 'locale') return { enum: 'es' };
    return required ? { enum: type.getValues()[0]?.name } : undefined;
  }
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      const v = valueFor(viewer, probe, [...path, f.name], f.type, target, isNonNullType(f.type));
      if (v !== undefined) out[f.name] = v;
    }
    return required || Object.keys(out).length ? out : undefined;
  }
  if (!required) return undefined;
  switch (type.name) {
    case 'ID': {
      const kind = kindOf(probe.field.name, path);
      if (kind === 'working_group') return viewer.workingGroupId ?? viewer.organisationId;
      if (kind === 'membership') return viewer.membershipId;
      if (kind) return viewer.readable.get(kind)?.[0] ?? viewer.organisationId;
      return viewer.organisationId;
    }
    case 'Int':
      return 1;
    case 'Boolean':
      return false;
    case 'LocalDate':
      return '2026-06-01';
    case 'DateTime':
      return '2026-06-01T00:00:00.000Z';
    case 'JSON':
      return {};
    default:
      if (/country/i.test(name)) return 'XV';
      if (/email/i.test(name)) return 'existence.probe@example.org';
      return 'Prueba de existencia';
  }
}

function documentOf(viewer: Viewer, probe: Probe, target: string): string {
  const args = probe.field.args
    .map((arg: GraphQLArgument) => [arg.name, valueFor(viewer, probe, [arg.name], arg.type, target, false)] as const)
    .filter(([, v]) => v !== undefined)
    .map(([name, v]) => `${name}: ${literal(v)}`);
  const named = getNamedType(probe.field.type);
  const selection = isObjectType(named) ? ` ${selectionOf(named)}` : '';
  return `${probe.operation} Probe { r: ${probe.field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

/** A mutation is posted once (postGraphqlRaw retries, which only queries may). */
async function postOnce(target: { url: string }, cookie: string, query: string) {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.text() };
}

let server: TestServer;
let viewers: Viewer[] = [];
let probes: Probe[] = [];

async function idsWithFacts(em: EntityManager) {
  const conn = em.getConnection();
  const records = new Map<Kind, { id: string; facts: RecordFacts }[]>();
  const row = (r: Record<string, unknown>, id = r.id as string): { id: string; facts: RecordFacts } => ({
    id,
    facts: {
      ownerOrganisationId: r.owner_organisation_id as string,
      countryCode: (r.country_code as string | null) ?? null,
      workingGroupId: (r.working_group_id as string | null) ?? null,
      classification: r.classification as RecordFacts['classification'],
      sharedWithOrganisationIds: r.shared_with as string[],
      addresseeOrganisationId: (r.addressee_id as string | undefined) ?? null,
    },
  });
  const columns = 'owner_organisation_id, country_code, working_group_id, classification, shared_with';
  for (const table of RECORD_TABLES) {
    const addressee = table === 'recommendation' ? ', addressee_id::text' : '';
    const rows = await conn.execute<Record<string, unknown>[]>(`select id::text, ${columns}${addressee} from ${table}`);
    records.set(
      table,
      rows.map((r) => row(r)),
    );
  }
  // Children of a workplan share its visibility.
  const children: [Kind, string][] = [
    [
      'workplan_priority',
      'select p.id::text as child, w.* from workplan_priority p join workplan w on w.id = p.workplan_id',
    ],
    [
      'workplan_action',
      'select a.id::text as child, w.* from workplan_action a join workplan_priority p on p.id = a.priority_id join workplan w on w.id = p.workplan_id',
    ],
    [
      'discussion_comment',
      'select c.id::text as child, w.* from discussion_comment c join workplan w on w.id = c.workplan_id',
    ],
  ];
  for (const [kind, sql] of children) {
    const rows = await conn.execute<Record<string, unknown>[]>(sql);
    records.set(
      kind,
      rows.map((r) => row(r, r.child as string)),
    );
  }
  const reprisals = await conn.execute<{ id: string; users: string[] }[]>(
    `select i.id::text, array_agg(n.user_id::text) as users from reprisal_incident i
     join reprisal_incident_named_user n on n.reprisal_incident_id = i.id group by i.id`,
  );
  const groups = await conn.execute<{ id: string; organisations: string[] }[]>(
    `select g.id::text, array_agg(m.organisation_id::text) as organisations from working_group g
     join working_group_member m on m.working_group_id = g.id group by g.id`,
  );
  const memberships = await conn.execute<{ id: string; organisation_id: string; user_id: string }[]>(
    'select id::text, organisation_id::text, user_id::text from membership',
  );
  return { records, reprisals, groups, memberships };
}

function split<T extends { id: string }>(items: T[], readable: (item: T) => boolean) {
  return {
    readable: items.filter(readable).map((i) => i.id),
    unreadable: items.filter((i) => !readable(i)).map((i) => i.id),
  };
}

beforeAll(async () => {
  server = await startTestServer();
  await plantCanaries(server, seededRandom(SEED));
  probes = probesOf(buildSchema());
  const world = await idsWithFacts(server.orm.em.fork() as EntityManager);
  viewers = await Promise.all(
    // The platform administrator too (decision 0029): no id of a record answers differently for it.
    [...demoUsers, DEMO_PLATFORM_ADMIN].map(async ({ email }) => {
      const { cookie } = await signedIn(server, email);
      const actor = await loadActor(
        server.orm.em.fork() as EntityManager,
        tokenFromCookieHeader(cookie),
        server.env.SESSION_SECRET,
      );
      if (!actor || !cookie) throw new Error(`no actor for ${email}`);
      const readable = new Map<Kind, string[]>();
      const unreadable = new Map<Kind, string[]>();
      const put = (kind: Kind, s: { readable: string[]; unreadable: string[] }) => {
        readable.set(kind, s.readable);
        unreadable.set(kind, s.unreadable.slice(0, UNREADABLE_PER_KIND));
      };
      for (const [kind, rows] of world.records) {
        put(
          kind,
          split(rows, (r) => can(actor as Actor, 'record:read', r.facts)),
        );
      }
      put(
        'reprisal_incident',
        split(world.reprisals, (r) => can(actor, 'reprisal:read', { namedUserIds: r.users })),
      );
      const own = new Set(actor.memberships.map((m) => m.organisationId));
      put(
        'working_group',
        split(world.groups, (g) => g.organisations.some((o) => own.has(o))),
      );
      put(
        'membership',
        split(world.memberships, (m) => own.has(m.organisation_id)),
      );
      const membership = world.memberships.find((m) => m.user_id === actor.userId);
      return {
        email,
        cookie,
        actor,
        readable,
        unreadable,
        organisationId: actor.memberships[0]?.organisationId ?? '',
        workingGroupId: actor.workingGroups[0]?.workingGroupId ?? null,
        membershipId: membership?.id ?? '',
      };
    }),
  );
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('existence scan: an unreadable record answers exactly like a missing one', () => {
  it('covers the id arguments of queries and mutations', () => {
    const names = new Set(probes.map((p) => `${p.field.name}.${p.path.join('.')}`));
    for (const expected of [
      'finding.id',
      'findings.filter.visitId',
      'findings.filter.placeId',
      'recommendations.filter.findingId',
      'recommendations.filter.placeId',
      'visits.filter.placeId',
      'workplans.workingGroupId',
      'addComment.input.recordId',
      'shareRecord.input.recordId',
      'issueRecommendation.input.findingIds',
      'recordFinding.input.visitId',
      'updateAction.input.id',
    ]) {
      expect(names, expected).toContain(expected);
    }
  });

  it('for every demo user, every probed argument gives byte-identical answers for an unreadable and a random id', async () => {
    const random = seededRandom(SEED + 1);
    const tasks = viewers.flatMap((viewer) =>
      probes.flatMap((probe) =>
        (viewer.unreadable.get(probe.kind) ?? []).map((unreadable) => ({
          viewer,
          probe,
          unreadable,
          missing: random.uuid(),
        })),
      ),
    );
    const differences: string[] = [];
    const mask = (body: string, id: string) => body.split(id).join('<ID>');
    await mapConcurrently(tasks, CONCURRENCY, async ({ viewer, probe, unreadable, missing }) => {
      const [a, b] = [documentOf(viewer, probe, unreadable), documentOf(viewer, probe, missing)];
      const post = probe.operation === 'query' ? postGraphqlRaw : postOnce;
      const ra = await post(server, viewer.cookie, a);
      const rb = await post(server, viewer.cookie, b);
      const same = ra.status === rb.status && mask(ra.body, unreadable) === mask(rb.body, missing);
      if (!same) {
        differences.push(
          `${viewer.email} ${probe.field.name}.${probe.path.join('.')} (${probe.kind}):\n  unreadable → ${ra.status} ${ra.body.slice(0, 300)}\n  missing → ${rb.status} ${rb.body.slice(0, 300)}`,
        );
      }
    });
    console.log(
      `existence scan: ${tasks.length} pairs over ${probes.length} (field, argument) probes for ${viewers.length} users`,
    );
    if (differences.length) {
      const where = [...new Set(differences.map((d) => d.split(' ')[1]))];
      console.log(`existence differences (${differences.length}) in: ${where.join(', ')}`);
    }
    expect(tasks.length).toBeGreaterThan(400);
    expect(differences.slice(0, 5)).toEqual([]);
  }, 300_000);
});
