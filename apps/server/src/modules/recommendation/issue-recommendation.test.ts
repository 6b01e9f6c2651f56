import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import {
  demoIds,
  insertFinding,
  insertPlace,
  ISSUE,
  issueInput,
  recommendationRowCounts,
} from '../../test/recommendation-fixtures.ts';
import type { PayloadData } from '../../test/recommendation-fixtures.ts';
import { addDays } from './dates.ts';

const RESPONSE_PERIOD = /* GraphQL */ `
  query Period($countryCode: String!) {
    responsePeriod(countryCode: $countryCode) {
      countryCode
      days
    }
  }
`;
const SET_RESPONSE_PERIOD = /* GraphQL */ `
  mutation SetPeriod($input: SetResponsePeriodInput!) {
    setResponsePeriod(input: $input) {
      responsePeriod {
        countryCode
        days
      }
      userErrors {
        field
        code
      }
    }
  }
`;

interface IssueData {
  issueRecommendation: PayloadData;
}
interface PeriodData {
  responsePeriod: { countryCode: string; days: number };
}
interface SetPeriodData {
  setResponsePeriod: { responsePeriod: { countryCode: string; days: number } | null; userErrors: unknown[] };
}

let server: TestServer;
let ana: GraphqlClient;
let bruno: GraphqlClient;
let diego: GraphqlClient;
let lucia: GraphqlClient;
let ministryId: string;
let npmId: string;
let cso1Id: string;
let nationalGroupId: string;
let placeId: string;
let npmFindingId: string;
let csoFindingId: string;

beforeAll(async () => {
  server = await startTestServer();
  [ana, bruno, diego, lucia] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'bruno.mnp@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
    signedIn(server, 'lucia.mnpsa@demo.opcat'),
  ]);
  const ids = await demoIds(server);
  ministryId = ids.organisation('ministry');
  npmId = ids.organisation('npm');
  cso1Id = ids.organisation('cso1');
  nationalGroupId = ids.workingGroup('NATIONAL_WORKING_GROUP');
  const npmOwned = { ownerOrganisationId: npmId, createdById: ids.user('ana.mnp@demo.opcat') };
  placeId = await insertPlace(server, {
    ...npmOwned,
    name: 'Centro Penitenciario La Esperanza',
    type: 'PRISON',
    responsibleAuthorityId: ministryId,
  });
  npmFindingId = await insertFinding(server, { ...npmOwned, placeId, title: 'Hacinamiento en el pabellón B' });
  csoFindingId = await insertFinding(server, {
    ownerOrganisationId: cso1Id,
    createdById: ids.user('diego.voces@demo.opcat'),
    placeId,
    title: 'Testimonios de la organización',
  });
});
afterAll(async () => {
  await server?.close();
});

async function issue(client: GraphqlClient, input: Record<string, unknown>) {
  const res = await client.request<IssueData>(ISSUE, { input });
  expect(res.errors).toBeUndefined();
  return res.data?.issueRecommendation as PayloadData;
}

/** Issues as `client` and expects refusal on `field` with `code`, with no row written anywhere. */
async function expectRefused(client: GraphqlClient, input: Record<string, unknown>, field: string, code: string) {
  const before = await recommendationRowCounts(server);
  const payload = await issue(client, input);
  expect(payload.recommendation).toBeNull();
  expect(payload.userErrors).toContainEqual({ field: ['input', field], code });
  expect(await recommendationRowCounts(server)).toEqual(before);
}

describe('issueRecommendation', () => {
  it('issues to a State authority: due after the response period, PENDING in the history, links kept', async () => {
    const payload = await issue(
      ana,
      issueInput(ministryId, { issuedOn: '2026-03-01', findingIds: [npmFindingId], placeIds: [placeId] }),
    );
    expect(payload.userErrors).toEqual([]);
    const r = payload.recommendation;
    expect(r).toMatchObject({
      classification: 'ORGANISATION',
      countryCode: 'XV',
      issuedOn: '2026-03-01',
      responseDueOn: '2026-04-30',
      acceptance: 'PENDING',
      stateStatus: null,
      monitorStatus: null,
      addressee: { id: ministryId },
      ownerOrganisation: { id: npmId },
      findings: [{ id: npmFindingId }],
      places: [{ id: placeId }],
      viewerCanAssess: true,
      viewerCanRespond: false,
    });
    expect(r?.history.map((h) => [h.kind, h.value, h.effectiveOn])).toEqual([['ACCEPTANCE', 'PENDING', '2026-03-01']]);
  });

  it('refuses a reference already used by the same organisation, on the reference field, writing nothing', async () => {
    const reference = `MNP-DUP-${randomUUID().slice(0, 8)}`;
    expect((await issue(ana, issueInput(ministryId, { reference }))).userErrors).toEqual([]);
    await expectRefused(bruno, issueInput(ministryId, { reference: ` ${reference} ` }), 'reference', 'INVALID');
  });

  it('lets another organisation use the same reference', async () => {
    const reference = `SHARED-REF-${randomUUID().slice(0, 8)}`;
    expect((await issue(ana, issueInput(ministryId, { reference }))).userErrors).toEqual([]);
    const other = await issue(lucia, issueInput(ministryId, { reference }));
    expect(other.userErrors).toEqual([]);
    expect(other.recommendation?.reference).toBe(reference);
  });

  it('refuses a finding the issuer cannot read (or that does not exist) as NOT_FOUND, writing nothing', async () => {
    await expectRefused(
      ana,
      issueInput(ministryId, { findingIds: [npmFindingId, csoFindingId] }),
      'findingIds',
      'NOT_FOUND',
    );
    await expectRefused(ana, issueInput(ministryId, { findingIds: [randomUUID()] }), 'findingIds', 'NOT_FOUND');
    await expectRefused(ana, issueInput(ministryId, { placeIds: ['not-an-id'] }), 'placeIds', 'NOT_FOUND');
    await expectRefused(ana, issueInput(ministryId, { repeatsId: randomUUID() }), 'repeatsId', 'NOT_FOUND');
  });

  it('refuses a target date before the issue date, writing nothing', async () => {
    await expectRefused(
      ana,
      issueInput(ministryId, { issuedOn: '2026-03-01', targetDate: '2026-02-28' }),
      'targetDate',
      'INVALID',
    );
  });

  it('refuses an addressee that is not a State authority, and an empty or over-long reference', async () => {
    await expectRefused(ana, issueInput(cso1Id), 'addresseeId', 'INVALID');
    await expectRefused(ana, issueInput(randomUUID()), 'addresseeId', 'INVALID');
    await expectRefused(ana, issueInput(ministryId, { reference: '  ' }), 'reference', 'INVALID');
    await expectRefused(ana, issueInput(ministryId, { reference: 'X'.repeat(61) }), 'reference', 'INVALID');
  });

  it('issuing wider than ORGANISATION needs the widening right; WORKING_GROUP needs a group', async () => {
    await expectRefused(
      bruno,
      issueInput(ministryId, { classification: 'WORKING_GROUP', workingGroupId: nationalGroupId }),
      'classification',
      'FORBIDDEN_CHANGE',
    );
    await expectRefused(ana, issueInput(ministryId, { classification: 'WORKING_GROUP' }), 'workingGroupId', 'INVALID');
    const wide = await issue(
      ana,
      issueInput(ministryId, { classification: 'WORKING_GROUP', workingGroupId: nationalGroupId }),
    );
    expect(wide.userErrors).toEqual([]);
    expect(wide.recommendation?.classification).toBe('WORKING_GROUP');
  });

  it('someone who may not create for the owner organisation gets NOT_FOUND and nothing is written', async () => {
    const before = await recommendationRowCounts(server);
    const res = await diego.request<IssueData>(ISSUE, {
      input: issueInput(ministryId, { ownerOrganisationId: npmId }),
    });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(await recommendationRowCounts(server)).toEqual(before);
  });
});

describe('response period', () => {
  it('any signed-in person reads it; a country without a setting has the 60-day default', async () => {
    const res = await diego.request<PeriodData>(RESPONSE_PERIOD, { countryCode: 'xz' });
    expect(res.data?.responsePeriod).toEqual({ countryCode: 'XZ', days: 60 });
  });

  it('only an ADMIN of an NPM of that country may set it, to 1–365 days', async () => {
    for (const client of [bruno, lucia, diego]) {
      const res = await client.request<SetPeriodData>(SET_RESPONSE_PERIOD, { input: { countryCode: 'XV', days: 30 } });
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    }
    for (const days of [0, 366]) {
      const res = await ana.request<SetPeriodData>(SET_RESPONSE_PERIOD, { input: { countryCode: 'XV', days } });
      expect(res.data?.setResponsePeriod.userErrors).toEqual([{ field: ['input', 'days'], code: 'INVALID' }]);
    }
    const period = await ana.request<PeriodData>(RESPONSE_PERIOD, { countryCode: 'XV' });
    expect(period.data?.responsePeriod.days).toBe(60);
  });

  it("the NPM admin's new period sets the due date of recommendations issued afterwards, not earlier ones", async () => {
    const earlier = await issue(ana, issueInput(ministryId, { issuedOn: '2026-05-10' }));
    const set = await ana.request<SetPeriodData>(SET_RESPONSE_PERIOD, { input: { countryCode: 'xv', days: 21 } });
    expect(set.data?.setResponsePeriod).toEqual({ responsePeriod: { countryCode: 'XV', days: 21 }, userErrors: [] });
    const later = await issue(ana, issueInput(ministryId, { issuedOn: '2026-05-10' }));
    expect(later.recommendation?.responseDueOn).toBe(addDays('2026-05-10', 21));
    expect(later.recommendation?.responseDueOn).toBe('2026-05-31');
    const again = await diego.request<PeriodData>(RESPONSE_PERIOD, { countryCode: 'XV' });
    expect(again.data?.responsePeriod.days).toBe(21);
    expect(earlier.recommendation?.responseDueOn).toBe('2026-07-09');
  });
});
