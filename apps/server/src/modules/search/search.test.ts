import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { loadActor } from '../../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../../auth/session.ts';
import { demoUsers } from '../../db/demo-world.ts';
import { Membership, Organisation, User } from '../../db/entities/identity.ts';
import { Finding, FollowUpActivity, Place, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import type { AnyShareableRecord } from '../../db/entities/shareable.ts';
import { entitledCanaries, leakedCanaries, plantCanaries } from '../../test/canary-world.ts';
import type { CanaryWorld } from '../../test/canary-world.ts';
import { seededRandom } from '../../test/query-generator.ts';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, GraphqlResponse, TestServer } from '../../test/server.ts';
import { recordFacts } from '../records/facts.ts';
import { recordStatements } from '../../test/statements.ts';
import { RECENT_WINDOW, SEARCH_CANDIDATES } from './search-records.ts';
import { RARE_WORD_ROWS, tablesWhereAWordIsRare } from '../search.ts';
import { syncSearchVocabulary } from './search-vocabulary.ts';

const SEARCH = `query S($q: String!, $types: [SearchKind!], $after: String) {
  search(query: $q, types: $types, limit: 50, after: $after) {
    nodes { kind id title rank headline { text match } record { __typename ... on Finding { id title } } }
    pageInfo { endCursor hasNextPage }
    totalCount totalCountCapped
  }
}`;
const FACETS = `query F($filter: FindingFilter) {
  findingFacets(filter: $filter) {
    total monitoringArea { value count } riskFactor { value count } vulnerability { value count }
    placeType { value count } country { value count } goodPractice { value count }
    classification { value count } visitYear { value count }
  }
}`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  headline: { text: string; match: boolean }[];
}
interface SearchData {
  search: {
    nodes: Hit[];
    pageInfo: { endCursor: string; hasNextPage: boolean };
    totalCount: number;
    totalCountCapped: boolean;
  };
}
interface Viewer {
  email: string;
  client: GraphqlClient;
  actor: Actor;
  entitled: Set<string>;
}

let server: TestServer;
let world: CanaryWorld;
let viewers: Viewer[] = [];
let records: AnyShareableRecord[] = [];

async function searchAll(client: GraphqlClient, q: string, types?: string[]): Promise<{ hits: Hit[]; raw: string }> {
  const hits: Hit[] = [];
  let raw = '';
  let after: string | null = null;
  let total: { totalCount: number; totalCountCapped: boolean } | null = null;
  for (let pages = 0; pages < 40; pages++) {
    const res: GraphqlResponse<SearchData> = await client.request<SearchData>(SEARCH, { q, types, after });
    raw += JSON.stringify(res);
    if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
    hits.push(...res.data.search.nodes);
    total ??= { totalCount: res.data.search.totalCount, totalCountCapped: res.data.search.totalCountCapped };
    if (!res.data.search.pageInfo.hasNextPage) break;
    after = res.data.search.pageInfo.endCursor;
  }
  // The capped total counts exactly the readable matches the pages list (decision 0033).
  if (total && !total.totalCountCapped) expect(total.totalCount, q).toBe(hits.length);
  return { hits, raw };
}

beforeAll(async () => {
  server = await startTestServer();
  world = await plantCanaries(server, seededRandom(20261206));
  // Co-edited texts are searchable once compacted (as the collab.compact job does).
  for (const name of world.coEditedDocuments) await server.services.coEditing.compact(name);
  const em = server.orm.em.fork() as EntityManager;
  records = [
    ...(await em.find(Place, {})),
    ...(await em.find(Visit, {})),
    ...(await em.find(Finding, {})),
    ...(await em.find(Recommendation, {})),
  ];
  viewers = await Promise.all(
    demoUsers.map(async ({ email }) => {
      const client = await signedIn(server, email);
      const actor = await loadActor(em, tokenFromCookieHeader(client.cookie as string), server.env.SESSION_SECRET);
      if (!actor) throw new Error(`no actor for ${email}`);
      return { email, client, actor, entitled: entitledCanaries(actor, world.canaries) };
    }),
  );
}, 120_000);

afterAll(async () => {
  await server?.close();
});

/** Planted records whose own text holds a canary (place name, visit objectives, finding title, recommendation title). */
function planted(): AnyShareableRecord[] {
  return records.filter((r) => {
    const text = (r as Place).name ?? (r as Visit).objectives ?? (r as Finding).title ?? '';
    return typeof text === 'string' && text.startsWith('CANARY-');
  });
}

describe('search under the canary world', () => {
  it('each demo user finds exactly the planted records they may read, and no hit or headline leaks a canary', async () => {
    const candidates = planted();
    expect(candidates.length).toBeGreaterThan(40);
    for (const viewer of viewers) {
      const { hits, raw } = await searchAll(viewer.client, 'canary', ['PLACE', 'VISIT', 'FINDING', 'RECOMMENDATION']);
      expect(leakedCanaries(raw, viewer.entitled), viewer.email).toEqual([]);
      const expected = candidates
        .filter((r) => can(viewer.actor, 'record:read', recordFacts(r)))
        .map((r) => r.id)
        .sort();
      const found = [...new Set(hits.map((h) => h.id))].sort();
      expect(found, viewer.email).toEqual(expected);
      expect(hits.length, `${viewer.email}: no duplicate across pages`).toBe(found.length);
    }
  }, 60_000);

  it("co-edited texts are searched once compacted: a narrative's canary is found only by those who may read its record", async () => {
    const narratives = world.canaries.filter((c) => c.value.includes('-narrativeText-'));
    expect(narratives.length).toBeGreaterThan(10);
    for (const viewer of viewers.slice(0, 6)) {
      for (const canary of narratives.slice(0, 8)) {
        const { hits, raw } = await searchAll(viewer.client, `"${canary.value}"`);
        expect(leakedCanaries(raw, viewer.entitled), viewer.email).toEqual([]);
        expect(hits.length > 0, `${viewer.email} ${canary.value}`).toBe(viewer.entitled.has(canary.value));
        if (hits.length) expect(raw).toContain(canary.value.split('-')[3]);
      }
    }
  }, 60_000);

  it("a recommendation's draft is searched only by its issuer's members: its addressee and partners, who read the recommendation, find nothing", async () => {
    const drafts = world.canaries.filter((c) => c.value.includes('-draftText-'));
    let readsRecordNotDraft = 0;
    for (const viewer of viewers) {
      // Drafts of recommendations this viewer reads: whether they also read the draft is the question.
      const readable = drafts.filter(
        (c) => c.guard.kind === 'coEdited' && can(viewer.actor, 'record:read', c.guard.facts),
      );
      for (const canary of readable.slice(0, 6)) {
        const { hits, raw } = await searchAll(viewer.client, `"${canary.value}"`);
        expect(leakedCanaries(raw, viewer.entitled), viewer.email).toEqual([]);
        expect(hits.length > 0, `${viewer.email} ${canary.value}`).toBe(viewer.entitled.has(canary.value));
        if (!viewer.entitled.has(canary.value)) readsRecordNotDraft++;
      }
    }
    // The scan met the case it guards: readers of a recommendation who may not read its draft.
    expect(readsRecordNotDraft).toBeGreaterThan(0);
  }, 60_000);

  it('facet counts equal what the policy lets each user read, and facet values leak no canary', async () => {
    const findings = records.filter((r): r is Finding => r instanceof Finding);
    for (const viewer of viewers) {
      const res = await viewer.client.request<{
        findingFacets: { total: number; classification: { value: string; count: number }[] };
      }>(FACETS, { filter: {} });
      expect(res.errors).toBeUndefined();
      expect(leakedCanaries(JSON.stringify(res), viewer.entitled), viewer.email).toEqual([]);
      const readable = findings.filter((f) => can(viewer.actor, 'record:read', recordFacts(f)));
      expect(res.data?.findingFacets.total, viewer.email).toBe(readable.length);
      const byClass = new Map<string, number>();
      for (const f of readable) byClass.set(f.classification, (byClass.get(f.classification) ?? 0) + 1);
      const counted = Object.fromEntries((res.data?.findingFacets.classification ?? []).map((c) => [c.value, c.count]));
      expect(counted, viewer.email).toEqual(Object.fromEntries(byClass));
    }
  }, 60_000);

  it('under combined filters, every facet value counts what the list counts with that value chosen', async () => {
    // Facets are counted in one scan with one flag per chosen value (decision 0033); the list goes
    // through the ordinary read scope. Each facet leaves out its own filter, so choosing the value
    // must give the list exactly that many findings.
    type Facets = Record<string, { value: string; count: number }[]> & { total: number };
    const LIST = `query L($filter: FindingFilter) { findings(filter: $filter, limit: 1) { totalCount totalCountCapped } }`;
    const filterOf: Record<string, (value: string) => Record<string, unknown>> = {
      monitoringArea: (v) => ({ monitoringArea: v }),
      riskFactor: (v) => ({ riskFactor: v }),
      vulnerability: (v) => ({ vulnerability: v }),
      placeType: (v) => ({ placeType: v }),
      country: (v) => ({ countryCode: v }),
      goodPractice: (v) => ({ goodPractice: v === 'true' }),
      classification: (v) => ({ classification: v }),
      visitYear: (v) => ({ visitFrom: `${v}-01-01`, visitTo: `${v}-12-31` }),
    };
    const random = seededRandom(33);
    let checked = 0;
    for (const viewer of viewers.slice(0, 5)) {
      const all = (await viewer.client.request<{ findingFacets: Facets }>(FACETS, { filter: {} })).data!.findingFacets;
      // Two facets at random, and the combinations where a place type or visit dates meet a filter on the
      // finding's own columns (the facets read places and visits only for the findings a count can include).
      const combinations = [
        [random.pick(Object.keys(filterOf)), random.pick(Object.keys(filterOf))],
        [random.pick(Object.keys(filterOf)), random.pick(Object.keys(filterOf))],
        ['monitoringArea', 'placeType'],
        ['classification', 'visitYear'],
        ['riskFactor', 'placeType', 'visitYear'],
      ];
      for (const combination of combinations) {
        // One chosen value of each facet at random from what the viewer sees.
        let filter: Record<string, unknown> = {};
        for (const facet of combination) {
          const values = all[facet] ?? [];
          if (values.length) filter = { ...filter, ...filterOf[facet]!(random.pick(values).value) };
        }
        const facets = (await viewer.client.request<{ findingFacets: Facets }>(FACETS, { filter })).data!.findingFacets;
        const count = async (f: Record<string, unknown>) =>
          (await viewer.client.request<{ findings: { totalCount: number } }>(LIST, { filter: f })).data!.findings
            .totalCount;
        expect(facets.total, `${viewer.email} ${JSON.stringify(filter)}`).toBe(await count(filter));
        for (const facet of Object.keys(filterOf)) {
          for (const { value, count: n } of facets[facet] ?? []) {
            const narrowed = { ...filter, ...filterOf[facet]!(value) };
            expect(n, `${viewer.email} ${JSON.stringify(filter)} ${facet}=${value}`).toBe(await count(narrowed));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  }, 120_000);

  it('a filter naming an unreadable visit answers exactly like one naming a random id', async () => {
    const visits = records.filter((r): r is Visit => r instanceof Visit);
    for (const viewer of viewers) {
      const hidden = visits.find((v) => !can(viewer.actor, 'record:read', recordFacts(v)));
      if (!hidden) continue;
      const unreadable = await viewer.client.request(FACETS, { filter: { visitId: hidden.id } });
      const random = await viewer.client.request(FACETS, { filter: { visitId: randomUUID() } });
      expect(unreadable.data, viewer.email).toEqual(random.data);
      const list = `query L($f: FindingFilter) { findings(filter: $f) { totalCount nodes { id } } }`;
      const a = await viewer.client.request(list, { f: { visitId: hidden.id, placeType: 'PRISON' } });
      const b = await viewer.client.request(list, { f: { visitId: randomUUID(), placeType: 'PRISON' } });
      expect(a.data, viewer.email).toEqual(b.data);
    }
  }, 60_000);
});

describe('search language and accents', () => {
  const texts = {
    es: 'Hacinamiento en las celdas de castigo sin ventilación',
    en: 'Inspections found restraints used without recording',
    fr: 'Les détenus dorment sur des matelas posés au sol',
    pt: 'Superlotação grave nas celas e falta de colchões',
  };
  beforeAll(async () => {
    const em = server.orm.em.fork() as EntityManager;
    const owner = await em.findOneOrFail(Organisation, { kind: 'NPM' }, { orderBy: { name: 'asc' } });
    const user = await em.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' });
    const place = await em.findOneOrFail(Place, { classification: 'PUBLIC' });
    const visit = await em.findOneOrFail(Visit, { classification: 'PUBLIC' });
    for (const [lang, title] of Object.entries(texts)) {
      em.create(Finding, {
        ownerOrganisation: owner,
        classification: 'PUBLIC',
        createdBy: user,
        visit,
        place,
        title,
        description: `Idioma ${lang}`,
        monitoringArea: 'MATERIAL_CONDITIONS',
        severity: 'HIGH',
      });
    }
    await em.flush();
  });

  const finds = async (q: string) => {
    const viewer = viewers.find((v) => v.email === 'diego.voces@demo.opcat') as Viewer;
    const { hits } = await searchAll(viewer.client, q, ['FINDING']);
    return hits.map((h) => h.title);
  };

  it.each([
    ['es', 'celda ventilacion', texts.es],
    ['es', 'HACINAMIENTOS', texts.es],
    ['en', 'inspection restraint', texts.en],
    ['fr', 'poser matelas', texts.fr],
    ['fr', 'DETENÚS', texts.fr],
    ['pt', 'superlotacao colchoes', texts.pt],
    ['pt', 'cela', texts.pt],
  ])('%s: "%s" finds its finding (stemming, accents ignored)', async (_lang, query, title) => {
    expect(await finds(query)).toContain(title);
  });

  it('headlines mark the matched words and only the matched words', async () => {
    const viewer = viewers.find((v) => v.email === 'diego.voces@demo.opcat') as Viewer;
    const { hits } = await searchAll(viewer.client, 'ventilacion', ['FINDING']);
    const hit = hits.find((h) => h.title === texts.es);
    expect(hit?.headline.filter((p) => p.match).map((p) => p.text)).toEqual(['ventilación']);
  });

  it('a common word is read from its newest matches: the best of the newest 200, capped, through the recency index', async () => {
    const em = server.orm.em.fork() as EntityManager;
    const owner = await em.findOneOrFail(Organisation, { kind: 'NPM' }, { orderBy: { name: 'asc' } });
    const user = await em.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' });
    const place = await em.findOneOrFail(Place, { classification: 'PUBLIC' });
    const visit = await em.findOneOrFail(Visit, { classification: 'PUBLIC' });
    const connection = em.getConnection();
    // `count` PUBLIC findings titled `<title> <n>`, n = 0…count-1, created a minute apart from `from`.
    const insertFindings = (title: string, count: number, from: Date) =>
      connection.execute(
        `insert into finding (id, owner_organisation_id, classification, created_by_id, created_at, updated_at,
                              visit_id, place_id, title, monitoring_area, severity)
         select gen_random_uuid(), ?, 'PUBLIC', ?, ?::timestamptz + n * interval '1 minute', now(), ?, ?,
                ? || ' ' || n, 'MATERIAL_CONDITIONS', 'LOW'
         from generate_series(0, ? - 1) n`,
        [owner.id, user.id, from.toISOString(), visit.id, place.id, title, count],
      );
    const viewer = viewers.find((v) => v.email === 'diego.voces@demo.opcat') as Viewer;
    // The probe's walk found the candidates, which the page then reads by id (decision 0041).
    const walksRecency = (statements: string[]) => statements.some((statement) => statement.includes("r.id = any('{"));
    // Common by the statistics (more than RARE_WORD_ROWS rows), and its newest matches are the newest
    // records: the walk of the recency index. The best match of all is older than all of them.
    const common = RARE_WORD_ROWS + 500;
    await insertFindings(
      'Zumbagoteras, zumbagoteras y más zumbagoteras en el techo',
      1,
      new Date(Date.UTC(2001, 0, 1)),
    );
    await insertFindings('Zumbagoteras en la celda', common, new Date(Date.UTC(2030, 0, 1)));
    // Common too, but its matches are all older than the RECENT_WINDOW newest readable records (the
    // findings above): from the full-text index, with the same answer.
    expect(common).toBeGreaterThan(RECENT_WINDOW);
    await insertFindings('Tragaluces en la celda', RARE_WORD_ROWS + 500, new Date(Date.UTC(2002, 0, 1)));
    // As the table's owner (the app's role may not), as autovacuum would after so many rows.
    const analyze = () => server.ownerOrm.em.getConnection().execute('analyze finding');
    await analyze();
    const rareByStatistics = async (word: string) => {
      const rare = tablesWhereAWordIsRare(['finding', 'place'], [word]);
      const [row] = await connection.execute<{ rare: boolean }[]>(
        `select 'finding' = any(${rare.sql}) as rare`,
        rare.bindings,
      );
      return row?.rare;
    };
    try {
      for (const [word, expectWalk, count] of [
        ['zumbagoteras', true, common],
        ['tragaluces', false, RARE_WORD_ROWS + 500],
      ] as const) {
        // Both common by the statistics: the window decides.
        expect(await rareByStatistics(word)).toBe(false);
        const { result, statements } = await recordStatements(() =>
          viewer.client.request<SearchData>(SEARCH, { q: word, types: ['FINDING'] }),
        );
        expect(result.data?.search).toMatchObject({ totalCount: SEARCH_CANDIDATES, totalCountCapped: true });
        expect(walksRecency(statements)).toBe(expectWalk);
        const { hits } = await searchAll(viewer.client, word, ['FINDING']);
        expect(hits).toHaveLength(SEARCH_CANDIDATES);
        expect(hits.some((h) => h.title.includes(' techo'))).toBe(false);
        // The newest 200: numbers count - 200 to count - 1.
        const numbers = hits.map((h) => Number(h.title.split(' ').pop())).sort((a, b) => a - b);
        expect(numbers[0]).toBe(count - SEARCH_CANDIDATES);
        expect(numbers.at(-1)).toBe(count - 1);
      }
      // A rare word still comes from the full-text index, every match ranked.
      const rare = await recordStatements(() =>
        viewer.client.request<SearchData>(SEARCH, { q: 'ventilacion', types: ['FINDING'] }),
      );
      expect(walksRecency(rare.statements)).toBe(false);
      expect(await rareByStatistics('ventilacion')).toBe(true);
    } finally {
      await connection.execute(`delete from finding where title ~ '^(Zumbagoteras|Tragaluces)'`);
      await analyze();
    }
  });

  it('reads the headlines of a page in one statement, however many kinds of record it holds', async () => {
    const viewer = viewers.find((v) => v.email === 'ana.mnp@demo.opcat') as Viewer;
    const { result, statements } = await recordStatements(() =>
      viewer.client.request<SearchData>(SEARCH, { q: 'centro' }),
    );
    const nodes = result.data?.search.nodes ?? [];
    expect(new Set(nodes.map((n) => n.kind)).size).toBeGreaterThan(3);
    expect(nodes.filter((n) => n.headline.some((part) => part.match)).length).toBeGreaterThan(1);
    expect(statements.filter((statement) => statement.includes('ts_headline')).length).toBe(1);
  });

  it('refuses an over-long query and a forged cursor; an empty query finds nothing', async () => {
    const client = viewers[0]?.client as GraphqlClient;
    const long = await client.request(SEARCH, { q: 'x'.repeat(201) });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await client.request(SEARCH, { q: 'celda', after: 'AAAA' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await client.request<{ search: { nodes: unknown[] } }>(SEARCH, { q: '   ' });
    expect(empty.data?.search.nodes).toEqual([]);
  });
});

describe("search by the labels of a finding's tags (decision 0049)", () => {
  const titles = {
    public: 'Registro incompleto de ingresos nocturnos',
    own: 'Turnos de guardia sin relevo durante el fin de semana',
  };
  beforeAll(async () => {
    const em = server.orm.em.fork() as EntityManager;
    const user = await em.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' });
    const { organisation: owner } = await em.findOneOrFail(Membership, { user: user.id });
    const place = await em.findOneOrFail(Place, { classification: 'PUBLIC' });
    const visit = await em.findOneOrFail(Visit, { classification: 'PUBLIC' });
    for (const [classification, title] of [
      ['PUBLIC', titles.public],
      ['ORGANISATION', titles.own],
    ] as const) {
      em.create(Finding, {
        ownerOrganisation: owner,
        classification,
        createdBy: user,
        visit,
        place,
        title,
        description: 'Sin más detalle',
        monitoringArea: 'MATERIAL_CONDITIONS',
        severity: 'HIGH',
        riskFactors: ['OVERCROWDING'],
        vulnerabilities: ['MIGRANTS'],
      });
    }
    await em.flush();
  });

  const finds = async (email: string, q: string) => {
    const viewer = viewers.find((v) => v.email === email) as Viewer;
    const { hits } = await searchAll(viewer.client, q, ['FINDING']);
    return hits.map((h) => h.title);
  };

  it.each([
    ['es', 'hacinamiento'],
    ['en', 'overcrowding'],
    ['fr', 'surpopulation'],
    ['pt', 'superlotacao'],
    ['es', 'personas migrantes'],
  ])('%s: "%s" finds a finding tagged with it, whose text does not say it', async (_lang, q) => {
    expect(await finds('diego.voces@demo.opcat', q)).toContain(titles.public);
  });

  it('finds by label only what the reader may read', async () => {
    expect(await finds('ana.mnp@demo.opcat', 'hacinamiento')).toEqual(
      expect.arrayContaining([titles.public, titles.own]),
    );
    expect(await finds('diego.voces@demo.opcat', 'hacinamiento')).not.toContain(titles.own);
  });

  it('a changed label re-indexes the findings tagged with it at the next sync, and only then', async () => {
    const owner = server.ownerOrm.em.fork() as EntityManager;
    const run = (sql: string) => owner.getConnection().execute(sql);
    // As if the catalogue had said "Extranjeros" for MIGRANTS until this release (a vulnerability: its code is
    // not in the vector, and no group of equivalent terms holds it).
    await run(
      `update search_vocabulary set words = 'es:Extranjeros', vector = to_tsvector('public.opcat_es', 'Extranjeros')
        where vocabulary = 'Vulnerability' and value = 'MIGRANTS'`,
    );
    await run(`update finding set search_vector = null where 'MIGRANTS' = any(vulnerabilities)`);
    expect(await finds('diego.voces@demo.opcat', 'extranjeros')).toContain(titles.public);
    expect(await finds('diego.voces@demo.opcat', 'migrantes')).not.toContain(titles.public);
    const tagged = await owner
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from finding where 'MIGRANTS' = any(vulnerabilities)`);
    expect(await syncSearchVocabulary(server.ownerOrm)).toBe(Number(tagged[0]?.n));
    expect(await finds('diego.voces@demo.opcat', 'migrantes')).toContain(titles.public);
    expect(await finds('diego.voces@demo.opcat', 'extranjeros')).not.toContain(titles.public);
    // Nothing changed since: nothing re-indexed.
    expect(await syncSearchVocabulary(server.ownerOrm)).toBe(0);
  });

  it('the app cannot change the labels (only the schema owner does, at start)', async () => {
    const app = server.orm.em.fork() as EntityManager;
    await expect(
      app.getConnection().execute(`update search_vocabulary set words = 'x' where value = 'OVERCROWDING'`),
    ).rejects.toThrow(/permission denied/);
  });
});

/** Recommendations by Ana's NPM to the first State authority, PUBLIC unless said otherwise. */
async function addRecommendations(
  entries: { reference: string; title: string; classification?: 'PUBLIC' | 'ORGANISATION' }[],
): Promise<void> {
  const em = server.orm.em.fork() as EntityManager;
  const user = await em.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' });
  const { organisation: owner } = await em.findOneOrFail(Membership, { user: user.id });
  const addressee = await em.findOneOrFail(Organisation, { kind: 'STATE_AUTHORITY' }, { orderBy: { name: 'asc' } });
  for (const { reference, title, classification = 'PUBLIC' } of entries) {
    em.create(Recommendation, {
      ownerOrganisation: owner,
      classification,
      createdBy: user,
      reference,
      title,
      text: '',
      source: 'NPM_VISIT_REPORT',
      addressee,
      level: 'PLACE',
      priority: 'HIGH',
      issuedOn: '2026-05-01',
      responseDueOn: '2026-07-01',
    });
  }
  await em.flush();
}

describe('equivalent terms (decision 0050)', () => {
  const titles = {
    literal: 'Hacinamiento severo en el pabellón de ingreso',
    equivalent: 'Sobrepoblación del módulo de mujeres del penal de Las Palmas',
    english: 'Strip search of visitors at the main gate',
  };
  beforeAll(() =>
    addRecommendations(
      Object.values(titles).map((title, i) => ({ reference: `EQ-${i}-${randomUUID().slice(0, 8)}`, title })),
    ),
  );

  // A recommendation hit's title is its reference and its title.
  const search = async (q: string) => {
    const viewer = viewers.find((v) => v.email === 'diego.voces@demo.opcat') as Viewer;
    const { hits } = await searchAll(viewer.client, q, ['RECOMMENDATION']);
    return hits.map((h) => Object.values(titles).find((title) => h.title.endsWith(title)) ?? h.title);
  };

  it.each([
    ['hacinamiento', titles.equivalent],
    ['sobrecupo', titles.equivalent],
    ['overcrowding', titles.equivalent],
    ['superlotação', titles.literal],
    ['revista íntima', titles.english],
    ['requisas', titles.english],
  ])('"%s" finds a text that says it another way: %s', async (q, title) => {
    expect(await search(q)).toContain(title);
  });

  it('a text that says the words searched ranks above one that says an equivalent', async () => {
    const titlesInOrder = await search('hacinamiento');
    expect(titlesInOrder.indexOf(titles.literal)).toBeGreaterThanOrEqual(0);
    expect(titlesInOrder.indexOf(titles.literal)).toBeLessThan(titlesInOrder.indexOf(titles.equivalent));
  });

  it('a changed group re-indexes the records that hold its old or new terms at the next sync, and only then', async () => {
    const owner = server.ownerOrm.em.fork() as EntityManager;
    const run = (sql: string) => owner.getConnection().execute(sql);
    // As if the group had not held "sobrecupo" until this release (the vectors as that release made them).
    await run(`update search_thesaurus set terms = array_remove(terms, 'es:sobrecupo') where name = 'overcrowding'`);
    await run(`update search_thesaurus set
      query = (select string_agg(phraseto_tsquery(('public.opcat_' || split_part(term, ':', 1))::regconfig,
                 split_part(term, ':', 2))::text, ' | ')::tsquery from unnest(terms) term),
      vector = (select setweight(string_agg(to_tsvector(('public.opcat_' || split_part(term, ':', 1))::regconfig,
                 split_part(term, ':', 2))::text, ' ')::tsvector, 'D') from unnest(terms) term)
      where name = 'overcrowding'`);
    await run(
      `update recommendation set search_vector = null where title like 'Sobrepoblación%' or title like 'Hacinamiento%'`,
    );
    expect(await search('sobrecupo')).not.toContain(titles.equivalent);
    expect(await syncSearchVocabulary(server.ownerOrm)).toBeGreaterThanOrEqual(2);
    expect(await search('sobrecupo')).toEqual(expect.arrayContaining([titles.equivalent, titles.literal]));
    expect(await syncSearchVocabulary(server.ownerOrm)).toBe(0);
  });
});

describe('references and words with digits', () => {
  // A reference as NPMs write them, and one whose last part PostgreSQL's parser would read as a number alone.
  const references = { public: `MNP-XW-2031-047`, hex: `LIST-recent-1e4d77`, confidential: `MNP-XW-2031-048` };
  beforeAll(() =>
    addRecommendations(
      Object.entries(references).map(([key, reference]) => ({
        reference,
        title: 'Registro de ingresos',
        classification: key === 'confidential' ? 'ORGANISATION' : 'PUBLIC',
      })),
    ),
  );

  const found = async (email: string, q: string) => {
    const viewer = viewers.find((v) => v.email === email) as Viewer;
    const { hits } = await searchAll(viewer.client, q, ['RECOMMENDATION']);
    return hits.map((h) => Object.values(references).find((r) => h.title.startsWith(r)) ?? h.title);
  };

  it.each([
    ['047', references.public],
    ['2031-047', references.public],
    ['XW-2031-047', references.public],
    ['xw-2031', references.public],
    ['MNP-XW-2031-047', references.public],
    ['(MNP-XW-2031-047)', references.public],
    ['"MNP-XW-2031-047"', references.public],
    ['1e4d77', references.hex],
    ['1E4D77 registro', references.hex],
  ])('"%s" finds %s', async (q, reference) => {
    expect(await found('diego.voces@demo.opcat', q)).toContain(reference);
  });

  it('finds a reference only for those who may read its record, and keeps the websearch operators', async () => {
    expect(await found('ana.mnp@demo.opcat', '048')).toContain(references.confidential);
    expect(await found('diego.voces@demo.opcat', '048')).not.toContain(references.confidential);
    expect(await found('diego.voces@demo.opcat', 'xw-2031')).not.toContain(references.confidential);
    expect(await found('diego.voces@demo.opcat', '047 -registro')).not.toContain(references.public);
    expect(await found('diego.voces@demo.opcat', '"047 2031"')).not.toContain(references.public);
  });
});

describe('the cycle is navigable under the canary world', () => {
  it('a visit lists the readable recommendations issued from its readable findings, for each demo user', async () => {
    const em = server.orm.em.fork() as EntityManager;
    const links = await em
      .getConnection()
      .execute<{ recommendation_id: string; finding_id: string }[]>('select * from recommendation_finding');
    const byId = new Map(records.map((r) => [r.id, r]));
    const query = `query V { visits(limit: 40) { nodes { id recommendations { totalCount nodes { id title } } } } }`;
    for (const viewer of viewers) {
      const res = await viewer.client.request<{
        visits: { nodes: { id: string; recommendations: { totalCount: number; nodes: { id: string }[] } }[] };
      }>(query);
      expect(res.errors).toBeUndefined();
      expect(leakedCanaries(JSON.stringify(res), viewer.entitled), viewer.email).toEqual([]);
      const reads = (id: string) => {
        const record = byId.get(id);
        return record != null && can(viewer.actor, 'record:read', recordFacts(record));
      };
      for (const visit of res.data?.visits.nodes ?? []) {
        const expected = [
          ...new Set(
            links
              .filter((l) => (byId.get(l.finding_id) as Finding | undefined)?.visit.id === visit.id)
              .filter((l) => reads(l.finding_id) && reads(l.recommendation_id))
              .map((l) => l.recommendation_id),
          ),
        ].sort();
        expect(visit.recommendations.nodes.map((r) => r.id).sort(), `${viewer.email} visit ${visit.id}`).toEqual(
          expected,
        );
        // One row per recommendation however many of the visit's findings it names; counted the same way.
        expect(visit.recommendations.totalCount).toBe(expected.length);
      }
    }
  }, 60_000);

  it('a follow-up links its visit record only for those who may read that visit; an unreadable one cannot be linked', async () => {
    const em = server.orm.em.fork() as EntityManager;
    const visits = records.filter((r): r is Visit => r instanceof Visit);
    const followUps = await em.find(FollowUpActivity, {});
    followUps.forEach((f, i) => (f.visit = em.getReference(Visit, (visits[i % visits.length] as Visit).id)));
    await em.flush();
    const linked = new Map(followUps.map((f) => [f.id, f.visit?.id as string]));
    const query = `query R { recommendations(limit: 200) { nodes { id followUps { id visit { id objectives } } } } }`;
    for (const viewer of viewers) {
      const res = await viewer.client.request<{
        recommendations: { nodes: { followUps: { id: string; visit: { id: string } | null }[] }[] };
      }>(query);
      expect(res.errors).toBeUndefined();
      expect(leakedCanaries(JSON.stringify(res), viewer.entitled), viewer.email).toEqual([]);
      for (const followUp of (res.data?.recommendations.nodes ?? []).flatMap((r) => r.followUps)) {
        const visit = visits.find((v) => v.id === linked.get(followUp.id));
        if (!visit) continue;
        const readable = can(viewer.actor, 'record:read', recordFacts(visit));
        expect(followUp.visit?.id ?? null, viewer.email).toBe(readable ? visit.id : null);
      }
    }
    // Linking: the monitor that may follow a recommendation up cannot name a visit it may not read.
    const ana = viewers.find((v) => v.email === 'ana.mnp@demo.opcat') as Viewer;
    const recommendation = records.find(
      (r): r is Recommendation =>
        r instanceof Recommendation && r.ownerOrganisation.id === ana.actor.memberships[0]?.organisationId,
    );
    const hidden = visits.find((v) => !can(ana.actor, 'record:read', recordFacts(v)));
    if (!recommendation || !hidden) throw new Error('canary world: nothing to link');
    const record = `mutation F($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { recommendation { id } userErrors { code } } }`;
    const input = { recommendationId: recommendation.id, kind: 'FOLLOW_UP_VISIT', happenedOn: '2026-07-02' };
    const unreadable = await ana.client.request(record, { input: { ...input, visitId: hidden.id } });
    const random = await ana.client.request(record, { input: { ...input, visitId: randomUUID() } });
    expect(unreadable.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unreadable.errors?.[0]?.message).toBe(random.errors?.[0]?.message);
    const readable = visits.find((v) => can(ana.actor, 'record:read', recordFacts(v))) as Visit;
    const ok = await ana.client.request<{ recordFollowUp: { userErrors: unknown[] } }>(record, {
      input: { ...input, visitId: readable.id },
    });
    expect(ok.data?.recordFollowUp.userErrors).toEqual([]);
  }, 60_000);
});
