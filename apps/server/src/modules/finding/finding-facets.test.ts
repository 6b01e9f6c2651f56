import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONITORING_AREAS } from '@opcat/domain';
import { plantManyFindings } from '../../test/many-findings.ts';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, GraphqlResponse, TestServer } from '../../test/server.ts';
import { FACET_SAMPLE } from './finding-facets.ts';

/**
 * The findings library's facets count at most the newest FACET_SAMPLE matching findings (decision
 * 0046). With more readable findings than that, the counts must be exactly those of the newest
 * FACET_SAMPLE findings of the list (same order, same read scope), and say that they are a sample;
 * with fewer, they stay exact.
 */

const FACETS = `query F($filter: FindingFilter) {
  findingFacets(filter: $filter) {
    total sampled sampleSize
    monitoringArea { value count } classification { value count }
  }
}`;
const LIST = `query L($filter: FindingFilter, $after: String) {
  findings(filter: $filter, limit: 200, after: $after) {
    totalCount
    nodes { id classification monitoringArea }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface Facets {
  total: number;
  sampled: boolean;
  sampleSize: number;
  monitoringArea: { value: string; count: number }[];
  classification: { value: string; count: number }[];
}
interface Node {
  id: string;
  classification: string;
  monitoringArea: string;
}
interface ListData {
  findings: { nodes: Node[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
}

let server: TestServer;
let diego: GraphqlClient;
/** A demo place none of the planted findings is at. */
let otherPlaceId: string;

async function facets(filter: Record<string, unknown>): Promise<Facets> {
  const res = await diego.request<{ findingFacets: Facets }>(FACETS, { filter });
  expect(res.errors).toBeUndefined();
  return res.data!.findingFacets;
}

/** The newest `n` readable findings matching `filter`, as the list gives them. */
async function newest(filter: Record<string, unknown>, n: number): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  while (nodes.length < n) {
    const res: GraphqlResponse<ListData> = await diego.request<ListData>(LIST, { filter, after });
    expect(res.errors).toBeUndefined();
    nodes.push(...res.data!.findings.nodes);
    if (!res.data!.findings.pageInfo.hasNextPage) break;
    after = res.data!.findings.pageInfo.endCursor;
  }
  return nodes.slice(0, n);
}

const tally = (values: string[]) => {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
};
const asRecord = (counts: { value: string; count: number }[]) =>
  Object.fromEntries(counts.map((c) => [c.value, c.count]));

beforeAll(async () => {
  server = await startTestServer();
  diego = await signedIn(server, 'diego.voces@demo.opcat');
  const { placeId } = await plantManyFindings(server, Math.round(FACET_SAMPLE * 1.4));
  const [other] = await server.orm.em
    .getConnection()
    .execute<{ id: string }[]>(
      `select id from place where id <> ? and classification = 'PUBLIC' order by name limit 1`,
      [placeId],
    );
  otherPlaceId = other!.id;
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('findings library facets over many findings (decision 0046)', () => {
  it('count exactly the newest FACET_SAMPLE matching findings, and say they are a sample', async () => {
    const all = await facets({});
    expect(all.sampled).toBe(true);
    expect(all.sampleSize).toBe(FACET_SAMPLE);
    const sample = await newest({}, FACET_SAMPLE);
    expect(sample).toHaveLength(FACET_SAMPLE);
    expect(all.total).toBe(FACET_SAMPLE);
    expect(asRecord(all.classification)).toEqual(tally(sample.map((n) => n.classification)));
    expect(asRecord(all.monitoringArea)).toEqual(tally(sample.map((n) => n.monitoringArea)));
  }, 120_000);

  it('under a chosen facet value: the same sample, each facet under the other filters', async () => {
    const area = MONITORING_AREAS[1];
    const chosen = await facets({ monitoringArea: area });
    // A facet filter does not change which findings are sampled: the newest of the other filters' matches.
    const sample = await newest({}, FACET_SAMPLE);
    const inArea = sample.filter((n) => n.monitoringArea === area);
    expect(chosen.sampled).toBe(true);
    expect(chosen.total).toBe(inArea.length);
    expect(asRecord(chosen.classification)).toEqual(tally(inArea.map((n) => n.classification)));
    expect(asRecord(chosen.monitoringArea)).toEqual(tally(sample.map((n) => n.monitoringArea)));
  }, 120_000);

  it('stay exact, and not a sample, when fewer findings match', async () => {
    const filter = { placeId: otherPlaceId };
    const few = await facets(filter);
    const list = await newest(filter, FACET_SAMPLE + 1);
    expect(list.length).toBeLessThan(FACET_SAMPLE);
    expect(few.sampled).toBe(false);
    expect(few.total).toBe(list.length);
    expect(asRecord(few.classification)).toEqual(tally(list.map((n) => n.classification)));
  }, 120_000);
});
