import { describe, expect, it } from 'vitest';
import { schemaEnumValues } from '../test/schema.ts';
import {
  CLASSIFICATIONS,
  EXPERTISES,
  FINDING_SOURCES,
  GENDERS,
  MONITORING_AREAS,
  PLACE_STATUSES,
  PLACE_TYPES,
  RECORD_TYPES,
  SEVERITIES,
  VISIT_STATUSES,
  VISIT_TYPES,
  VULNERABILITIES,
  NPM_MODELS,
  ORGANISATION_KINDS,
  ROLES,
  USER_ERROR_CODES,
  WORKING_GROUP_KINDS,
  WORKING_GROUP_ROLES,
} from './enums.ts';

describe('enum lists', () => {
  it.each([
    ['Role', ROLES],
    ['OrganisationKind', ORGANISATION_KINDS],
    ['WorkingGroupKind', WORKING_GROUP_KINDS],
    ['WorkingGroupRole', WORKING_GROUP_ROLES],
    ['NpmModel', NPM_MODELS],
    ['UserErrorCode', USER_ERROR_CODES],
    ['Classification', CLASSIFICATIONS],
    ['RecordType', RECORD_TYPES],
    ['PlaceType', PLACE_TYPES],
    ['PlaceStatus', PLACE_STATUSES],
    ['VisitType', VISIT_TYPES],
    ['VisitStatus', VISIT_STATUSES],
    ['Expertise', EXPERTISES],
    ['Gender', GENDERS],
    ['MonitoringArea', MONITORING_AREAS],
    ['Vulnerability', VULNERABILITIES],
    ['FindingSource', FINDING_SOURCES],
    ['Severity', SEVERITIES],
  ])('%s matches the API schema', (name, values) => {
    expect([...values].sort()).toEqual(schemaEnumValues(name).sort());
  });
});
