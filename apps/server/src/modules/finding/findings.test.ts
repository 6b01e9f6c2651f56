import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../db/entities/audit.ts';
import { Organisation, User } from '../../db/entities/identity.ts';
import { Finding, Interviewee, Recommendation } from '../../db/entities/monitoring.ts';
import { addDays, todayUtc } from '../recommendation/dates.ts';
import { WELFARE_CHECK_DAYS } from './personal-data.ts';
import { errorCodes, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import { createPlace, demoRefs, MINISTRY, NATIONAL_GROUP, NPM, planVisit } from '../../test/visit-fixtures.ts';
import type { DemoRefs, Payload } from '../../test/visit-fixtures.ts';

const FINDING_FIELDS = /* GraphQL */ `
  fragment FindingFields on Finding {
    id
    version
    title
    classification
    countryCode
    severity
    riskFactors
    ownerOrganisation {
      id
    }
    visit {
      id
    }
    place {
      id
    }
    viewerCanReadPersonalData
    interviewees {
      pseudonym
      identity
      contact
      medicalNotes
    }
    recommendations {
      totalCount
      totalCountCapped
      nodes {
        id
      }
    }
  }
`;
const RECORD = /* GraphQL */ `
  mutation Record($input: RecordFindingInput!) {
    recordFinding(input: $input) {
      finding {
        ...FindingFields
      }
      userErrors {
        field
        code
      }
    }
  }
  ${FINDING_FIELDS}
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateFindingInput!) {
    updateFinding(input: $input) {
      finding {
        ...FindingFields
      }
      userErrors {
        field
        code
      }
    }
  }
  ${FINDING_FIELDS}
`;
const FINDING = /* GraphQL */ `
  query Finding($id: ID!) {
    finding(id: $id) {
      ...FindingFields
    }
  }
  ${FINDING_FIELDS}
`;
const FINDINGS = /* GraphQL */ `
  query Findings($filter: FindingFilter, $sort: FindingSort) {
    findings(filter: $filter, sort: $sort) {
      totalCount
      nodes {
        id
        title
        severity
      }
    }
  }
`;
const RECLASSIFY = /* GraphQL */ `
  mutation Reclassify($input: ReclassifyRecordInput!) {
    reclassifyRecord(input: $input) {
      userErrors {
        code
      }
    }
  }
`;

interface FindingData {
  id: string;
  version: number;
  title: string;
  classification: string;
  countryCode: string;
  riskFactors: string[];
  ownerOrganisation: { id: string };
  visit: { id: string } | null;
  place: { id: string } | null;
  viewerCanReadPersonalData: boolean;
  interviewees: { pseudonym: string; identity: string | null; contact: string | null; medicalNotes: string | null }[];
  recommendations: { totalCount: number; totalCountCapped: boolean; nodes: { id: string }[] };
}
type FindingsData = { findings: { totalCount: number; nodes: { id: string; title: string; severity: string }[] } };

let server: TestServer;
let refs: DemoRefs;
let bruno: GraphqlClient; // NPM editor, on the visit team
let ana: GraphqlClient; // NPM admin, not on the visit team
let diego: GraphqlClient; // CSO editor in the national working group
let place: string;
let otherPlace: string;
let visitId: string;
let groupFinding: FindingData; // WORKING_GROUP, with interviewees
let privateFinding: FindingData; // ORGANISATION

const INTERVIEWEES = [
  { pseudonym: 'Persona A', identity: 'Juan Pérez Gómez', contact: 'Pabellón 3', medicalNotes: 'Hematomas en brazos' },
  { pseudonym: 'Persona B', identity: 'María López' },
];

function record(client: GraphqlClient, input: Record<string, unknown>) {
  return client.request<{ recordFinding: Payload<FindingData> }>(RECORD, {
    input: { visitId, placeId: place, monitoringArea: 'MATERIAL_CONDITIONS', severity: 'HIGH', ...input },
  });
}

async function recorded(client: GraphqlClient, input: Record<string, unknown>): Promise<FindingData> {
  const res = await record(client, input);
  const finding = res.data?.recordFinding.finding;
  if (!finding) throw new Error(`recordFinding failed: ${JSON.stringify(res.errors ?? res.data?.recordFinding)}`);
  return finding;
}

async function personalDataReads(findingId: string, email: string): Promise<number> {
  return server.orm.em
    .fork()
    .count(AuditEvent, { action: 'record.readPersonalData', subjectId: findingId, actorUserId: refs.userId(email) });
}

beforeAll(async () => {
  server = await startTestServer();
  refs = await demoRefs(server);
  [bruno, ana, diego] = await Promise.all([
    signedIn(server, 'bruno.mnp@demo.opcat'),
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
  ]);
  place = await createPlace(bruno, refs, { name: 'Centro de Detención Preventiva Sur (prueba)' });
  otherPlace = await createPlace(bruno, refs, { name: 'Centro de Menores (prueba)' });
  visitId = (
    await planVisit(bruno, {
      placeIds: [place],
      team: [{ userId: refs.userId('bruno.mnp@demo.opcat'), expertise: 'LAW', gender: 'MALE', leader: true }],
    })
  ).id;
  groupFinding = await recorded(bruno, {
    title: 'Hacinamiento 100% en celdas de ingreso',
    riskFactors: ['overcrowding', 'Falta de ventilación'],
    interviewees: INTERVIEWEES,
  });
  const shared = await ana.request<{ reclassifyRecord: { userErrors: unknown[] } }>(RECLASSIFY, {
    input: {
      recordType: 'FINDING',
      recordId: groupFinding.id,
      classification: 'WORKING_GROUP',
      workingGroupId: refs.workingGroupId(NATIONAL_GROUP),
    },
  });
  expect(shared.data?.reclassifyRecord.userErrors).toEqual([]);
  privateFinding = await recorded(bruno, { title: 'Registro de ingresos incompleto', severity: 'CRITICAL' });
});

afterAll(async () => {
  await server?.close();
});

describe('recordFinding', () => {
  it('an NPM editor on the visit team records a finding owned by the visit owner, with interviewees', () => {
    expect(groupFinding).toMatchObject({
      classification: 'ORGANISATION',
      countryCode: 'XV',
      ownerOrganisation: { id: refs.organisationId(NPM) },
      visit: { id: visitId },
      place: { id: place },
      riskFactors: ['OVERCROWDING', 'Falta de ventilación'],
      viewerCanReadPersonalData: true,
      interviewees: [
        INTERVIEWEES[0],
        { pseudonym: 'Persona B', identity: 'María López', contact: null, medicalNotes: null },
      ],
    });
  });

  it('refuses a place that is not one of the visit’s places', async () => {
    const res = await record(bruno, { title: 'Otro lugar', placeId: otherPlace });
    expect(res.data?.recordFinding).toEqual({
      finding: null,
      userErrors: [{ field: ['input', 'placeId'], code: 'INVALID' }],
    });
  });

  it('an editor cannot start a finding wider than ORGANISATION', async () => {
    const res = await record(bruno, {
      title: 'Para el grupo',
      classification: 'WORKING_GROUP',
      workingGroupId: refs.workingGroupId(NATIONAL_GROUP),
    });
    expect(res.data?.recordFinding.userErrors).toEqual([
      { field: ['input', 'classification'], code: 'FORBIDDEN_CHANGE' },
    ]);
  });

  it('only the visit team writes interviewees: an NPM admin off the team is refused and nothing is written', async () => {
    const em = server.orm.em.fork();
    const before = { findings: await em.count(Finding), people: await em.count(Interviewee) };
    const created = await record(ana, { title: 'Entrevistas', interviewees: INTERVIEWEES });
    expect(created.data?.recordFinding.userErrors).toEqual([
      { field: ['input', 'interviewees'], code: 'FORBIDDEN_CHANGE' },
    ]);
    const updated = await ana.request<{ updateFinding: Payload<FindingData> }>(UPDATE, {
      input: { id: groupFinding.id, interviewees: [] },
    });
    expect(updated.data?.updateFinding.userErrors).toEqual([
      { field: ['input', 'interviewees'], code: 'FORBIDDEN_CHANGE' },
    ]);
    expect({ findings: await em.count(Finding), people: await em.count(Interviewee) }).toEqual(before);
  });

  it('an interviewee flagged at risk gets a welfare check two weeks out, visible to the visit team only', async () => {
    const AT_RISK = /* GraphQL */ `
      query AtRisk($id: ID!) {
        finding(id: $id) {
          interviewees {
            pseudonym
            atRisk
            welfareCheckDueOn
          }
        }
      }
    `;
    // A visit of its own, so the other tests' counts of findings per visit stay as they were.
    const ownVisit = await planVisit(bruno, {
      placeIds: [place],
      team: [{ userId: refs.userId('bruno.mnp@demo.opcat'), expertise: 'LAW', gender: 'MALE', leader: true }],
    });
    const created = await record(bruno, {
      visitId: ownVisit.id,
      title: 'Represalias temidas',
      interviewees: [{ pseudonym: 'Persona C', identity: 'Pedro Ruiz', atRisk: true }],
    });
    const id = created.data?.recordFinding.finding?.id as string;
    const team = await bruno.request<{ finding: { interviewees: unknown[] } }>(AT_RISK, { id });
    expect(team.data?.finding.interviewees).toEqual([
      { pseudonym: 'Persona C', atRisk: true, welfareCheckDueOn: addDays(todayUtc(), WELFARE_CHECK_DAYS) },
    ]);
    // Off the visit team (the NPM's admin), the flag is personal data like the identity.
    const offTeam = await ana.request<{ finding: { interviewees: unknown[] } }>(AT_RISK, { id });
    expect(offTeam.data?.finding.interviewees).toEqual([
      { pseudonym: 'Persona C', atRisk: null, welfareCheckDueOn: null },
    ]);
  });

  it('a CSO editor cannot record a finding on a visit it cannot read', async () => {
    const res = await record(diego, { title: 'Intento' });
    expect(res.data?.recordFinding.userErrors).toEqual([{ field: ['input', 'visitId'], code: 'NOT_FOUND' }]);
  });
});

describe('personal data of interviewees (art. 21(2))', () => {
  it('a CSO user of the working group sees pseudonyms only, and no personal-data read is audited for them', async () => {
    const res = await diego.request<{ finding: FindingData }>(FINDING, { id: groupFinding.id });
    expect(res.data?.finding).toMatchObject({
      classification: 'WORKING_GROUP',
      viewerCanReadPersonalData: false,
      // The ORGANISATION visit and place stay hidden even though the finding is shared.
      visit: null,
      place: null,
      interviewees: [
        { pseudonym: 'Persona A', identity: null, contact: null, medicalNotes: null },
        { pseudonym: 'Persona B', identity: null, contact: null, medicalNotes: null },
      ],
    });
    expect(await personalDataReads(groupFinding.id, 'diego.voces@demo.opcat')).toBe(0);
  });

  it('an NPM admin who is not on the visit team sees pseudonyms only', async () => {
    const res = await ana.request<{ finding: FindingData }>(FINDING, { id: groupFinding.id });
    expect(res.data?.finding.viewerCanReadPersonalData).toBe(false);
    expect(res.data?.finding.interviewees.map((i) => i.identity)).toEqual([null, null]);
    expect(await personalDataReads(groupFinding.id, 'ana.mnp@demo.opcat')).toBe(0);
  });

  it('the visit-team member sees identities, and each read writes exactly one audit entry', async () => {
    const before = await personalDataReads(groupFinding.id, 'bruno.mnp@demo.opcat');
    const res = await bruno.request<{ finding: FindingData }>(FINDING, { id: groupFinding.id });
    expect(res.data?.finding.interviewees.map((i) => i.identity)).toEqual(['Juan Pérez Gómez', 'María López']);
    expect(await personalDataReads(groupFinding.id, 'bruno.mnp@demo.opcat')).toBe(before + 1);
  });
});

describe('findings lists', () => {
  it('an ORGANISATION finding does not exist for the CSO: NOT_FOUND by id, absent from the list and its count', async () => {
    const byId = await diego.request(FINDING, { id: privateFinding.id });
    expect(errorCodes(byId)).toEqual(['NOT_FOUND']);
    // The CSO reads the shared finding, but not the NPM's visit: filtering by that visit answers
    // exactly like filtering by a visit that does not exist (otherwise the count betrays the visit).
    const theirs = await diego.request<FindingsData>(FINDINGS, { filter: { visitId } });
    expect(theirs.data?.findings).toEqual({ totalCount: 0, nodes: [] });
    const all = await diego.request<FindingsData>(FINDINGS, { filter: {} });
    expect(all.data?.findings.nodes.map((n) => n.id)).toContain(groupFinding.id);
    expect(all.data?.findings.nodes.map((n) => n.id)).not.toContain(privateFinding.id);
    const owners = await bruno.request<FindingsData>(FINDINGS, { filter: { visitId } });
    expect(owners.data?.findings.totalCount).toBe(2);
  });

  it('sorts by severity by meaning (CRITICAL first, LOW last) and by title', async () => {
    const own = (await planVisit(bruno, { placeIds: [place] })).id;
    for (const [title, severity] of [
      ['b', 'LOW'],
      ['d', 'CRITICAL'],
      ['a', 'MEDIUM'],
      ['c', 'HIGH'],
    ])
      await recorded(bruno, { visitId: own, title, severity });
    const bySeverity = await bruno.request<FindingsData>(FINDINGS, { filter: { visitId: own }, sort: 'SEVERITY' });
    expect(bySeverity.data?.findings.nodes.map((n) => n.severity)).toEqual(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']);
    const byTitle = await bruno.request<FindingsData>(FINDINGS, { filter: { visitId: own }, sort: 'TITLE' });
    expect(byTitle.data?.findings.nodes.map((n) => n.title)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('search finds words and word prefixes (from 3 characters), accents, case and punctuation ignored; not the middle of a word', async () => {
    const ids = async (search: string) =>
      ((await bruno.request<FindingsData>(FINDINGS, { filter: { visitId, search } })).data?.findings.nodes ?? [])
        .map((n) => n.id)
        .sort();
    expect(await ids('100%')).toEqual([groupFinding.id]);
    expect(await ids('hacinam')).toEqual([groupFinding.id]);
    expect(await ids('CELDAS ingreso')).toEqual([groupFinding.id]);
    expect(await ids('ingres')).toEqual([groupFinding.id, privateFinding.id].sort());
    expect(await ids('incompletó')).toEqual([privateFinding.id]);
    expect(await ids('_')).toEqual([]);
    expect(await ids('namiento')).toEqual([]);
    // The last word is a prefix from 3 characters on; a shorter one is a whole word (decision 0041).
    expect(await ids('cel')).toContain(groupFinding.id);
    expect(await ids('ce')).toEqual([]);
  });

  it('lists only the recommendations on a finding that the viewer can read', async () => {
    const em = server.orm.em.fork();
    const finding = await em.findOneOrFail(Finding, groupFinding.id);
    const recommendation = em.create(Recommendation, {
      ownerOrganisation: em.getReference(Organisation, refs.organisationId(NPM)),
      countryCode: 'XV',
      reference: 'PRUEBA-FINDING-1',
      title: 'Reducir el hacinamiento',
      source: 'NPM_VISIT_REPORT',
      addressee: em.getReference(Organisation, refs.organisationId(MINISTRY)),
      level: 'PLACE',
      priority: 'HIGH',
      issuedOn: '2026-03-10',
      responseDueOn: '2026-05-10',
      createdBy: em.getReference(User, refs.userId('ana.mnp@demo.opcat')),
    });
    recommendation.findings.add(finding);
    await em.flush();
    const owner = await bruno.request<{ finding: FindingData }>(FINDING, { id: groupFinding.id });
    expect(owner.data?.finding.recommendations).toEqual({
      totalCount: 1,
      totalCountCapped: false,
      nodes: [{ id: recommendation.id }],
    });
    const cso = await diego.request<{ finding: FindingData }>(FINDING, { id: groupFinding.id });
    expect(cso.data?.finding.recommendations).toEqual({ totalCount: 0, totalCountCapped: false, nodes: [] });
  });
});

describe('updateFinding', () => {
  it('a stale expectedVersion answers CONFLICT; the current one applies', async () => {
    const own = (await planVisit(bruno, { placeIds: [place] })).id;
    const finding = await recorded(bruno, { visitId: own, title: 'Sin agua potable', severity: 'MEDIUM' });
    const ok = await bruno.request<{ updateFinding: Payload<FindingData> }>(UPDATE, {
      input: { id: finding.id, expectedVersion: finding.version, severity: 'HIGH' },
    });
    expect(ok.data?.updateFinding.finding).toMatchObject({ severity: 'HIGH', version: finding.version + 1 });
    const stale = await ana.request<{ updateFinding: Payload<FindingData> }>(UPDATE, {
      input: { id: finding.id, expectedVersion: finding.version, title: 'Sobrescrito' },
    });
    expect(stale.data?.updateFinding).toEqual({
      finding: null,
      userErrors: [{ field: ['input', 'expectedVersion'], code: 'CONFLICT' }],
    });
  });

  it('a CSO reader of a shared finding cannot update it: NOT_FOUND', async () => {
    const res = await diego.request(UPDATE, { input: { id: groupFinding.id, title: 'x' } });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });
});

describe('viewerCan.reclassifyTo: the reclassify control offers what the policy allows', () => {
  const RECLASSIFY_TO = /* GraphQL */ `
    query ($id: ID!) {
      finding(id: $id) {
        viewerCan {
          reclassify
          reclassifyTo
        }
      }
    }
  `;
  const offered = async (client: GraphqlClient, id: string) =>
    (await client.request<{ finding: { viewerCan: { reclassifyTo: string[] } } }>(RECLASSIFY_TO, { id })).data?.finding
      .viewerCan.reclassifyTo;

  it('an EDITOR is offered only narrowing, an ADMIN widening too, a reader of another organisation nothing', async () => {
    expect(await offered(bruno, groupFinding.id)).toEqual(['SHARED', 'ORGANISATION']);
    expect(await offered(bruno, privateFinding.id)).toEqual([]);
    expect(await offered(ana, privateFinding.id)).toEqual(['PUBLIC', 'WORKING_GROUP', 'SHARED']);
    expect(await offered(diego, groupFinding.id)).toEqual([]);
  });

  it('what is not offered is what the server refuses (the editor widening an ORGANISATION finding)', async () => {
    const refused = await bruno.request<{ reclassifyRecord: { userErrors: { code: string }[] } }>(RECLASSIFY, {
      input: { recordType: 'FINDING', recordId: privateFinding.id, classification: 'SHARED' },
    });
    expect(refused.data?.reclassifyRecord.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN_CHANGE']);
  });
});
