import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import {
  demoIds,
  GET,
  insertFinding,
  insertPlace,
  ISSUE,
  issueInput,
  LIST,
  RESPOND,
} from '../../test/recommendation-fixtures.ts';
import type { ListData, PayloadData } from '../../test/recommendation-fixtures.ts';
import { addDays, todayUtc } from './dates.ts';

let server: TestServer;
let ana: GraphqlClient;
let diego: GraphqlClient;
let fernando: GraphqlClient;
let ministryId: string;
let policeId: string;
/** Every recommendation of this file carries this theme, so demo data never leaks into the counts. */
const theme = `Tema ${randomUUID().slice(0, 8)}`;
const refs: Record<string, string> = {};
const ids: Record<string, string> = {};
let prisonId: string;
let policeStationId: string;
let findingId: string;

beforeAll(async () => {
  server = await startTestServer();
  [ana, diego, fernando] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
    signedIn(server, 'fernando.minjus@demo.opcat'),
  ]);
  const demo = await demoIds(server);
  ministryId = demo.organisation('ministry');
  policeId = demo.organisation('police');
  const npmOwned = {
    ownerOrganisationId: demo.organisation('npm'),
    createdById: demo.user('ana.mnp@demo.opcat'),
    classification: 'PUBLIC' as const,
  };
  prisonId = await insertPlace(server, {
    ...npmOwned,
    name: 'Penal de Santa Rita',
    type: 'PRISON',
    responsibleAuthorityId: ministryId,
  });
  const secondPrisonId = await insertPlace(server, {
    ...npmOwned,
    name: 'Penal del Norte',
    type: 'PRISON',
    responsibleAuthorityId: ministryId,
  });
  policeStationId = await insertPlace(server, {
    ...npmOwned,
    name: 'Comisaría Central',
    type: 'POLICE_CUSTODY',
    responsibleAuthorityId: policeId,
  });
  findingId = await insertFinding(server, { ...npmOwned, placeId: prisonId, title: 'Celdas sin ventilación' });

  const wg = { classification: 'WORKING_GROUP', workingGroupId: demo.workingGroup('NATIONAL_WORKING_GROUP') };
  const longAgo = '2025-01-15';
  const specs: Record<string, Record<string, unknown>> = {
    // Overdue: issued long ago, never answered.
    overdueGroup: { ...wg, issuedOn: longAgo, priority: 'LOW', placeIds: [prisonId], findingIds: [findingId] },
    // Issued long ago but answered: not overdue.
    answered: {
      ...wg,
      issuedOn: longAgo,
      priority: 'URGENT',
      title: 'Reducir la ocupación al 50% en 2027',
      placeIds: [policeStationId],
    },
    // Issued today: not yet due.
    recent: {
      ...wg,
      issuedOn: todayUtc(),
      priority: 'HIGH',
      addresseeId: policeId,
      placeIds: [prisonId, secondPrisonId],
    },
    // Overdue, but only the NPM reads it.
    overdueInternal: { issuedOn: longAgo, priority: 'MEDIUM', title: 'Plan interno de seguimiento' },
  };
  for (const [key, spec] of Object.entries(specs)) {
    const addressee = (spec.addresseeId as string | undefined) ?? ministryId;
    const res = await ana.request<{ issueRecommendation: PayloadData }>(ISSUE, {
      // A random hex suffix; the recent one's is a word PostgreSQL's parser reads, alone, as a number in
      // scientific notation ("1e4…" is `1e4` and a word), though the record's vector holds it whole.
      input: issueInput(addressee, {
        ...spec,
        theme,
        reference: `LIST-${key}-${key === 'recent' ? `1e4${randomUUID().slice(0, 4)}` : randomUUID().slice(0, 6)}`,
      }),
    });
    const r = res.data?.issueRecommendation.recommendation;
    if (!r) throw new Error(`could not issue ${key}: ${JSON.stringify(res)}`);
    refs[key] = r.reference;
    ids[key] = r.id;
  }
  const answered = await fernando.request<{ recordAuthorityResponse: PayloadData }>(RESPOND, {
    input: { recommendationId: ids.answered, respondedOn: '2025-02-01', text: 'Aceptada', acceptance: 'ACCEPTED' },
  });
  if (answered.data?.recordAuthorityResponse.userErrors.length !== 0) throw new Error(JSON.stringify(answered));
});
afterAll(async () => {
  await server?.close();
});

async function list(client: GraphqlClient, filter: Record<string, unknown> = {}, sort?: string) {
  const res = await client.request<ListData>(LIST, { filter: { theme, ...filter }, ...(sort ? { sort } : {}) });
  expect(res.errors).toBeUndefined();
  const connection = res.data?.recommendations as ListData['recommendations'];
  return { ...connection, keys: connection.nodes.map((n) => keyOf(n.id)).sort() };
}

const keyOf = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;

describe('recommendations list', () => {
  it('the overdue filter, its count and responseOverdue agree', async () => {
    const overdue = await list(ana, { overdue: true });
    expect(overdue.keys).toEqual(['overdueGroup', 'overdueInternal']);
    expect(overdue.totalCount).toBe(2);
    expect(overdue.nodes.every((n) => n.responseOverdue)).toBe(true);

    const notOverdue = await list(ana, { overdue: false });
    expect(notOverdue.keys).toEqual(['answered', 'recent']);
    expect(notOverdue.totalCount).toBe(2);
    expect(notOverdue.nodes.some((n) => n.responseOverdue)).toBe(false);

    const all = await list(ana);
    expect(all.totalCount).toBe(4);
    expect(all.nodes.filter((n) => n.responseOverdue).length).toBe(overdue.totalCount);
  });

  it('the due date counts: a recommendation due today is not overdue yet', async () => {
    const res = await ana.request<{ recommendation: { responseDueOn: string; responseOverdue: boolean } }>(GET, {
      id: ids.recent,
    });
    expect(res.data?.recommendation.responseDueOn).toBe(addDays(todayUtc(), 60));
    expect(res.data?.recommendation.responseOverdue).toBe(false);
  });

  it('a CSO user does not see ORGANISATION-classified recommendations in the list, the count or by id', async () => {
    const seen = await list(diego);
    expect(seen.keys).toEqual(['answered', 'overdueGroup', 'recent']);
    expect(seen.totalCount).toBe(3);
    const overdue = await list(diego, { overdue: true });
    expect(overdue.keys).toEqual(['overdueGroup']);
    expect(overdue.totalCount).toBe(1);
    const searched = await list(diego, { search: refs.overdueInternal });
    expect(searched.totalCount).toBe(0);
    const byId = await diego.request(GET, { id: ids.overdueInternal });
    expect(errorCodes(byId)).toEqual(['NOT_FOUND']);
  });

  it('filters by place types, place, finding, addressee, acceptance and priority', async () => {
    expect((await list(ana, { placeTypes: ['PRISON'] })).keys).toEqual(['overdueGroup', 'recent']);
    // Linked to two prisons, still counted once.
    expect((await list(ana, { placeTypes: ['PRISON', 'POLICE_CUSTODY'] })).totalCount).toBe(3);
    expect((await list(ana, { placeTypes: ['POLICE_CUSTODY'] })).keys).toEqual(['answered']);
    expect((await list(ana, { placeId: prisonId })).keys).toEqual(['overdueGroup', 'recent']);
    expect((await list(ana, { findingId })).keys).toEqual(['overdueGroup']);
    expect((await list(ana, { addresseeId: policeId })).keys).toEqual(['recent']);
    expect((await list(ana, { addresseeId: ministryId })).totalCount).toBe(3);
    expect((await list(ana, { acceptance: ['ACCEPTED'] })).keys).toEqual(['answered']);
    expect((await list(ana, { acceptance: ['PENDING'] })).totalCount).toBe(3);
    expect((await list(ana, { priority: 'URGENT' })).keys).toEqual(['answered']);
    expect((await list(ana, { placeId: randomUUID() })).totalCount).toBe(0);
    expect((await list(ana, { addresseeId: 'not-an-id' })).totalCount).toBe(0);
  });

  it('filters by theme exactly, whatever the case', async () => {
    expect((await list(ana, { theme: theme.toUpperCase() })).totalCount).toBe(4);
    expect((await list(ana, { theme: theme.slice(0, -1) })).totalCount).toBe(0);
  });

  it('searches the words of reference, title, text and theme (the last word as a prefix, accents ignored)', async () => {
    expect((await list(ana, { search: '50%' })).keys).toEqual(['answered']);
    expect((await list(ana, { search: 'ocupación al 50% en' })).keys).toEqual(['answered']);
    expect((await list(ana, { search: 'OCUPACION' })).keys).toEqual(['answered']);
    expect((await list(ana, { search: 'reducir la ocupa' })).keys).toEqual(['answered']);
    // Punctuation alone is no word; the middle of a word is not a word prefix.
    expect((await list(ana, { search: '%' })).totalCount).toBe(0);
    expect((await list(ana, { search: '_' })).totalCount).toBe(0);
    expect((await list(ana, { search: 'cupación' })).totalCount).toBe(0);
    expect((await list(ana, { search: refs.recent?.toLowerCase() })).keys).toEqual(['recent']);
    // A reference's last part alone, whole, as a prefix, upper case, after another word.
    const last = refs.recent?.split('-').at(-1) as string;
    for (const search of [last, last.slice(0, 5), last.toUpperCase(), `recent ${last}`]) {
      expect((await list(ana, { search })).keys, search).toEqual(['recent']);
    }
    expect((await list(ana, { search: 'EXAMEN MÉDICO de toda' })).totalCount).toBe(4);
  });

  it('sorts by priority with URGENT first, by due date and by issue date', async () => {
    const byPriority = await list(ana, {}, 'PRIORITY_DESC');
    expect(byPriority.nodes.map((n) => n.priority)).toEqual(['URGENT', 'HIGH', 'MEDIUM', 'LOW']);
    const byDue = await list(ana, {}, 'DUE_ASC');
    expect(byDue.nodes.at(-1)?.id).toBe(ids.recent);
    const byIssued = await list(ana, {}, 'ISSUED_DESC');
    expect(byIssued.nodes[0]?.id).toBe(ids.recent);
    const byReference = await list(ana, {}, 'REFERENCE');
    expect(byReference.nodes.map((n) => n.reference)).toEqual(byReference.nodes.map((n) => n.reference).sort());
  });

  it('pages by cursor without overlap, in the sort order, and keeps the total', async () => {
    for (const sort of ['PRIORITY_DESC', 'ISSUED_DESC', 'DUE_ASC', 'REFERENCE']) {
      const whole = await ana.request<ListData>(LIST, { filter: { theme }, sort, limit: 200 });
      const first = await ana.request<ListData>(LIST, { filter: { theme }, sort, limit: 3 });
      const after = first.data?.recommendations.pageInfo.endCursor;
      const second = await ana.request<ListData>(LIST, { filter: { theme }, sort, limit: 3, after });
      expect(first.data?.recommendations).toMatchObject({ totalCount: 4, totalCountCapped: false });
      expect(first.data?.recommendations.pageInfo.hasNextPage).toBe(true);
      expect(second.data?.recommendations.totalCount).toBe(4);
      expect(second.data?.recommendations.pageInfo.hasNextPage).toBe(false);
      const seen = [...(first.data?.recommendations.nodes ?? []), ...(second.data?.recommendations.nodes ?? [])];
      expect(seen.map((n) => n.id)).toEqual(whole.data?.recommendations.nodes.map((n) => n.id));
    }
  });

  it('refuses a forged cursor, a cursor of another sort and a limit above 200 with BAD_USER_INPUT', async () => {
    const first = await ana.request<ListData>(LIST, { filter: { theme }, sort: 'PRIORITY_DESC', limit: 1 });
    const cursor = first.data?.recommendations.pageInfo.endCursor;
    const forged = Buffer.from(JSON.stringify(['PRIORITY_DESC', 'NOPE', '2026-01-01', 'x', 'y'])).toString('base64url');
    for (const vars of [
      { sort: 'ISSUED_DESC', after: cursor },
      { sort: 'PRIORITY_DESC', after: forged },
      { sort: 'PRIORITY_DESC', after: 'not a cursor!' },
      { sort: 'PRIORITY_DESC', limit: 201 },
      { sort: 'PRIORITY_DESC', limit: 0 },
    ]) {
      const res = await ana.request<ListData>(LIST, { filter: { theme }, ...vars });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
