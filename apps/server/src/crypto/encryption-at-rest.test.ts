import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer } from '../test/server.ts';
import type { TestServer } from '../test/server.ts';
import { decrypt, encrypt, generateMasterKey, KeyRing, SealedDataRejected } from './envelope.ts';
import { intervieweeAad, SEALED_INTERVIEWEE_FIELDS } from './personal-data.ts';
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
});
afterAll(async () => {
  await server?.close();
});

describe('personal data at rest', () => {
  it('a pg_dump of the demo database contains none of the demo identities, contacts or medical notes', async () => {
    const stdout = await databaseDump();
    expect(stdout).toMatch(/COPY public\.interviewee/);
    for (const text of DEMO_PERSONAL_DATA) expect(stdout).not.toContain(text);
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
    const keys = await server.ownerOrm.em
      .fork()
      .getConnection()
      .execute<{ current: string; retired: string }[]>(
        'select count(*) filter (where retired_at is null) as current, count(*) filter (where retired_at is not null) as retired from data_key',
      );
    expect(Number(keys[0]?.retired)).toBe(Number(keys[0]?.current));
  });
});
