import { randomUUID } from 'node:crypto';
import { Collection, EntitySchema, OptionalProps } from '@mikro-orm/core';
import type { ReprisalForm, ReprisalStatus } from '@opcat/domain';
import { REPRISAL_FORMS, REPRISAL_STATUSES, DEFAULT_RESPONSE_DUE_DAYS } from '@opcat/domain';
import { Organisation, User } from './identity.ts';
import { Visit } from './monitoring.ts';

/** A reprisal against someone who talked to monitors. Readable only by the users named on it. */
export class ReprisalIncident {
  [OptionalProps]?: 'id' | 'relatedVisit' | 'actionTaken' | 'status' | 'description' | 'createdAt' | 'updatedAt';
  id: string = randomUUID();
  ownerOrganisation!: Organisation;
  /** Never a name: a pseudonym agreed inside the visit team. */
  personPseudonym!: string;
  relatedVisit: Visit | null = null;
  occurredOn!: string;
  form!: ReprisalForm;
  description: string = '';
  actionTaken: string = '';
  status: ReprisalStatus = 'REPORTED';
  namedUsers = new Collection<User>(this);
  createdBy!: User;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

/** A comment on a shareable record; readable by whoever can read the record. */
export class RecordComment {
  [OptionalProps]?: 'id' | 'createdAt';
  id: string = randomUUID();
  recordType!: string;
  recordId!: string;
  author!: User;
  authorOrganisation!: Organisation;
  body!: string;
  createdAt: Date = new Date();
}

/** Per-country settings, e.g. how many days authorities have to respond to a recommendation. */
export class CountrySetting {
  [OptionalProps]?: 'responseDueDays';
  countryCode!: string;
  responseDueDays: number = DEFAULT_RESPONSE_DUE_DAYS;
}

export const ReprisalIncidentSchema = new EntitySchema<ReprisalIncident>({
  class: ReprisalIncident,
  properties: {
    id: { type: 'uuid', primary: true },
    ownerOrganisation: { kind: 'm:1', entity: () => Organisation },
    personPseudonym: { type: 'string', length: 100 },
    relatedVisit: { kind: 'm:1', entity: () => Visit, nullable: true },
    occurredOn: { type: 'date' },
    form: { enum: true, items: () => [...REPRISAL_FORMS] },
    description: { type: 'text' },
    actionTaken: { type: 'text' },
    status: { enum: true, items: () => [...REPRISAL_STATUSES] },
    namedUsers: { kind: 'm:n', entity: () => User, owner: true, pivotTable: 'reprisal_incident_named_user' },
    createdBy: { kind: 'm:1', entity: () => User },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime', onUpdate: () => new Date() },
  },
});

export const RecordCommentSchema = new EntitySchema<RecordComment>({
  class: RecordComment,
  indexes: [{ properties: ['recordType', 'recordId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    recordType: { type: 'string', length: 40 },
    recordId: { type: 'uuid' },
    author: { kind: 'm:1', entity: () => User },
    authorOrganisation: { kind: 'm:1', entity: () => Organisation },
    body: { type: 'text' },
    createdAt: { type: 'datetime' },
  },
});

export const CountrySettingSchema = new EntitySchema<CountrySetting>({
  class: CountrySetting,
  properties: {
    countryCode: { type: 'string', length: 2, primary: true },
    responseDueDays: { type: 'integer' },
  },
});
