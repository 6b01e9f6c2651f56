import { describe, expect, it } from 'vitest';
import { schemaEnumValues } from '../test/schema.ts';
import {
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
  ])('%s matches the API schema', (name, values) => {
    expect([...values].sort()).toEqual(schemaEnumValues(name).sort());
  });
});
