import { randomUUID } from 'node:crypto';
import { Collection, EntitySchema, OptionalProps } from '@mikro-orm/core';
import type { Locale, NpmModel, OrganisationKind, Role, WorkingGroupKind, WorkingGroupRole } from '@opcat/domain';
import {
  requiresTwoFactorByDefault,
  LOCALES,
  NPM_MODELS,
  ORGANISATION_KINDS,
  ROLES,
  WORKING_GROUP_KINDS,
  WORKING_GROUP_ROLES,
} from '@opcat/domain';

export class User {
  [OptionalProps]?: 'id' | 'preferredLocale' | 'createdAt' | 'passwordHash' | 'platformAdmin' | 'timeZone';
  id: string = randomUUID();
  email!: string;
  displayName!: string;
  preferredLocale: Locale = 'es';
  /**
   * IANA time zone the person chose (daily digest at 06:00 there, decision 0042). Null: their organisation
   * country's zone when it has only one, else UTC.
   */
  timeZone: string | null = null;
  /** Null until an invited person sets their password (they cannot sign in before). */
  passwordHash: string | null = null;
  /** Runs the platform (decision 0029): creates organisations; reads no organisation's records for it. */
  platformAdmin: boolean = false;
  createdAt: Date = new Date();
  memberships = new Collection<Membership>(this);
}

export class Organisation {
  [OptionalProps]?: 'id' | 'countryCode' | 'npmModel' | 'createdAt' | 'requireTwoFactor' | 'hostOrganisation';
  id: string = randomUUID();
  name!: string;
  kind!: OrganisationKind;
  countryCode: string | null = null;
  npmModel: NpmModel | null = null;
  /** Members reach no data before enrolling a second factor. Unset at creation: the kind's default. */
  requireTwoFactor?: boolean;
  /** The Ombuds or NHRI an NPM sits in (decision 0029): shown, never a reason to read anything. */
  hostOrganisation: Organisation | null = null;
  createdAt: Date = new Date();
  memberships = new Collection<Membership>(this);
}

export class Membership {
  [OptionalProps]?: 'id' | 'createdAt';
  id: string = randomUUID();
  user!: User;
  organisation!: Organisation;
  role!: Role;
  createdAt: Date = new Date();
}

export class WorkingGroup {
  [OptionalProps]?: 'id' | 'countryCode' | 'region' | 'createdAt';
  id: string = randomUUID();
  name!: string;
  kind!: WorkingGroupKind;
  countryCode: string | null = null;
  region: string | null = null;
  createdAt: Date = new Date();
  members = new Collection<WorkingGroupMember>(this);
}

export class WorkingGroupMember {
  [OptionalProps]?: 'id';
  id: string = randomUUID();
  workingGroup!: WorkingGroup;
  organisation!: Organisation;
  role!: WorkingGroupRole;
}

export class Session {
  [OptionalProps]?:
    'id' | 'createdAt' | 'lastSeenAt' | 'revokedAt' | 'ip' | 'userAgent' | 'actingOrganisation' | 'secondFactorPending';
  id: string = randomUUID();
  /** HMAC-SHA-256 of the cookie token under SESSION_SECRET; the token itself is never stored. */
  tokenHash!: string;
  user!: User;
  createdAt: Date = new Date();
  expiresAt!: Date;
  lastSeenAt: Date = new Date();
  revokedAt: Date | null = null;
  ip: string | null = null;
  userAgent: string | null = null;
  /** The organisation the person acts for in this session (they choose when they belong to several). */
  actingOrganisation: Organisation | null = null;
  /** The password was right; the second factor has not been given yet. Such a session carries no actor. */
  secondFactorPending: boolean = false;
}

export const UserSchema = new EntitySchema<User>({
  class: User,
  tableName: 'user_account',
  properties: {
    id: { type: 'uuid', primary: true },
    email: { type: 'string', length: 320, unique: true },
    displayName: { type: 'string', length: 200 },
    preferredLocale: { enum: true, items: () => [...LOCALES] },
    timeZone: { type: 'string', length: 64, nullable: true },
    passwordHash: { type: 'string', length: 200, lazy: true, nullable: true },
    platformAdmin: { type: 'boolean', default: false },
    createdAt: { type: 'datetime' },
    memberships: { kind: '1:m', entity: () => Membership, mappedBy: 'user' },
  },
});

export const OrganisationSchema = new EntitySchema<Organisation>({
  class: Organisation,
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'string', length: 300 },
    kind: { enum: true, items: () => [...ORGANISATION_KINDS] },
    countryCode: { type: 'string', length: 2, nullable: true },
    npmModel: { enum: true, items: () => [...NPM_MODELS], nullable: true },
    requireTwoFactor: {
      type: 'boolean',
      default: false,
      onCreate: (organisation: Organisation) => requiresTwoFactorByDefault(organisation.kind),
    },
    hostOrganisation: { kind: 'm:1', entity: () => Organisation, nullable: true, deleteRule: 'set null' },
    createdAt: { type: 'datetime' },
    memberships: { kind: '1:m', entity: () => Membership, mappedBy: 'organisation' },
  },
});

export const MembershipSchema = new EntitySchema<Membership>({
  class: Membership,
  uniques: [{ properties: ['user', 'organisation'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    user: { kind: 'm:1', entity: () => User, deleteRule: 'cascade' },
    organisation: { kind: 'm:1', entity: () => Organisation, deleteRule: 'cascade' },
    role: { enum: true, items: () => [...ROLES] },
    createdAt: { type: 'datetime' },
  },
});

export const WorkingGroupSchema = new EntitySchema<WorkingGroup>({
  class: WorkingGroup,
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'string', length: 300 },
    kind: { enum: true, items: () => [...WORKING_GROUP_KINDS] },
    countryCode: { type: 'string', length: 2, nullable: true },
    region: { type: 'string', length: 200, nullable: true },
    createdAt: { type: 'datetime' },
    members: { kind: '1:m', entity: () => WorkingGroupMember, mappedBy: 'workingGroup' },
  },
});

export const WorkingGroupMemberSchema = new EntitySchema<WorkingGroupMember>({
  class: WorkingGroupMember,
  uniques: [{ properties: ['workingGroup', 'organisation'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    workingGroup: { kind: 'm:1', entity: () => WorkingGroup, deleteRule: 'cascade' },
    organisation: { kind: 'm:1', entity: () => Organisation, deleteRule: 'cascade' },
    role: { enum: true, items: () => [...WORKING_GROUP_ROLES] },
  },
});

export const SessionSchema = new EntitySchema<Session>({
  class: Session,
  tableName: 'user_session',
  properties: {
    id: { type: 'uuid', primary: true },
    tokenHash: { type: 'string', length: 64, unique: true },
    user: { kind: 'm:1', entity: () => User, deleteRule: 'cascade', index: true },
    createdAt: { type: 'datetime' },
    expiresAt: { type: 'datetime' },
    lastSeenAt: { type: 'datetime' },
    revokedAt: { type: 'datetime', nullable: true },
    ip: { type: 'string', length: 64, nullable: true },
    userAgent: { type: 'string', length: 500, nullable: true },
    actingOrganisation: { kind: 'm:1', entity: () => Organisation, nullable: true, deleteRule: 'set null' },
    secondFactorPending: { type: 'boolean', default: false },
  },
});

export const identitySchemas = [
  UserSchema,
  OrganisationSchema,
  MembershipSchema,
  WorkingGroupSchema,
  WorkingGroupMemberSchema,
  SessionSchema,
];
