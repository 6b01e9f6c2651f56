import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../db/entities/audit.ts';
import { EvidenceAttachment } from '../db/entities/monitoring.ts';
import { answerOf, downloadEvidence, uploadEvidence } from '../test/evidence-fixtures.ts';
import { errorCodes, signedIn, startTestServer } from '../test/server.ts';
import type { GraphqlClient, TestServer } from '../test/server.ts';
import { createPlace, demoRefs, NATIONAL_GROUP, NPM, planVisit } from '../test/visit-fixtures.ts';
import type { DemoRefs } from '../test/visit-fixtures.ts';

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordFindingInput!) {
    recordFinding(input: $input) {
      finding {
        id
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
const EVIDENCE = /* GraphQL */ `
  query Evidence($id: ID!) {
    finding(id: $id) {
      withheldEvidenceCount
      evidence {
        id
        fileName
        sha256
        containsPersonalData
        viewerCan {
          download
          setPersonalData
        }
      }
    }
  }
`;
const SET_FLAG = /* GraphQL */ `
  mutation SetFlag($input: SetEvidencePersonalDataInput!) {
    setEvidencePersonalData(input: $input) {
      evidence {
        id
        containsPersonalData
      }
      userErrors {
        code
      }
    }
  }
`;
const AUDIT_LOG = /* GraphQL */ `
  query AuditLog($organisationId: ID!) {
    auditLog(organisationId: $organisationId, action: "record.exported", limit: 200) {
      nodes {
        action
        subjectId
        details
        actor {
          email
        }
      }
    }
  }
`;

interface Listed {
  withheldEvidenceCount: number;
  evidence: {
    id: string;
    fileName: string;
    sha256: string;
    containsPersonalData: boolean;
    viewerCan: { download: boolean; setPersonalData: boolean };
  }[];
}
interface Stored {
  id: string;
  fileName: string;
  sha256: string;
  containsPersonalData: boolean;
  downloadUrl: string;
}

const NOTE = Buffer.from('Entrevista con Juan Pérez Gómez (pabellón 3): golpes durante el traslado.\n');
const NOTE_NAME = 'entrevista Juan Pérez Gómez.txt';

let server: TestServer;
let refs: DemoRefs;
let bruno: GraphqlClient; // NPM editor on the visit team
let ana: GraphqlClient; // NPM admin, off the visit team
let fernando: GraphqlClient; // State ministry admin, in the national working group
let diego: GraphqlClient; // CSO editor, in the national working group
let findingId: string; // WORKING_GROUP, readable and exportable by all four

async function upload(headers: Record<string, string> = {}): Promise<Stored> {
  const res = await uploadEvidence(server, bruno, findingId, NOTE, {
    'content-type': 'text/plain',
    'x-file-name': encodeURIComponent(NOTE_NAME),
    ...headers,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Stored;
}

async function listed(client: GraphqlClient): Promise<{ text: string; finding: Listed }> {
  const res = await client.request<{ finding: Listed }>(EVIDENCE, { id: findingId });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return { text: JSON.stringify(res), finding: res.data.finding };
}

beforeAll(async () => {
  server = await startTestServer();
  refs = await demoRefs(server);
  [bruno, ana, fernando, diego] = await Promise.all([
    signedIn(server, 'bruno.mnp@demo.opcat'),
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'fernando.minjus@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
  ]);
  const place = await createPlace(bruno, refs, { name: 'Penal de San Roque (prueba de datos personales)' });
  const visit = await planVisit(bruno, {
    placeIds: [place],
    team: [{ userId: refs.userId('bruno.mnp@demo.opcat'), expertise: 'LAW', gender: 'MALE', leader: true }],
  });
  const recorded = await bruno.request<{ recordFinding: { finding: { id: string } } }>(RECORD, {
    input: {
      visitId: visit.id,
      placeId: place,
      title: 'Golpes en traslados',
      monitoringArea: 'TREATMENT',
      severity: 'HIGH',
    },
  });
  findingId = recorded.data?.recordFinding.finding.id ?? '';
  const shared = await ana.request<{ reclassifyRecord: { userErrors: unknown[] } }>(RECLASSIFY, {
    input: {
      recordType: 'FINDING',
      recordId: findingId,
      classification: 'WORKING_GROUP',
      workingGroupId: refs.workingGroupId(NATIONAL_GROUP),
    },
  });
  expect(shared.data?.reclassifyRecord.userErrors).toEqual([]);
});

afterAll(async () => {
  await server?.close();
});

describe('evidence flagged as personal data', () => {
  it('is flagged by default, and downloads for the visit team', async () => {
    const note = await upload();
    expect(note.containsPersonalData).toBe(true);
    const res = await downloadEvidence(server, bruno, note.downloadUrl);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(NOTE)).toBe(true);
  });

  it('answers the State ministry, a CSO and an NPM admin off the visit team byte for byte like a missing id', async () => {
    const note = await upload();
    for (const outsider of [fernando, diego, ana]) {
      const denied = await answerOf(await downloadEvidence(server, outsider, note.downloadUrl));
      const missing = await answerOf(await downloadEvidence(server, outsider, `/api/evidence/${randomUUID()}`));
      expect(denied).toBe(missing);
      expect(denied).toMatch(/^404\n/);
    }
  });

  it('shows to the ministry only as withheld: counted, without its id, name or digest', async () => {
    const note = await upload();
    const { text, finding } = await listed(fernando);
    expect(finding.withheldEvidenceCount).toBeGreaterThanOrEqual(1);
    expect(finding.evidence.map((e) => e.id)).not.toContain(note.id);
    for (const secret of [note.id, note.sha256, 'Juan', 'entrevista']) expect(text).not.toContain(secret);
  });

  it('is listed for the visit team with its flag and their abilities, and nothing is withheld from them', async () => {
    const note = await upload();
    const { finding } = await listed(bruno);
    expect(finding.withheldEvidenceCount).toBe(0);
    expect(finding.evidence).toContainEqual({
      id: note.id,
      fileName: 'entrevista Juan Pérez Gómez.txt',
      sha256: note.sha256,
      containsPersonalData: true,
      viewerCan: { download: true, setPersonalData: true },
    });
    const reads = await server.orm.em.fork().count(AuditEvent, {
      action: 'record.readPersonalData',
      subjectId: findingId,
      actorUserId: refs.userId('bruno.mnp@demo.opcat'),
    });
    expect(reads).toBeGreaterThanOrEqual(1);
  });
});

describe('evidence the uploader marked as free of personal data', () => {
  it('downloads for every reader allowed to export the finding: the ministry, the CSO, the NPM admin', async () => {
    const photo = await upload({ 'x-contains-personal-data': 'false' });
    expect(photo.containsPersonalData).toBe(false);
    for (const reader of [fernando, diego, ana]) {
      expect((await downloadEvidence(server, reader, photo.downloadUrl)).status).toBe(200);
    }
  });

  it("is audited in the owner organisation's log: the NPM admin sees the ministry's download", async () => {
    const photo = await upload({ 'x-contains-personal-data': 'false' });
    expect((await downloadEvidence(server, fernando, photo.downloadUrl)).status).toBe(200);
    const log = await ana.request<{
      auditLog: { nodes: { subjectId: string; details: { evidenceId?: string }; actor: { email: string } }[] };
    }>(AUDIT_LOG, { organisationId: refs.organisationId(NPM) });
    expect(log.errors).toBeUndefined();
    expect(log.data?.auditLog.nodes).toContainEqual(
      expect.objectContaining({
        subjectId: findingId,
        details: expect.objectContaining({ evidenceId: photo.id, containsPersonalData: false }),
        actor: { email: 'fernando.minjus@demo.opcat' },
      }),
    );
  });
});

describe('setEvidencePersonalData', () => {
  it('a visit-team editor clears the flag; the change is audited and the ministry may then download', async () => {
    const note = await upload();
    const res = await bruno.request<{ setEvidencePersonalData: { evidence: unknown } }>(SET_FLAG, {
      input: { evidenceId: note.id, containsPersonalData: false },
    });
    expect(res.data?.setEvidencePersonalData.evidence).toEqual({ id: note.id, containsPersonalData: false });
    expect((await downloadEvidence(server, fernando, note.downloadUrl)).status).toBe(200);
    const changes = await server.orm.em
      .fork()
      .find(AuditEvent, { action: 'record.reclassified', subjectId: findingId });
    expect(changes.map((c) => c.details)).toContainEqual(
      expect.objectContaining({ evidenceId: note.id, containsPersonalData: false }),
    );
  });

  it('an NPM admin off the visit team cannot clear the flag of a file withheld from them: NOT_FOUND, unchanged', async () => {
    const note = await upload();
    const res = await ana.request(SET_FLAG, { input: { evidenceId: note.id, containsPersonalData: false } });
    const missing = await ana.request(SET_FLAG, { input: { evidenceId: randomUUID(), containsPersonalData: false } });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(res)).toBe(JSON.stringify(missing));
    const stored = await server.orm.em.fork().findOneOrFail(EvidenceAttachment, note.id);
    expect(stored.containsPersonalData).toBe(true);
  });

  it('a CSO editor who may download an unflagged file cannot flag or unflag it: NOT_FOUND', async () => {
    const photo = await upload({ 'x-contains-personal-data': 'false' });
    const res = await diego.request(SET_FLAG, { input: { evidenceId: photo.id, containsPersonalData: true } });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });

  it('the NPM admin off the visit team may flag an unflagged file, which then disappears from their list', async () => {
    const photo = await upload({ 'x-contains-personal-data': 'false' });
    const res = await ana.request(SET_FLAG, { input: { evidenceId: photo.id, containsPersonalData: true } });
    expect(errorCodes(res)).toEqual([]);
    const { finding } = await listed(ana);
    expect(finding.evidence.map((e) => e.id)).not.toContain(photo.id);
  });
});
