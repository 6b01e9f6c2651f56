import { randomUUID } from 'node:crypto';
import { EntitySchema, OptionalProps } from '@mikro-orm/core';
import type { Role } from '@opcat/domain';
import { ROLES } from '@opcat/domain';
import { Organisation } from './identity.ts';

/** An organisation's single sign-on through its OpenID Connect provider (decision 0028). One per organisation. */
export class SsoConnection {
  [OptionalProps]?: 'id' | 'jitRole' | 'enabled' | 'createdAt' | 'updatedAt';
  id: string = randomUUID();
  organisation!: Organisation;
  /** The name in the sign-in address `/auth/oidc/<slug>/start` (lower case letters, digits and hyphens). */
  slug!: string;
  /** The provider's issuer identifier; its metadata is discovered at `<issuer>/.well-known/openid-configuration`. */
  issuer!: string;
  clientId!: string;
  /** Sealed with the organisation's data key (crypto/envelope.ts); never stored in clear. */
  clientSecretSealed!: string;
  /** Lower-case domains whose verified e-mail addresses the provider may sign in (exact match). */
  allowedDomains!: string[];
  /** The role of people who join through the provider (just-in-time). */
  jitRole: Role = 'VIEWER';
  enabled: boolean = true;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

/**
 * One sign-in on its way through the provider: state, nonce and PKCE verifier, bound to the browser
 * that started it. Single use (deleted when the provider sends the browser back), 10 minutes at most.
 */
export class SsoLoginAttempt {
  [OptionalProps]?: 'id' | 'createdAt';
  id: string = randomUUID();
  /** HMAC of the `state` parameter under SESSION_SECRET. */
  stateHash!: string;
  /** HMAC of the random value in the browser's `opcat_sso` cookie: another browser cannot finish it. */
  browserHash!: string;
  connection!: SsoConnection;
  nonce!: string;
  codeVerifier!: string;
  redirectUri!: string;
  createdAt: Date = new Date();
  expiresAt!: Date;
}

export const SsoConnectionSchema = new EntitySchema<SsoConnection>({
  class: SsoConnection,
  tableName: 'sso_connection',
  properties: {
    id: { type: 'uuid', primary: true },
    organisation: { kind: '1:1', entity: () => Organisation, owner: true, deleteRule: 'cascade', unique: true },
    slug: { type: 'string', length: 63, unique: true },
    issuer: { type: 'string', length: 500 },
    clientId: { type: 'string', length: 300 },
    clientSecretSealed: { type: 'text' },
    allowedDomains: { type: 'text[]' },
    jitRole: { enum: true, items: () => [...ROLES] },
    enabled: { type: 'boolean', default: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
});

export const SsoLoginAttemptSchema = new EntitySchema<SsoLoginAttempt>({
  class: SsoLoginAttempt,
  tableName: 'sso_login_attempt',
  properties: {
    id: { type: 'uuid', primary: true },
    stateHash: { type: 'string', length: 64, unique: true },
    browserHash: { type: 'string', length: 64 },
    connection: { kind: 'm:1', entity: () => SsoConnection, deleteRule: 'cascade', index: true },
    nonce: { type: 'string', length: 100 },
    codeVerifier: { type: 'string', length: 200 },
    redirectUri: { type: 'string', length: 600 },
    createdAt: { type: 'datetime' },
    expiresAt: { type: 'datetime', index: true },
  },
});

export const ssoSchemas = [SsoConnectionSchema, SsoLoginAttemptSchema];
