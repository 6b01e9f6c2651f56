import { randomUUID } from 'node:crypto';
import { EntitySchema, OptionalProps } from '@mikro-orm/core';
import { Session, User } from './identity.ts';

/**
 * A passkey (WebAuthn credential) a person registered as a second factor beside their
 * authenticator app (decision 0037). Only the public key is stored.
 */
export class Passkey {
  [OptionalProps]?: 'id' | 'createdAt' | 'lastUsedAt' | 'transports';
  id: string = randomUUID();
  user!: User;
  /** The authenticator's credential id, base64url. */
  credentialId!: string;
  publicKey!: Buffer;
  /** The signature counter last seen (a u32, so bigint: a string here); a lower one means a cloned authenticator. */
  counter!: string;
  transports: string[] = [];
  name!: string;
  createdAt: Date = new Date();
  lastUsedAt: Date | null = null;
}

/** A WebAuthn challenge handed to one session for one ceremony, used once, short-lived. */
export class PasskeyChallenge {
  [OptionalProps]?: 'createdAt';
  session!: Session;
  purpose!: 'register' | 'authenticate';
  challenge!: string;
  expiresAt!: Date;
  createdAt: Date = new Date();
}

export const PasskeySchema = new EntitySchema<Passkey>({
  class: Passkey,
  tableName: 'passkey',
  properties: {
    id: { type: 'uuid', primary: true },
    user: { kind: 'm:1', entity: () => User, deleteRule: 'cascade', index: true },
    credentialId: { type: 'string', length: 1400, unique: true },
    publicKey: { type: 'blob' },
    counter: { type: 'bigint' },
    transports: { type: 'json' },
    name: { type: 'string', length: 100 },
    createdAt: { type: 'datetime' },
    lastUsedAt: { type: 'datetime', nullable: true },
  },
});

export const PasskeyChallengeSchema = new EntitySchema<PasskeyChallenge>({
  class: PasskeyChallenge,
  tableName: 'passkey_challenge',
  properties: {
    session: { kind: '1:1', entity: () => Session, primary: true, owner: true, deleteRule: 'cascade' },
    purpose: { type: 'string', length: 16 },
    challenge: { type: 'string', length: 200 },
    expiresAt: { type: 'datetime' },
    createdAt: { type: 'datetime' },
  },
});

export const passkeySchemas = [PasskeySchema, PasskeyChallengeSchema];
