import { recordStatements } from '../../test/statements.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import { demoIds } from '../../test/recommendation-fixtures.ts';
import { RARE_WORD_ROWS } from '../search.ts';
import { COUNT_CAP } from './keyset-page.ts';
import { scopeSql } from './read-filter.ts';

const PLACES = /* GraphQL */ `
  query Places($filter: PlaceFilter, $limit: Int, $after: String) {
    places(filter: $filter, limit: $limit, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
      }
    }
  }
`;

interface PlacesData {
  places: {
    totalCount: number;
    totalCountCapped: boolean;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: { id: string }[];
  };
}

let server: TestServer;
let ana: GraphqlClient; // NPM
let diego: GraphqlClient; // CSO

/** `count` places named `<prefix> n`, owned by the NPM, with this classification (one INSERT). */
async function insertPlaces(prefix: string, count: number, classification: string) {
  const demo = await demoIds(server);
  await server.orm.em.getConnection().execute(
    `insert into place (id, owner_organisation_id, classification, shared_with, created_by_id, created_at, updated_at,
                        name, type, responsible_authority_id)
     select gen_random_uuid(), ?, ?, '{}', ?, now(), now(), ? || ' ' || lpad(n::text, 5, '0'), 'PRISON', ?
     from generate_series(1, ?) n`,
    [
      demo.organisation('npm'),
      classification,
      demo.user('ana.mnp@demo.opcat'),
      prefix,
      demo.organisation('ministry'),
      count,
    ],
  );
}

beforeAll(async () => {
  server = await startTestServer();
  [ana, diego] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
  ]);
  await insertPlaces('Capmany', COUNT_CAP + 5, 'PUBLIC');
  await insertPlaces('Capfew', 3, 'PUBLIC');
  await insertPlaces('Capfew', 2, 'ORGANISATION');
});
afterAll(async () => {
  await server?.close();
});

describe('keyset pages and capped counts', () => {
  it('counts exactly below the cap and never counts an unreadable row', async () => {
    const npm = await ana.request<PlacesData>(PLACES, { filter: { search: 'Capfew' } });
    const cso = await diego.request<PlacesData>(PLACES, { filter: { search: 'Capfew' } });
    expect(npm.data?.places).toMatchObject({ totalCount: 5, totalCountCapped: false });
    expect(cso.data?.places).toMatchObject({ totalCount: 3, totalCountCapped: false });
    expect(cso.data?.places.nodes).toHaveLength(3);
  });

  it('caps the count above 1,000 the same way for an NPM and a CSO, and pages through every row once', async () => {
    for (const client of [ana, diego]) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const res: { data?: PlacesData | null } = await client.request<PlacesData>(PLACES, {
          filter: { search: 'Capmany' },
          limit: 200,
          after,
        });
        const page = res.data?.places;
        expect(page).toMatchObject({ totalCount: COUNT_CAP, totalCountCapped: true });
        seen.push(...(page?.nodes.map((n) => n.id) ?? []));
        pages += 1;
        if (!page?.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(pages).toBe(6);
      expect(seen).toHaveLength(COUNT_CAP + 5);
      expect(new Set(seen).size).toBe(COUNT_CAP + 5);
    }
  });

  it('a rare text filter reads its readable matches by id, a common one walks the sort index (decision 0041)', async () => {
    const page = (statements: string[]) => statements.find((s) => /from "place"/.test(s) && /order by/i.test(s)) ?? '';
    const rare = await recordStatements(() => diego.request(PLACES, { filter: { search: 'Capfew' } }));
    const common = await recordStatements(() => diego.request(PLACES, { filter: { search: 'Capmany' } }));
    expect(page(rare.statements)).toMatch(/"id" in \(/);
    expect(page(rare.statements)).not.toContain('search_vector');
    expect(page(common.statements)).toContain('search_vector @@');
  });

  it('a cursor made from the values of a row the viewer cannot read answers like any position', async () => {
    // The NPM-only rows sort between "Capfew 00001..3" (PUBLIC) rows: the CSO's page after such a position is
    // simply the readable rows after it.
    const npm = await ana.request<PlacesData>(PLACES, { filter: { search: 'Capfew' }, limit: 1 });
    const cursor = npm.data?.places.pageInfo.endCursor;
    const cso = await diego.request<PlacesData>(PLACES, { filter: { search: 'Capfew' }, after: cursor });
    expect(cso.errors).toBeUndefined();
    expect(cso.data?.places.totalCount).toBe(3);
  });
  it('reads the matches from the full-text index when a word is rare, as the planner chooses when all are common', async () => {
    // By the statistics, "Capmuch" matches more than RARE_WORD_ROWS places, "Capmany" and "00777" fewer.
    await insertPlaces('Capmuch', RARE_WORD_ROWS + 500, 'PUBLIC');
    await server.ownerOrm.em.getConnection().execute('analyze place');
    const probe = async (search: string) => {
      const { result, statements } = await recordStatements(() =>
        ana.request<PlacesData>(PLACES, { filter: { search } }),
      );
      const statement = statements.find((s) => s.includes('with rare as'));
      expect(statement, search).toBeDefined();
      const plan = (await server.orm.em.getConnection().execute(`explain (analyze, costs off) ${statement}`)) as {
        'QUERY PLAN': string;
      }[];
      const text = plan.map((row) => row['QUERY PLAN']).join('\n');
      const index = /CTE Scan on by_index m \(never executed\)/.test(text) ? 'planner' : 'index';
      return { index, totalCount: result.data?.places.totalCount };
    };
    expect(await probe('Capmuch 00777')).toEqual({ index: 'index', totalCount: 1 });
    expect(await probe('Capmuch')).toEqual({ index: 'planner', totalCount: COUNT_CAP });
    expect(await probe('Capmany')).toEqual({ index: 'index', totalCount: COUNT_CAP });
    expect(await probe('Capfew')).toEqual({ index: 'index', totalCount: 5 });
  });

  it("runs on connections without JIT compilation (the probe's unexecuted branch made PostgreSQL compile it)", async () => {
    const [row] = (await server.orm.em.getConnection().execute('show jit')) as { jit: string }[];
    expect(row?.jit).toBe('off');
  });

  it('plans for a working set in memory: a random page read costs 1.1 sequential ones (decision 0044)', async () => {
    const [row] = (await server.orm.em.getConnection().execute('show random_page_cost')) as {
      random_page_cost: string;
    }[];
    expect(row?.random_page_cost).toBe('1.1');
  });

  it('knows how the read scope depends on the classification (multivariate statistics, decision 0044)', async () => {
    const rows = (await server.orm.em
      .getConnection()
      .execute(
        `select stxrelid::regclass::text as tbl, count(*)::int as n from pg_statistic_ext where stxname like '%_classification_%_stats' group by 1 order by 1`,
      )) as { tbl: string; n: number }[];
    expect(rows).toEqual([
      { tbl: 'finding', n: 3 },
      { tbl: 'place', n: 3 },
      { tbl: 'recommendation', n: 4 },
      { tbl: 'visit', n: 3 },
    ]);
  });

  it("carries every column of the findings' read scope in the faceted index, so its capped count reads no row (decision 0047)", async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const everyBranch = scopeSql(
      {
        ownerOrganisationIds: [id],
        sharedWithOrganisationIds: [id],
        workingGroupIds: [id],
        sptAll: true,
        sptCountryCodes: ['XV'],
        sptSharedNpms: [{ countryCode: 'XV', organisationId: id }],
        addresseeOrganisationIds: [],
      },
      { hasAddressee: false },
    );
    const scopeColumns = new Set([...everyBranch.matchAll(/\."([a-z_]+)"/g)].map((m) => m[1] ?? ''));
    const [index] = (await server.orm.em
      .getConnection()
      .execute(
        `select array_agg(a.attname::text) as columns from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey) where i.indexrelid = 'finding_area_severity_created_at_index'::regclass`,
      )) as { columns: string[] }[];
    expect(scopeColumns.size).toBe(5);
    expect([...scopeColumns].filter((column) => !index?.columns.includes(column))).toEqual([]);
  });
});
