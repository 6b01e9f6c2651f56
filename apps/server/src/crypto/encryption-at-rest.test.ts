import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EvidenceAttachment } from '../db/entities/monitoring.ts';
import { downloadEvidence, uploadEvidence } from '../test/evidence-fixtures.ts';
import { signedIn, startTestServer } from '../test/server.ts';
import type { TestServer } from '../test/server.ts';
import { createPlace, demoRefs, planVisit } from '../test/visit-fixtures.ts';
import { evidenceAad, openEvidenceContent } from './evidence-content.ts';
import { decrypt, encrypt, generateMasterKey, KeyRing, SealedDataRejected } from './envelope.ts';
import { intervieweeAad, SEALED_INTERVIEWEE_FIELDS, sealPlaintextPersonalData } from './personal-data.ts';
import { rotateDataKeys, rotateMasterKey } from './rotate.ts';

const PG_DUMP = ['/usr/lib/postgresql/15/bin/pg_dump', '/usr/bin/pg_dump'].find((path) => existsSync(path));

/** Texts the demo seed writes into interviewees' identity, contact and medical notes (all fictional). */
const DEMO_PERSONAL_DATA = [
  'Identidad ficticia de demostración',
  'Contacto a través de su defensa pública',
  'Nota clínica ficticia',
  '000-000-000',
];

interface Row {
  id: string;
  identity: string;
  contact: string | null;
  medical_notes: string | null;
}

let server: TestServer;
let plain: Map<string, (string | null)[]>;

/** An interview note uploaded as evidence: a witness's name in the bytes (fictional). */
const NOTE = Buffer.from('Declaración de Rosaura Quintanilla Ibáñez, celda 12: amenazas tras la visita.\n');
let evidence: { id: string; downloadUrl: string; sha256: string };

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordFindingInput!) {
    recordFinding(input: $input) {
      finding {
        id
      }
    }
  }
`;

/** Bruno (NPM editor) records a finding on a new visit of his and uploads NOTE to it, as the web client does. */
async function uploadNote(): Promise<{ id: string; downloadUrl: string; sha256: string }> {
  const refs = await demoRefs(server);
  const bruno = await signedIn(server, 'bruno.mnp@demo.opcat');
  const place = await createPlace(bruno, refs, { name: 'Penal de Las Acacias (cifrado en reposo)' });
  const visit = await planVisit(bruno, {
    placeIds: [place],
    team: [{ userId: refs.userId('bruno.mnp@demo.opcat'), expertise: 'LAW', gender: 'MALE', leader: true }],
  });
  const recorded = await bruno.request<{ recordFinding: { finding: { id: string } } }>(RECORD, {
    input: { visitId: visit.id, placeId: place, title: 'Amenazas', monitoringArea: 'TREATMENT', severity: 'HIGH' },
  });
  const findingId = recorded.data?.recordFinding.finding.id;
  if (!findingId) throw new Error(JSON.stringify(recorded));
  const res = await uploadEvidence(server, bruno, findingId, NOTE, {
    'content-type': 'text/plain',
    'x-file-name': 'declaracion.txt',
  });
  expect(res.status).toBe(201);
  const stored = (await res.json()) as { id: string; downloadUrl: string; sha256: string };
  const back = await downloadEvidence(server, bruno, stored.downloadUrl);
  expect(back.status).toBe(200);
  expect(Buffer.from(await back.arrayBuffer()).equals(NOTE)).toBe(true);
  return stored;
}

async function storedEvidence(id: string): Promise<EvidenceAttachment> {
  return server.ownerOrm.em.fork().findOneOrFail(EvidenceAttachment, id, { populate: ['content'] as never });
}

async function intervieweeRows(): Promise<Row[]> {
  return server.ownerOrm.em
    .fork()
    .getConnection()
    .execute<Row[]>('select id, identity, contact, medical_notes from interviewee order by id');
}

/** Every sealed field opened with `keyRing`, as the server does after the policy said yes. */
async function openAll(keyRing: KeyRing): Promise<Map<string, (string | null)[]>> {
  const em = server.orm.em.fork() as EntityManager;
  const opened = new Map<string, (string | null)[]>();
  for (const row of await intervieweeRows()) {
    const values = [row.identity, row.contact, row.medical_notes];
    opened.set(
      row.id,
      await Promise.all(
        values.map((value, i) =>
          value === null
            ? null
            : keyRing.openText(em, value, intervieweeAad(row.id, SEALED_INTERVIEWEE_FIELDS[i] ?? 'identity')),
        ),
      ),
    );
  }
  return opened;
}

/**
 * The whole database as text: pg_dump when its version can read the server's (pg_dump 15 refuses
 * PostgreSQL 18, which the test run embeds), else every table of the schema through COPY — the
 * same rows pg_dump's data section would hold.
 */
async function databaseDump(): Promise<string> {
  const url = server.ownerOrm.config.get('clientUrl') as string;
  if (PG_DUMP) {
    try {
      const { stdout } = await promisify(execFile)(PG_DUMP, ['--no-owner', url], { maxBuffer: 256 * 1024 * 1024 });
      return stdout;
    } catch (error) {
      if (!String(error).includes('server version mismatch')) throw error;
      console.warn(`${PG_DUMP} cannot read this server's version: dumping every table through COPY instead`);
    }
  }
  const connection = server.ownerOrm.em.fork().getConnection();
  const tables = await connection.execute<{ name: string }[]>(
    "select tablename as name from pg_tables where schemaname = 'public' order by tablename",
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await connection.execute<Record<string, unknown>[]>(`select * from "${name}"`);
    parts.push(
      `COPY public.${name}`,
      ...rows.map((row) =>
        JSON.stringify(Object.values(row).map((v) => (Buffer.isBuffer(v) ? v.toString('latin1') : v))),
      ),
    );
  }
  return parts.join('\n');
}

beforeAll(async () => {
  server = await startTestServer();
  plain = await openAll(server.services.keyRing);
  evidence = await uploadNote();
});
afterAll(async () => {
  await server?.close();
});

describe('personal data at rest', () => {
  it('a pg_dump of the demo database contains none of the demo identities, contacts or medical notes', async () => {
    const stdout = await databaseDump();
    expect(stdout).toMatch(/COPY public\.interviewee/);
    for (const text of DEMO_PERSONAL_DATA) expect(stdout).not.toContain(text);
    // Evidence files too (decision 0030): the uploaded note's witness appears nowhere in the dump.
    expect(stdout).toMatch(/COPY public\.evidence_attachment/);
    expect(stdout).not.toContain('Rosaura Quintanilla');
    // What the server hands the visit team is the demo text, so the dump really holds it sealed.
    const opened = [...plain.values()].flat().join('\n');
    for (const text of DEMO_PERSONAL_DATA) expect(opened).toContain(text);
    // The TOTP secrets are sealed too (none is enrolled in this world; the column is checked by its prefix).
    const rows = await intervieweeRows();
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => r.identity.startsWith('v1.'))).toBe(true);
  });

  it('tampered ciphertext, or ciphertext moved to another row, is refused (GCM authentication)', async () => {
    const key = Buffer.alloc(32, 7);
    const sealed = encrypt(key, Buffer.from('Identidad'), 'interviewee.identity:a');
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    expect(() => decrypt(key, flipped, 'interviewee.identity:a')).toThrow(SealedDataRejected);
    expect(() => decrypt(key, sealed, 'interviewee.identity:b')).toThrow(SealedDataRejected);

    const [first, second] = await intervieweeRows();
    if (!first || !second) throw new Error('the demo world has interviewees');
    const em = server.orm.em.fork() as EntityManager;
    const body = first.identity.split('.');
    const bytes = Buffer.from(body[2] ?? '', 'base64url');
    bytes[20] = (bytes[20] ?? 0) ^ 0xff;
    const tampered = `${body[0]}.${body[1]}.${bytes.toString('base64url')}`;
    await expect(server.services.keyRing.openText(em, tampered, intervieweeAad(first.id, 'identity'))).rejects.toThrow(
      SealedDataRejected,
    );
    await expect(
      server.services.keyRing.openText(em, first.identity, intervieweeAad(second.id, 'identity')),
    ).rejects.toThrow(SealedDataRejected);
  });

  it('an evidence file is stored sealed: the bytes in the table are not the file, a flipped byte or a move is refused', async () => {
    const row = await storedEvidence(evidence.id);
    expect(row.contentKeyId).not.toBeNull();
    expect(row.content.includes(Buffer.from('Rosaura'))).toBe(false);
    expect(row.content.length).toBe(NOTE.length + 28); // iv (12) and tag (16) beside the ciphertext
    expect(row.sha256).toBe(evidence.sha256);
    const em = server.orm.em.fork() as EntityManager;
    expect((await openEvidenceContent(em, server.services.keyRing, row)).equals(NOTE)).toBe(true);
    const flipped = Buffer.from(row.content);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    await expect(
      openEvidenceContent(em, server.services.keyRing, { ...row, content: flipped, id: row.id }),
    ).rejects.toThrow(SealedDataRejected);
    await expect(
      server.services.keyRing.openBytes(em, row.contentKeyId!, row.content, evidenceAad(crypto.randomUUID())),
    ).rejects.toThrow(SealedDataRejected);
  });

  it('a file stored before sealing existed is sealed by the start-up data migration and still downloads', async () => {
    const owner = server.ownerOrm.em.fork().getConnection();
    await owner.execute('update evidence_attachment set content = ?, content_key_id = null where id = ?', [
      NOTE,
      evidence.id,
    ]);
    const sealed = await sealPlaintextPersonalData(server.orm.em.fork() as EntityManager, server.services.keyRing);
    expect(sealed).toBeGreaterThanOrEqual(1);
    const row = await storedEvidence(evidence.id);
    expect(row.contentKeyId).not.toBeNull();
    expect(row.content.includes(Buffer.from('Rosaura'))).toBe(false);
  });

  it('after rotating the master key, then the data keys, everything still reads; the old master key no longer does', async () => {
    const em = server.orm.em.fork() as EntityManager;
    const oldMaster = server.env.MASTER_KEY;
    const newMaster = generateMasterKey();
    expect(await rotateMasterKey(em, oldMaster, newMaster)).toBeGreaterThan(0);
    expect(await openAll(new KeyRing(newMaster))).toEqual(plain);
    await expect(openAll(new KeyRing(oldMaster))).rejects.toThrow(SealedDataRejected);

    const before = await intervieweeRows();
    expect(await rotateDataKeys(em, newMaster)).toBeGreaterThan(0);
    const after = await intervieweeRows();
    expect(after.map((r) => r.identity)).not.toEqual(before.map((r) => r.identity));
    expect(await openAll(new KeyRing(newMaster))).toEqual(plain);
    // The evidence file moved to its organisation's new data key and still opens to the same bytes.
    const file = await storedEvidence(evidence.id);
    const retired = await server.ownerOrm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from data_key where id = ? and retired_at is null', [
        file.contentKeyId,
      ]);
    expect(Number(retired[0]?.n)).toBe(1);
    const opened = await openEvidenceContent(server.orm.em.fork() as EntityManager, new KeyRing(newMaster), file);
    expect(opened.equals(NOTE)).toBe(true);
    const keys = await server.ownerOrm.em
      .fork()
      .getConnection()
      .execute<{ current: string; retired: string }[]>(
        'select count(*) filter (where retired_at is null) as current, count(*) filter (where retired_at is not null) as retired from data_key',
      );
    expect(Number(keys[0]?.retired)).toBe(Number(keys[0]?.current));
  });
});
