import type { EntityManager } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import type { DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FindingsLibraryPage_FindingsDocument,
  LinkPickers_FindingsDocument,
  MyActionsPage_ActionsDocument,
  VisitPage_VisitDocument,
  PlacesPage_PlacesDocument,
  RecommendationsPage_ListDocument,
  VisitsPage_VisitsDocument,
} from '../../../web/src/__generated__/graphql.ts';
import { Organisation, User } from '../db/entities/identity.ts';
import { Workplan, WorkplanAction, WorkplanPriority } from '../db/entities/workplan.ts';
import {
  AuthorityResponse,
  Finding,
  Place,
  PlacePopulation,
  Recommendation,
  Visit,
} from '../db/entities/monitoring.ts';
import { demoIds } from '../test/recommendation-fixtures.ts';
import { signedIn, startTestServer } from '../test/server.ts';
import type { GraphqlClient, TestServer } from '../test/server.ts';
import { sessionStatements, warm } from '../test/statements.ts';
import { buildOperationContext } from '../operation/build.ts';
import { readableAmong } from '../modules/records/load-readable.ts';
import { readableBy } from '../modules/records/read-filter.ts';
import { visitPlaceIds } from '../modules/visit/visit-team.ts';
import type { OperationContext } from '../operation/context.ts';
import { SESSION_COOKIE } from '../auth/session.ts';

/*
 * What each list page costs in SQL, counted over HTTP with the web app's own documents: the same at
 * a page of 10 rows as at 100, and at most 6 statements, session and audit statements included. The
 * counted request is a session's second: its actor comes from the instance's cache (decision 0038),
 * so the session statement of a first request is not among them (it was counted here until then).
 */

const ROWS = 100;
const MAX_STATEMENTS = 6;

interface Page {
  name: string;
  document: DocumentNode;
  /** `reader`: the reader's organisation (the one "my actions" is about) and its visits with 10 / 100 findings. */
  variables: (size: number, reader: ReaderRows) => Record<string, unknown>;
  rows: (data: unknown) => number;
  /** A detail page's own cap, when it is not a list page (see its entry). */
  max?: number;
}

interface ReaderRows {
  organisationId: string;
  /** A visit with this many findings (each with its recommendation), by count. */
  visits: Record<number, string>;
}

const nodes = (field: string) => (data: unknown) =>
  ((data as Record<string, { nodes: unknown[] }> | null)?.[field]?.nodes ?? []).length;

const PAGES: Page[] = [
  {
    name: 'recommendations tracker',
    document: RecommendationsPage_ListDocument as unknown as DocumentNode,
    variables: (size) => ({ filter: {}, sort: 'ISSUED_DESC', limit: size, offset: 0 }),
    rows: nodes('recommendations'),
  },
  {
    name: 'places',
    document: PlacesPage_PlacesDocument as unknown as DocumentNode,
    variables: (size) => ({ filter: {}, limit: size, offset: 0 }),
    rows: nodes('places'),
  },
  {
    name: 'visits',
    document: VisitsPage_VisitsDocument as unknown as DocumentNode,
    variables: (size) => ({ filter: {}, limit: size, offset: 0 }),
    rows: nodes('visits'),
  },
  {
    // The web app's one findings list (the link picker) asks for 20 rows at most: the search narrows
    // it to 10 rows (a number after a hyphen is a prefix even when short), or leaves it at its 20.
    name: 'findings (link picker)',
    document: LinkPickers_FindingsDocument as unknown as DocumentNode,
    variables: (size) => ({ search: size <= 10 ? 'Stmtfind-00' : 'Stmtfind' }),
    rows: nodes('findings'),
  },
  {
    name: 'findings library',
    document: FindingsLibraryPage_FindingsDocument as unknown as DocumentNode,
    variables: (size) => ({ filter: {}, limit: size }),
    rows: nodes('findings'),
  },
  {
    name: 'my actions',
    document: MyActionsPage_ActionsDocument as unknown as DocumentNode,
    variables: (size, reader) => ({ filter: { responsibleOrganisationId: reader.organisationId }, limit: size }),
    rows: nodes('workplanActions'),
  },
  {
    // The nested lists: a visit's findings and issued recommendations (first page of 50 each, with counts).
    name: 'visit (its findings and recommendations)',
    document: VisitPage_VisitDocument as unknown as DocumentNode,
    variables: (size, reader) => ({ id: reader.visits[size] }),
    rows: (data) => (data as { visit?: { findings: { nodes: unknown[] } } } | null)?.visit?.findings.nodes.length ?? 0,
    // A detail page, not a list page: its nested lists are one statement each with their counts (the
    // same at 10 and 100 findings), its other panels (places, team and their users, comments, share
    // list, lifecycle) cost the rest: 11 as the CSO, 12 with the NPM's audit append (decision 0040).
    max: 12,
  },
];

/**
 * ROWS of every record type for one reader, with everything the list pages show per row: an
 * authority among three, populations, visits of two places each, past-due recommendations with and
 * without a response, linked findings and places. Dates sort these rows before the demo world's.
 */
async function seedRows(
  server: TestServer,
  o: {
    tag: string;
    ownerId: string;
    userId: string;
    classification: 'ORGANISATION' | 'SPT_CONFIDENTIAL';
    sharedWith: string[];
    authorities: string[];
    /** Responsible for the plan's actions (the reader's organisation). */
    responsibleId: string;
  },
) {
  const em = server.orm.em.fork() as EntityManager;
  const owned = {
    ownerOrganisation: em.getReference(Organisation, o.ownerId),
    createdBy: em.getReference(User, o.userId),
    classification: o.classification,
    countryCode: 'XV',
    sharedWith: o.sharedWith,
  };
  const user = em.getReference(User, o.userId);
  const authority = (i: number) => em.getReference(Organisation, o.authorities[i % o.authorities.length] as string);
  const number = (i: number) => String(i).padStart(3, '0');
  const places: Place[] = [];
  for (let i = 0; i < ROWS; i++) {
    const place = em.create(Place, {
      ...owned,
      name: `000 ${o.tag} place ${number(i)}`,
      type: 'POLICE_CUSTODY',
      responsibleAuthority: authority(i),
      capacity: 50 + i,
    });
    places.push(place);
    em.create(PlacePopulation, { place, countedOn: '2030-01-01', population: 40, recordedBy: user });
    em.create(PlacePopulation, { place, countedOn: '2030-02-01', population: 45 + i, recordedBy: user });
  }
  for (let i = 0; i < ROWS; i++) {
    const visit = em.create(Visit, {
      ...owned,
      type: 'IN_DEPTH',
      startDate: `2030-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
      places: [places[i] as Place, places[(i + 1) % ROWS] as Place],
    });
    const finding = em.create(Finding, {
      ...owned,
      visit,
      place: places[i] as Place,
      title: `Stmtfind ${number(i)} ${o.tag}`,
      monitoringArea: 'MATERIAL_CONDITIONS',
      severity: 'HIGH',
    });
    const recommendation = em.create(Recommendation, {
      ...owned,
      reference: `STMT-${o.tag}-${number(i)}`,
      title: `Statement count ${o.tag} ${number(i)}`,
      text: '',
      source: 'NPM_VISIT_REPORT',
      addressee: authority(i),
      theme: 'conditions',
      level: 'PLACE',
      priority: 'HIGH',
      issuedOn: '2030-01-01',
      // Half are past due; every fourth has a response.
      responseDueOn: i % 2 === 0 ? '2026-01-01' : '2099-01-01',
      findings: [finding],
      places: [places[i] as Place],
      acceptance: 'PENDING',
    });
    if (i % 4 === 0) {
      em.create(AuthorityResponse, {
        recommendation,
        authorOrganisation: authority(i),
        respondedOn: '2026-02-01',
        text: 'Noted',
        acceptance: 'ACCEPTED',
        recordedBy: user,
      });
    }
  }
  const plan = em.create(Workplan, { ...owned, title: `${o.tag} plan`, periodStart: '2030-01-01' });
  const priority = em.create(WorkplanPriority, { workplan: plan, title: `${o.tag} priority` });
  for (let i = 0; i < ROWS; i++) {
    em.create(WorkplanAction, {
      priority,
      title: `${o.tag} action ${number(i)}`,
      responsibleOrganisation: em.getReference(Organisation, o.responsibleId),
      dueDate: i % 10 === 0 ? null : `2000-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      position: i,
    });
  }
  // Two visits with 10 and 100 findings, each finding with its recommendation (the visit page's nested lists).
  const visits: Record<number, string> = {};
  for (const size of [10, ROWS]) {
    const visit = em.create(Visit, {
      ...owned,
      type: 'IN_DEPTH',
      startDate: '2030-01-01',
      places: [places[0] as Place],
    });
    visits[size] = visit.id;
    for (let i = 0; i < size; i++) {
      const finding = em.create(Finding, {
        ...owned,
        visit,
        place: places[0] as Place,
        title: `Nested ${size} ${number(i)} ${o.tag}`,
        monitoringArea: 'TREATMENT',
        severity: 'LOW',
      });
      em.create(Recommendation, {
        ...owned,
        reference: `NEST-${o.tag}-${size}-${number(i)}`,
        title: `Nested ${o.tag} ${size} ${number(i)}`,
        text: '',
        source: 'NPM_VISIT_REPORT',
        addressee: authority(i),
        theme: 'conditions',
        level: 'PLACE',
        priority: 'HIGH',
        issuedOn: '2030-01-01',
        responseDueOn: '2099-01-01',
        findings: [finding],
        places: [places[0] as Place],
        acceptance: 'PENDING',
      });
    }
  }
  await em.flush();
  return visits;
}

/**
 * Statements of the group-committed audit appends (modules/audit/read-audit.ts): lock, head,
 * conditional insert and COMMIT in one round trip once the batcher knows the head.
 */
function auditStatements(statements: readonly string[]): number {
  return statements.filter((statement) => /audit_event/i.test(statement)).length;
}

/*
 * The per-row queries the loaders replaced, one row at a time: the reference the batched answers are
 * compared with.
 */
const perRow = {
  currentPopulation: (ctx: OperationContext, place: Place) =>
    ctx.em.findOne(PlacePopulation, { place }, { orderBy: { countedOn: 'desc' } }),
  async occupancyRate(ctx: OperationContext, place: Place) {
    if (!place.capacity) return null;
    const current = await perRow.currentPopulation(ctx, place);
    return current ? Math.round((current.population / place.capacity) * 1000) / 1000 : null;
  },
  lastVisit: (ctx: OperationContext, place: Place) =>
    ctx.em.findOne(
      Visit,
      { $and: [{ places: place.id }, readableBy(ctx.actor, Visit)] },
      { orderBy: { startDate: 'desc' } },
    ),
  visitPlaces: async (ctx: OperationContext, visit: Visit) =>
    readableAmong(ctx, Place, await visitPlaceIds(ctx.em, visit.id), { orderBy: { name: 'asc', id: 'asc' } }),
};

async function count(server: TestServer, client: GraphqlClient, page: Page, size: number, reader: ReaderRows) {
  // Warm up once: the pool's connections open, the audit batcher learns the chain's head (its
  // first batch after start, or after another writer moved the head, spends one more round trip)
  // and the session's actor is cached.
  await client.request(print(page.document), page.variables(size, reader));
  const { result, statements, bypassed } = await warm(server.services.actors, () =>
    client.request(print(page.document), page.variables(size, reader)),
  );
  expect(result.errors).toBeUndefined();
  // No session statement in a warm request, unless the cache stood aside (its lease lapsed on a busy
  // machine): then exactly the one it replaces, left out of the comparison between sizes.
  expect(sessionStatements(statements), statements.join('\n')).toHaveLength(bypassed ? 1 : 0);
  return {
    rows: page.rows(result.data),
    statements: statements.filter((statement) => !sessionStatements([statement]).length),
  };
}

describe('statements per list page', () => {
  let server: TestServer;
  let cso: GraphqlClient;
  let npm: GraphqlClient;
  const rowsOf: Record<'CSO' | 'NPM', ReaderRows> = {
    CSO: { organisationId: '', visits: {} },
    NPM: { organisationId: '', visits: {} },
  };

  beforeAll(async () => {
    server = await startTestServer();
    // Recording is process-wide: the job runner's polling would be counted too.
    await server.jobs.stop();
    const ids = await demoIds(server);
    const authorities = [ids.organisation('ministry'), ids.organisation('police'), ids.organisation('nhri')];
    const csoVisits = await seedRows(server, {
      tag: 'cso',
      ownerId: ids.organisation('cso1'),
      userId: ids.user('diego.voces@demo.opcat'),
      classification: 'ORGANISATION',
      sharedWith: [],
      authorities,
      responsibleId: ids.organisation('cso1'),
    });
    // SPT-confidential rows the SPT shared with the NPM of their country: every read of them is audited.
    const sptVisits = await seedRows(server, {
      tag: 'spt',
      ownerId: ids.organisation('spt'),
      userId: ids.user('ines.spt@demo.opcat'),
      classification: 'SPT_CONFIDENTIAL',
      sharedWith: [ids.organisation('npm')],
      authorities,
      responsibleId: ids.organisation('npm'),
    });
    rowsOf.CSO = { organisationId: ids.organisation('cso1'), visits: csoVisits };
    rowsOf.NPM = { organisationId: ids.organisation('npm'), visits: sptVisits };
    cso = await signedIn(server, 'diego.voces@demo.opcat');
    npm = await signedIn(server, 'ana.mnp@demo.opcat');
  });

  afterAll(async () => {
    await server?.close();
  });

  const readers = [
    { name: 'CSO', key: 'CSO' as const, client: () => cso, audited: false },
    { name: 'NPM reading SPT-confidential rows', key: 'NPM' as const, client: () => npm, audited: true },
  ];

  for (const reader of readers) {
    it(`the batched per-row figures equal the per-row queries they replace, as the ${reader.name}`, async () => {
      const client = reader.client();
      const token = (client.cookie ?? '').replace(`${SESSION_COOKIE}=`, '');
      const ctx = () => buildOperationContext(server.services, { transport: 'http', sessionToken: token });
      const places = await client.request<{
        places: {
          nodes: {
            id: string;
            occupancyRate: number | null;
            currentPopulation: { id: string } | null;
            lastVisit: { id: string } | null;
          }[];
        };
      }>(print(PlacesPage_PlacesDocument as unknown as DocumentNode), { filter: {}, limit: 100, offset: 0 });
      const placeRows = places.data?.places.nodes ?? [];
      expect(placeRows.length).toBe(100);
      expect(placeRows.filter((row) => row.lastVisit).length).toBeGreaterThan(50);
      for (const row of placeRows) {
        const place = await (await ctx()).em.findOneOrFail(Place, row.id);
        const one = await ctx();
        expect(row.occupancyRate).toBe(await perRow.occupancyRate(one, place));
        expect(row.currentPopulation?.id ?? null).toBe((await perRow.currentPopulation(one, place))?.id ?? null);
        const last = await perRow.lastVisit(one, place);
        // Same start date (ties between visits on one day may pick either).
        const [mine] = row.lastVisit ? await one.em.find(Visit, { id: row.lastVisit.id }) : [];
        expect(mine?.startDate ?? null).toBe(last?.startDate ?? null);
      }
      const visits = await client.request<{ visits: { nodes: { id: string; places: { id: string }[] }[] } }>(
        print(VisitsPage_VisitsDocument as unknown as DocumentNode),
        { filter: {}, limit: 100, offset: 0 },
      );
      for (const row of visits.data?.visits.nodes ?? []) {
        const one = await ctx();
        const visit = await one.em.findOneOrFail(Visit, row.id);
        expect(row.places.map((p) => p.id)).toEqual((await perRow.visitPlaces(one, visit)).map((p) => p.id));
      }
    });

    for (const page of PAGES) {
      it(`the ${page.name} page costs the same statements at 10 and 100 rows, as the ${reader.name}`, async () => {
        const client = reader.client();
        const small = await count(server, client, page, 10, rowsOf[reader.key]);
        const large = await count(server, client, page, 100, rowsOf[reader.key]);
        const audits = auditStatements(large.statements);
        console.log(
          `statements [${reader.name}] ${page.name}: ${small.statements.length} at ${small.rows} rows, ` +
            `${large.statements.length} at ${large.rows} rows (of which audit appends: ${audits})`,
        );
        expect(small.rows).toBe(10);
        expect(large.rows).toBeGreaterThan(small.rows);
        expect(large.statements, large.statements.join('\n')).toHaveLength(small.statements.length);
        // The NPM's pages hold SPT-confidential rows: their audit append is among the statements counted.
        expect(audits > 0).toBe(reader.audited);
        // Everything counts: the page with its count, the loaders and the audit append (the session's
        // actor is cached; its statement counted against the limit too when the cache stood aside).
        expect(small.statements.length + 1, small.statements.join('\n---\n')).toBeLessThanOrEqual(
          page.max ?? MAX_STATEMENTS,
        );
      });
    }
  }
});
