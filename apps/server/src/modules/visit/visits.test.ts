import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visit, VisitTeamMember } from '../../db/entities/monitoring.ts';
import { errorCodes, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import {
  createPlace,
  demoRefs,
  NATIONAL_GROUP,
  PLAN_VISIT,
  planVisit,
  VISIT_FIELDS,
} from '../../test/visit-fixtures.ts';
import type { DemoRefs, Payload, VisitData } from '../../test/visit-fixtures.ts';

const VISIT = /* GraphQL */ `
  query Visit($id: ID!) {
    visit(id: $id) {
      ...VisitFields
    }
  }
  ${VISIT_FIELDS}
`;
const VISITS = /* GraphQL */ `
  query Visits($filter: VisitFilter, $limit: Int) {
    visits(filter: $filter, limit: $limit) {
      totalCount
      nodes {
        id
        startDate
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateVisitInput!) {
    updateVisit(input: $input) {
      visit {
        ...VisitFields
      }
      userErrors {
        field
        code
      }
    }
  }
  ${VISIT_FIELDS}
`;
const MOVE = /* GraphQL */ `
  mutation Move($input: MoveVisitInput!) {
    moveVisit(input: $input) {
      visit {
        id
        status
      }
      userErrors {
        field
        code
      }
    }
  }
`;

let server: TestServer;
let refs: DemoRefs;
let bruno: GraphqlClient; // NPM editor
let ana: GraphqlClient; // NPM admin
let diego: GraphqlClient; // CSO editor, same national working group
let npmPlace: string;
let secondNpmPlace: string;
let csoPrivatePlace: string;

beforeAll(async () => {
  server = await startTestServer();
  refs = await demoRefs(server);
  [bruno, ana, diego] = await Promise.all([
    signedIn(server, 'bruno.mnp@demo.opcat'),
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
  ]);
  npmPlace = await createPlace(bruno, refs, { name: 'Centro Penitenciario La Esperanza (prueba)' });
  secondNpmPlace = await createPlace(bruno, refs, { name: 'Cárcel de Puerto Viejo (prueba)' });
  csoPrivatePlace = await createPlace(diego, refs, { name: 'Lugar privado de Voces Libres' });
});

afterAll(async () => {
  await server?.close();
});

async function rowCounts() {
  const em = server.orm.em.fork();
  const [links] = await em.getConnection().execute<{ n: string }[]>('select count(*)::text as n from visit_place');
  return { visits: await em.count(Visit), team: await em.count(VisitTeamMember), links: links?.n };
}

function plan(client: GraphqlClient, input: Record<string, unknown>) {
  return client.request<{ planVisit: Payload<VisitData> }>(PLAN_VISIT, {
    input: { type: 'IN_DEPTH', announced: false, startDate: '2026-03-02', ...input },
  });
}

describe('planVisit', () => {
  it('an NPM editor plans a visit to a readable place with a team from the NPM', async () => {
    const visit = await planVisit(bruno, {
      placeIds: [npmPlace],
      endDate: '2026-03-04',
      objectives: 'Condiciones materiales y régimen',
      team: [
        { userId: refs.userId('bruno.mnp@demo.opcat'), expertise: 'LAW', gender: 'MALE', leader: true },
        { userId: refs.userId('ana.mnp@demo.opcat'), expertise: 'MEDICINE', gender: 'FEMALE' },
      ],
    });
    expect(visit).toMatchObject({
      status: 'PLANNED',
      classification: 'ORGANISATION',
      countryCode: 'XV',
      version: 1,
      startDate: '2026-03-02',
      endDate: '2026-03-04',
      ownerOrganisation: { id: refs.organisationId('Mecanismo Nacional de Prevención de la Tortura') },
      places: [{ id: npmPlace }],
    });
    expect(visit.team.map((m) => [m.user.email, m.expertise, m.leader])).toEqual([
      ['bruno.mnp@demo.opcat', 'LAW', true],
      ['ana.mnp@demo.opcat', 'MEDICINE', false],
    ]);
    const read = await ana.request<{ visit: VisitData }>(VISIT, { id: visit.id });
    expect(read.data?.visit.id).toBe(visit.id);
  });

  it('an ORGANISATION visit does not exist for a CSO of the same working group', async () => {
    const visit = await planVisit(bruno, { placeIds: [npmPlace] });
    const res = await diego.request(VISIT, { id: visit.id });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    const list = await diego.request<{ visits: { totalCount: number } }>(VISITS, { filter: { placeId: npmPlace } });
    expect(list.data?.visits.totalCount).toBe(0);
  });

  it('refuses an end date before the start date and writes nothing', async () => {
    const before = await rowCounts();
    const res = await plan(bruno, { placeIds: [npmPlace], startDate: '2026-05-10', endDate: '2026-05-09' });
    expect(res.data?.planVisit.visit).toBeNull();
    expect(res.data?.planVisit.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'endDate'], code: 'INVALID' }),
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown place id and writes nothing', async () => {
    const before = await rowCounts();
    const res = await plan(bruno, { placeIds: [npmPlace, randomUUID()] });
    expect(res.data?.planVisit.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'placeIds'], code: 'NOT_FOUND' }),
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it('answers NOT_FOUND for a place the planner cannot read, exactly like a missing one, and writes nothing', async () => {
    const before = await rowCounts();
    const res = await plan(bruno, {
      placeIds: [npmPlace, csoPrivatePlace],
      team: [{ userId: refs.userId('bruno.mnp@demo.opcat'), expertise: 'LAW', gender: 'MALE' }],
    });
    expect(res.data?.planVisit).toEqual({
      visit: null,
      userErrors: [{ field: ['input', 'placeIds'], code: 'NOT_FOUND', message: 'Unknown place' }],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a team member who does not belong to the owner organisation', async () => {
    const before = await rowCounts();
    const res = await plan(bruno, {
      placeIds: [npmPlace],
      team: [{ userId: refs.userId('diego.voces@demo.opcat'), expertise: 'LAW', gender: 'MALE' }],
    });
    expect(res.data?.planVisit.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'team', '0', 'userId'], code: 'INVALID' }),
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it('starting wider than ORGANISATION needs the admin: the editor is refused, the admin shares with the group', async () => {
    const input = {
      placeIds: [npmPlace],
      classification: 'WORKING_GROUP',
      workingGroupId: refs.workingGroupId(NATIONAL_GROUP),
    };
    const refused = await plan(bruno, input);
    expect(errorCodes(refused)).toEqual([]);
    expect(refused.data?.planVisit.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN_CHANGE']);
    const visit = await planVisit(ana, input);
    expect(visit.classification).toBe('WORKING_GROUP');
    const read = await diego.request<{ visit: VisitData }>(VISIT, { id: visit.id });
    expect(read.data?.visit.id).toBe(visit.id);
  });

  it('a CSO editor cannot plan a visit owned by the NPM', async () => {
    const res = await plan(diego, {
      placeIds: [csoPrivatePlace],
      ownerOrganisationId: refs.organisationId('Mecanismo Nacional de Prevención de la Tortura'),
    });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });
});

describe('visits list', () => {
  it('filters by place, status and start dates, newest first, counting only matches', async () => {
    const place = await createPlace(bruno, refs, { name: 'Estación de policía Norte (prueba de lista)' });
    const early = await planVisit(bruno, { placeIds: [place], startDate: '2026-01-10' });
    const late = await planVisit(bruno, { placeIds: [place, npmPlace], startDate: '2026-06-10' });
    await planVisit(bruno, { placeIds: [place], startDate: '2025-06-10' });
    const res = await bruno.request<{ visits: { totalCount: number; nodes: { id: string }[] } }>(VISITS, {
      filter: { placeId: place, from: '2026-01-01', to: '2026-12-31', status: 'PLANNED' },
    });
    expect(res.data?.visits).toEqual({
      totalCount: 2,
      nodes: [
        { id: late.id, startDate: '2026-06-10' },
        { id: early.id, startDate: '2026-01-10' },
      ],
    });
  });
});

describe('moveVisit and updateVisit', () => {
  it('moves one step at a time and refuses a jump with INVALID_TRANSITION', async () => {
    const visit = await planVisit(bruno, { placeIds: [npmPlace] });
    const jump = await bruno.request<{ moveVisit: Payload<VisitData> }>(MOVE, {
      input: { id: visit.id, status: 'REPORTING' },
    });
    expect(jump.data?.moveVisit).toEqual({
      visit: null,
      userErrors: [{ field: ['input', 'status'], code: 'INVALID_TRANSITION' }],
    });
    const step = await bruno.request<{ moveVisit: Payload<VisitData> }>(MOVE, {
      input: { id: visit.id, status: 'ON_SITE' },
    });
    expect(step.data?.moveVisit.visit?.status).toBe('ON_SITE');
  });

  it('a stale expectedVersion answers CONFLICT and changes nothing; the current one replaces places and team', async () => {
    const visit = await planVisit(bruno, {
      placeIds: [npmPlace],
      team: [{ userId: refs.userId('bruno.mnp@demo.opcat'), expertise: 'LAW', gender: 'MALE', leader: true }],
    });
    const first = await bruno.request<{ updateVisit: Payload<VisitData> }>(UPDATE, {
      input: {
        id: visit.id,
        expectedVersion: visit.version,
        placeIds: [secondNpmPlace],
        team: [{ userId: refs.userId('ana.mnp@demo.opcat'), expertise: 'PSYCHOLOGY', gender: 'FEMALE', leader: true }],
      },
    });
    const updated = first.data?.updateVisit.visit;
    expect(updated?.version).toBe(visit.version + 1);
    expect(updated?.places).toEqual([{ id: secondNpmPlace }]);
    expect(updated?.team.map((m) => [m.user.email, m.expertise])).toEqual([['ana.mnp@demo.opcat', 'PSYCHOLOGY']]);

    const stale = await ana.request<{ updateVisit: Payload<VisitData> }>(UPDATE, {
      input: { id: visit.id, expectedVersion: visit.version, objectives: 'Sobrescrito' },
    });
    expect(stale.data?.updateVisit).toEqual({
      visit: null,
      userErrors: [{ field: ['input', 'expectedVersion'], code: 'CONFLICT' }],
    });
    const read = await bruno.request<{ visit: VisitData }>(VISIT, { id: visit.id });
    expect(read.data?.visit).toMatchObject({ objectives: '', version: visit.version + 1 });
  });

  it('refuses dates out of order on update', async () => {
    const visit = await planVisit(bruno, { placeIds: [npmPlace], startDate: '2026-04-01' });
    const res = await bruno.request<{ updateVisit: Payload<VisitData> }>(UPDATE, {
      input: { id: visit.id, endDate: '2026-03-31' },
    });
    expect(res.data?.updateVisit.userErrors).toEqual([{ field: ['input', 'endDate'], code: 'INVALID' }]);
  });

  it('a reader outside the owner organisation cannot update: NOT_FOUND', async () => {
    const visit = await planVisit(ana, {
      placeIds: [npmPlace],
      classification: 'WORKING_GROUP',
      workingGroupId: refs.workingGroupId(NATIONAL_GROUP),
    });
    const res = await diego.request(UPDATE, { input: { id: visit.id, objectives: 'x' } });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });
});
