import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES } from '@opcat/domain';
import { AuditEvent } from '../db/entities/audit.ts';
import { EvidenceAttachment } from '../db/entities/monitoring.ts';
import { signedIn, startTestServer } from '../test/server.ts';
import type { GraphqlClient, TestServer } from '../test/server.ts';
import { downloadEvidence, PNG, uploadEvidence } from '../test/evidence-fixtures.ts';
import { createPlace, demoRefs, NATIONAL_GROUP, planVisit } from '../test/visit-fixtures.ts';
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
      evidence {
        id
        fileName
        mimeType
        sizeBytes
        sha256
        downloadUrl
      }
    }
  }
`;

const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

let server: TestServer;
let refs: DemoRefs;
let bruno: GraphqlClient; // NPM editor on the visit team: owner side
let diego: GraphqlClient; // CSO editor: reads the shared finding, may export, may not update
let elena: GraphqlClient; // CSO contributor: reads the shared finding, may not export
let sharedFinding: string;
let privateFinding: string;

async function recordFinding(visitId: string, placeId: string, title: string): Promise<string> {
  const res = await bruno.request<{ recordFinding: { finding: { id: string } | null } }>(RECORD, {
    input: { visitId, placeId, title, monitoringArea: 'TREATMENT', severity: 'HIGH' },
  });
  const id = res.data?.recordFinding.finding?.id;
  if (!id) throw new Error(`recordFinding failed: ${JSON.stringify(res)}`);
  return id;
}

beforeAll(async () => {
  server = await startTestServer();
  refs = await demoRefs(server);
  [bruno, diego, elena] = await Promise.all([
    signedIn(server, 'bruno.mnp@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
    signedIn(server, 'elena.colectivo@demo.opcat'),
  ]);
  const place = await createPlace(bruno, refs, { name: 'Comisaría Central (prueba de evidencia)' });
  const visit = await planVisit(bruno, {
    placeIds: [place],
    team: [{ userId: refs.userId('bruno.mnp@demo.opcat'), expertise: 'LAW', gender: 'MALE', leader: true }],
  });
  sharedFinding = await recordFinding(visit.id, place, 'Lesiones visibles al ingreso');
  privateFinding = await recordFinding(visit.id, place, 'Nota interna');
  const ana = await signedIn(server, 'ana.mnp@demo.opcat');
  const shared = await ana.request<{ reclassifyRecord: { userErrors: unknown[] } }>(RECLASSIFY, {
    input: {
      recordType: 'FINDING',
      recordId: sharedFinding,
      classification: 'WORKING_GROUP',
      workingGroupId: refs.workingGroupId(NATIONAL_GROUP),
    },
  });
  expect(shared.data?.reclassifyRecord.userErrors).toEqual([]);
});

afterAll(async () => {
  await server?.close();
});

const upload = (client: GraphqlClient, findingId: string, body: Buffer, headers: Record<string, string> = {}) =>
  uploadEvidence(server, client, findingId, body, headers);
const download = (client: GraphqlClient, url: string) => downloadEvidence(server, client, url);
/** A file without personal data, so every reader allowed to export the finding may download it. */
const NOT_PERSONAL = { 'x-contains-personal-data': 'false' };

async function attachmentCount(): Promise<number> {
  return server.orm.em.fork().count(EvidenceAttachment);
}

describe('POST /api/findings/:id/evidence', () => {
  it('stores PNG bytes with their size and SHA-256, and lists them on the finding', async () => {
    const res = await upload(bruno, sharedFinding, PNG);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; sha256: string };
    expect(body).toMatchObject({
      fileName: 'celda 3 — baño.png',
      mimeType: 'image/png',
      sizeBytes: PNG.length,
      sha256: createHash('sha256').update(PNG).digest('hex'),
      downloadUrl: `/api/evidence/${body.id}`,
    });
    const listed = await bruno.request<{ finding: { evidence: unknown[] } }>(EVIDENCE, { id: sharedFinding });
    expect(listed.data?.finding.evidence).toContainEqual(expect.objectContaining({ id: body.id, sha256: body.sha256 }));
  });

  it('refuses bytes that are not what the Content-Type says (an ELF header sent as image/png) with 415', async () => {
    const before = await attachmentCount();
    const res = await upload(bruno, sharedFinding, ELF);
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    expect(await attachmentCount()).toBe(before);
  });

  it('refuses a file over EVIDENCE_MAX_BYTES with a 413 JSON error', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(EVIDENCE_MAX_BYTES)]);
    const res = await upload(bruno, sharedFinding, big);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('refuses a request without X-Requested-With: opcat (cross-site form posts cannot set it)', async () => {
    const res = await upload(bruno, sharedFinding, PNG, { 'x-requested-with': '' });
    expect(res.status).toBe(400);
  });

  it('strips any path from the file name', async () => {
    const res = await upload(bruno, sharedFinding, PNG, { 'x-file-name': encodeURIComponent('../../etc/evil.png') });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { fileName: string }).fileName).toBe('evil.png');
  });

  it('stores and serves plain text uploaded as "evil.html" as "evil.txt", typed text/plain', async () => {
    const res = await upload(bruno, sharedFinding, Buffer.from('<script>alert(1)</script>'), {
      'content-type': 'text/plain',
      'x-file-name': encodeURIComponent('evil.html'),
    });
    expect(res.status).toBe(201);
    const stored = (await res.json()) as { fileName: string; downloadUrl: string };
    expect(stored.fileName).toBe('evil.txt');
    const served = await download(bruno, stored.downloadUrl);
    expect(served.headers.get('content-disposition')).toBe('attachment; filename=evil.txt');
    expect(served.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('removes a right-to-left override from the name, stored and served, and gives it the sniffed extension', async () => {
    const res = await upload(bruno, sharedFinding, PNG, {
      'content-type': '',
      'x-file-name': encodeURIComponent('foto\u202egnp.exe'),
    });
    const stored = (await res.json()) as { fileName: string; downloadUrl: string };
    expect(stored.fileName).toBe('fotognp.png');
    const disposition = (await download(bruno, stored.downloadUrl)).headers.get('content-disposition') ?? '';
    expect(disposition).toBe('attachment; filename=fotognp.png');
    expect(decodeURIComponent(disposition)).not.toMatch(/\p{Cf}/u);
  });

  it("serves a file stored under an uploader's extension before the rule with the sniffed one", async () => {
    const stored = (await (await upload(bruno, sharedFinding, PNG)).json()) as { id: string; downloadUrl: string };
    await server.orm.em.fork().nativeUpdate(EvidenceAttachment, { id: stored.id }, { fileName: 'old\u202e.html' });
    const served = await download(bruno, stored.downloadUrl);
    expect(served.headers.get('content-disposition')).toBe('attachment; filename=old.png');
  });

  it('refuses an X-Contains-Personal-Data header that is neither true nor false, storing nothing', async () => {
    const before = await attachmentCount();
    const res = await upload(bruno, sharedFinding, PNG, { 'x-contains-personal-data': 'no' });
    expect(res.status).toBe(400);
    expect(await attachmentCount()).toBe(before);
  });

  it('answers an unreadable or read-only finding exactly like a missing one: 404, nothing stored', async () => {
    const before = await attachmentCount();
    const missing = await upload(diego, randomUUID(), PNG);
    const unreadable = await upload(diego, privateFinding, PNG);
    const readOnly = await upload(diego, sharedFinding, PNG);
    expect([missing.status, unreadable.status, readOnly.status]).toEqual([404, 404, 404]);
    const bodies = await Promise.all([missing.text(), unreadable.text(), readOnly.text()]);
    expect(new Set(bodies).size).toBe(1);
    expect(await attachmentCount()).toBe(before);
  });
});

describe('GET /api/evidence/:id', () => {
  it('sends the stored bytes as an attachment with the stored type and nosniff, and audits the export', async () => {
    const stored = (await (await upload(bruno, sharedFinding, PNG, NOT_PERSONAL)).json()) as {
      id: string;
      downloadUrl: string;
    };
    const res = await download(diego, stored.downloadUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    const audit = await server.orm.em.fork().find(AuditEvent, { action: 'record.exported', subjectId: sharedFinding });
    expect(audit.map((a) => [a.actorUserId, a.details.evidenceId])).toContainEqual([
      refs.userId('diego.voces@demo.opcat'),
      stored.id,
    ]);
  });

  it('a reader without the export right gets the same 404 as for a missing file', async () => {
    const stored = (await (await upload(bruno, sharedFinding, PNG, NOT_PERSONAL)).json()) as { downloadUrl: string };
    const denied = await download(elena, stored.downloadUrl);
    const missing = await download(elena, `/api/evidence/${randomUUID()}`);
    expect([denied.status, missing.status]).toEqual([404, 404]);
    expect(await denied.text()).toBe(await missing.text());
  });
});
