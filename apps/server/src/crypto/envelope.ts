import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Transform } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SealedDataRejected } from './rejected.ts';
import { openingStream, sealingStream } from './sealed-stream.ts';

/**
 * Envelope encryption (decision 0026): personal data is sealed with AES-256-GCM under a data key of
 * its organisation (or the platform key, for people's own secrets); data keys are stored wrapped by
 * the master key, which never enters the database. A dump or a backup alone reveals nothing.
 */

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const PREFIX = 'v1';

export { SealedDataRejected } from './rejected.ts';

export interface MasterKey {
  /** A fingerprint stored beside each wrapped key, so a wrong MASTER_KEY fails loudly, not as garbage. */
  id: string;
  key: Buffer;
}

export function masterKeyFrom(encoded: string): MasterKey {
  const key = Buffer.from(encoded, 'base64url');
  if (key.length !== 32) throw new Error('MASTER_KEY must be 32 bytes, base64url-encoded (43 characters)');
  return { id: createHash('sha256').update('opcat-master-key\0').update(key).digest('hex').slice(0, 32), key };
}

export function generateMasterKey(): string {
  return randomBytes(32).toString('base64url');
}

/** iv | tag | ciphertext, authenticated together with `aad`. */
export function encrypt(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function decrypt(key: Buffer, sealed: Buffer, aad: string): Buffer {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new SealedDataRejected('too short');
  const decipher = createDecipheriv(ALGORITHM, key, sealed.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new SealedDataRejected('authentication failed');
  }
}

/** The wrapped key is bound to its own id and owner: a key row cannot be swapped for another's. */
export const wrapAad = (dataKeyId: string, organisationId: string | null) =>
  `data_key:${dataKeyId}:${organisationId ?? 'platform'}`;

export function wrapDataKey(master: MasterKey, dataKeyId: string, organisationId: string | null, key: Buffer): Buffer {
  return encrypt(master.key, key, wrapAad(dataKeyId, organisationId));
}

export function unwrapDataKey(
  master: MasterKey,
  row: { id: string; organisationId: string | null; masterKeyId: string; wrappedKey: Buffer },
): Buffer {
  if (row.masterKeyId !== master.id) {
    throw new SealedDataRejected(
      `data key ${row.id} is wrapped by another master key (run keys:rotate or fix MASTER_KEY)`,
    );
  }
  return decrypt(master.key, row.wrappedKey, wrapAad(row.id, row.organisationId));
}

interface DataKeyRow {
  id: string;
  organisation_id: string | null;
  master_key_id: string;
  wrapped_key: Buffer;
}

const CURRENT_KEY = `
  select id, organisation_id, master_key_id, wrapped_key from data_key
   where organisation_id is not distinct from ? and retired_at is null
   order by created_at desc limit 1`;

/**
 * The data keys of one process. Unwrapped keys are cached by id (a key's bytes never change;
 * rotation of the master key rewraps them, rotation of a data key makes a new id).
 */
export class KeyRing {
  readonly master: MasterKey;
  private readonly cache = new Map<string, Buffer>();

  constructor(encodedMasterKey: string) {
    this.master = masterKeyFrom(encodedMasterKey);
  }

  /** Seals `plaintext` for `organisationId` (null: the platform key), bound to `aad` (table, column, row). */
  async seal(
    em: EntityManager,
    organisationId: string | null,
    plaintext: string | Buffer,
    aad: string,
  ): Promise<string> {
    const { keyId, sealed } = await this.sealBytes(
      em,
      organisationId,
      Buffer.isBuffer(plaintext) ? plaintext : Buffer.from(plaintext, 'utf8'),
      aad,
    );
    return `${PREFIX}.${keyId}.${sealed.toString('base64url')}`;
  }

  /** Binary form, for files: the sealed bytes (iv | tag | ciphertext) and the data key's id, kept beside them. */
  async sealBytes(
    em: EntityManager,
    organisationId: string | null,
    plaintext: Buffer,
    aad: string,
  ): Promise<{ keyId: string; sealed: Buffer }> {
    const { id, key } = await this.currentKey(em, organisationId);
    return { keyId: id, sealed: encrypt(key, plaintext, aad) };
  }

  /**
   * Streaming form, for files of any size (decision 0043): a transform that seals what is written to
   * it in authenticated segments (crypto/sealed-stream.ts), and the data key's id to keep beside it.
   */
  async sealStream(
    em: EntityManager,
    organisationId: string | null,
    aad: string,
  ): Promise<{ keyId: string; stream: Transform }> {
    const { id, key } = await this.currentKey(em, organisationId);
    return { keyId: id, stream: sealingStream(key, aad) };
  }

  /** A transform that opens a sealed stream; it errors (SealedDataRejected) on a changed, cut or reordered file. */
  async openStream(em: EntityManager, keyId: string, aad: string): Promise<Transform> {
    return openingStream(await this.keyById(em, keyId), aad);
  }

  async openBytes(em: EntityManager, keyId: string, sealed: Buffer, aad: string): Promise<Buffer> {
    return decrypt(await this.keyById(em, keyId), sealed, aad);
  }

  async open(em: EntityManager, sealed: string, aad: string): Promise<Buffer> {
    const [prefix, id, body] = sealed.split('.');
    if (prefix !== PREFIX || !id || body === undefined) throw new SealedDataRejected('not sealed data');
    return decrypt(await this.keyById(em, id), Buffer.from(body, 'base64url'), aad);
  }

  async openText(em: EntityManager, sealed: string, aad: string): Promise<string> {
    return (await this.open(em, sealed, aad)).toString('utf8');
  }

  /** The id of the data key that sealed `sealed` (for rotation). */
  static keyIdOf(sealed: string): string | null {
    const [prefix, id] = sealed.split('.');
    return prefix === PREFIX && id ? id : null;
  }

  static isSealed(value: string): boolean {
    return KeyRing.keyIdOf(value) !== null;
  }

  /** Forgets unwrapped keys (after a rotation in this process). */
  clear(): void {
    this.cache.clear();
  }

  private async keyById(em: EntityManager, id: string): Promise<Buffer> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const rows = await execute<DataKeyRow>(
      em,
      'select id, organisation_id, master_key_id, wrapped_key from data_key where id = ?',
      [id],
    );
    const row = rows[0];
    if (!row) throw new SealedDataRejected(`unknown data key ${id}`);
    return this.remember(row);
  }

  private async currentKey(em: EntityManager, organisationId: string | null): Promise<{ id: string; key: Buffer }> {
    let row = (await execute<DataKeyRow>(em, CURRENT_KEY, [organisationId]))[0];
    if (!row) {
      await createDataKey(em, this.master, organisationId);
      row = (await execute<DataKeyRow>(em, CURRENT_KEY, [organisationId]))[0];
      if (!row) throw new Error('a data key just created could not be read');
    }
    return { id: row.id, key: this.remember(row) };
  }

  private remember(row: DataKeyRow): Buffer {
    const key = unwrapDataKey(this.master, {
      id: row.id,
      organisationId: row.organisation_id,
      masterKeyId: row.master_key_id,
      wrappedKey: row.wrapped_key,
    });
    this.cache.set(row.id, key);
    return key;
  }
}

/**
 * Creates the current data key of an organisation (or the platform), unless a concurrent operation
 * just did: one current key per owner is enforced by a partial unique index.
 */
export async function createDataKey(
  em: EntityManager,
  master: MasterKey,
  organisationId: string | null,
): Promise<string> {
  const id = crypto.randomUUID();
  const wrapped = wrapDataKey(master, id, organisationId, randomBytes(32));
  await execute(
    em,
    `insert into data_key (id, organisation_id, master_key_id, wrapped_key, created_at)
     values (?, ?, ?, ?, now()) on conflict do nothing`,
    [id, organisationId, master.id, wrapped],
  );
  return id;
}

function execute<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
}
