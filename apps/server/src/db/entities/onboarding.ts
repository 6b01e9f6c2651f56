import { randomUUID } from 'node:crypto';
import { EntitySchema, OptionalProps } from '@mikro-orm/core';
import type { Locale, NpmModel, OrganisationKind, WorkingGroupRole } from '@opcat/domain';
import { LOCALES, NPM_MODELS, ORGANISATION_KINDS, WORKING_GROUP_ROLES } from '@opcat/domain';
import { Organisation, User, WorkingGroup } from './identity.ts';

/**
 * A working group's chair invited an organisation with a standing (decision 0029). It exists only
 * while pending: accepting turns it into a `working_group_member`, declining or withdrawing deletes
 * it; the audit log keeps the history.
 */
export class WorkingGroupInvitation {
  [OptionalProps]?: 'id' | 'createdAt' | 'invitedBy';
  id: string = randomUUID();
  workingGroup!: WorkingGroup;
  organisation!: Organisation;
  role!: WorkingGroupRole;
  invitedBy: User | null = null;
  createdAt: Date = new Date();
}

export const JOIN_REQUEST_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number];

/** An organisation asked, signed out, to join the platform; a platform administrator decides. */
export class JoinRequest {
  [OptionalProps]?:
    'id' | 'createdAt' | 'status' | 'decidedAt' | 'decidedBy' | 'organisation' | 'countryCode' | 'npmModel' | 'message';
  id: string = randomUUID();
  name!: string;
  kind!: OrganisationKind;
  countryCode: string | null = null;
  npmModel: NpmModel | null = null;
  contactName!: string;
  contactEmail!: string;
  /** The language of the request form: the first admin's invitation is written in it. */
  locale!: Locale;
  message: string | null = null;
  status: JoinRequestStatus = 'PENDING';
  createdAt: Date = new Date();
  decidedAt: Date | null = null;
  decidedBy: User | null = null;
  /** The organisation an approval created. */
  organisation: Organisation | null = null;
}

export const WorkingGroupInvitationSchema = new EntitySchema<WorkingGroupInvitation>({
  class: WorkingGroupInvitation,
  uniques: [{ properties: ['workingGroup', 'organisation'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    workingGroup: { kind: 'm:1', entity: () => WorkingGroup, deleteRule: 'cascade' },
    organisation: { kind: 'm:1', entity: () => Organisation, deleteRule: 'cascade', index: true },
    role: { enum: true, items: () => [...WORKING_GROUP_ROLES] },
    invitedBy: { kind: 'm:1', entity: () => User, nullable: true, deleteRule: 'set null' },
    createdAt: { type: 'datetime' },
  },
});

export const JoinRequestSchema = new EntitySchema<JoinRequest>({
  class: JoinRequest,
  indexes: [{ properties: ['status', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'string', length: 300 },
    kind: { enum: true, items: () => [...ORGANISATION_KINDS] },
    countryCode: { type: 'string', length: 2, nullable: true },
    npmModel: { enum: true, items: () => [...NPM_MODELS], nullable: true },
    contactName: { type: 'string', length: 200 },
    contactEmail: { type: 'string', length: 320 },
    locale: { enum: true, items: () => [...LOCALES] },
    message: { type: 'string', length: 2000, nullable: true },
    status: { enum: true, items: () => [...JOIN_REQUEST_STATUSES] },
    createdAt: { type: 'datetime' },
    decidedAt: { type: 'datetime', nullable: true },
    decidedBy: { kind: 'm:1', entity: () => User, nullable: true, deleteRule: 'set null' },
    organisation: { kind: 'm:1', entity: () => Organisation, nullable: true, deleteRule: 'set null' },
  },
});

export const onboardingSchemas = [WorkingGroupInvitationSchema, JoinRequestSchema];
