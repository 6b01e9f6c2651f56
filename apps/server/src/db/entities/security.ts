import { randomUUID } from 'node:crypto';
import { EntitySchema, OptionalProps } from '@mikro-orm/core';
import { Organisation, User } from './identity.ts';

/** A person's authenticator (TOTP). Unconfirmed until the first code is given (`enabledAt` null). */
export class UserTwoFactor {
  [OptionalProps]?: 'enabledAt' | 'lastUsedStep' | 'createdAt';
  user!: User;
  /** The base32 secret, sealed with the platform data key (see crypto/envelope.ts); never stored in clear. */
  secretSealed!: string;
  enabledAt: Date | null = null;
  /** The 30-second step of the last code accepted: a code is never accepted twice. */
  lastUsedStep: number | null = null;
  createdAt: Date = new Date();
}

/** A single-use recovery code, stored as an HMAC only (shown once, at enrolment or regeneration). */
export class RecoveryCode {
  [OptionalProps]?: 'id' | 'usedAt' | 'createdAt';
  id: string = randomUUID();
  user!: User;
  codeHash!: string;
  usedAt: Date | null = null;
  createdAt: Date = new Date();
}

/**
 * A data key, wrapped (AES-256-GCM) by the master key: one per organisation for its records'
 * personal data, and one platform key (organisation null) for people's own secrets.
 */
export class DataKey {
  [OptionalProps]?: 'id' | 'organisation' | 'createdAt' | 'retiredAt';
  id: string = randomUUID();
  organisation: Organisation | null = null;
  /** The master key that wraps this one, by its fingerprint (a wrong MASTER_KEY fails loudly). */
  masterKeyId!: string;
  wrappedKey!: Buffer;
  createdAt: Date = new Date();
  /** Replaced by a newer key: still decrypts what it sealed, seals nothing new. */
  retiredAt: Date | null = null;
}

export const UserTwoFactorSchema = new EntitySchema<UserTwoFactor>({
  class: UserTwoFactor,
  tableName: 'user_two_factor',
  properties: {
    user: { kind: '1:1', entity: () => User, primary: true, owner: true, deleteRule: 'cascade' },
    secretSealed: { type: 'text' },
    enabledAt: { type: 'datetime', nullable: true },
    lastUsedStep: { type: 'integer', nullable: true },
    createdAt: { type: 'datetime' },
  },
});

export const RecoveryCodeSchema = new EntitySchema<RecoveryCode>({
  class: RecoveryCode,
  tableName: 'recovery_code',
  properties: {
    id: { type: 'uuid', primary: true },
    user: { kind: 'm:1', entity: () => User, deleteRule: 'cascade', index: true },
    codeHash: { type: 'string', length: 64 },
    usedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
  },
});

export const DataKeySchema = new EntitySchema<DataKey>({
  class: DataKey,
  tableName: 'data_key',
  // One current key per organisation, and one platform key (organisation null).
  uniques: [
    {
      name: 'data_key_current_unique',
      expression: `create unique index "data_key_current_unique" on "data_key" ((coalesce("organisation_id", '00000000-0000-0000-0000-000000000000'::uuid))) where "retired_at" is null`,
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    organisation: { kind: 'm:1', entity: () => Organisation, nullable: true, deleteRule: 'cascade', index: true },
    masterKeyId: { type: 'string', length: 32 },
    wrappedKey: { type: 'blob' },
    createdAt: { type: 'datetime' },
    retiredAt: { type: 'datetime', nullable: true },
  },
});

export const securitySchemas = [UserTwoFactorSchema, RecoveryCodeSchema, DataKeySchema];
