import { readFileSync } from 'node:fs';
import { buildSchema, isInterfaceType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { POSSIBLE_TYPES } from './possible-types.ts';

const schemaPath = new URL('../../../../packages/graphql/__generated__/schema.graphql', import.meta.url);

describe('possible types', () => {
  it('lists every interface of the API with all its implementations', () => {
    const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
    const expected: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (isInterfaceType(type) && !type.name.startsWith('__')) {
        expected[type.name] = schema
          .getPossibleTypes(type)
          .map((implementation) => implementation.name)
          .sort();
      }
    }
    const actual = Object.fromEntries(Object.entries(POSSIBLE_TYPES).map(([name, types]) => [name, [...types].sort()]));
    expect(actual).toEqual(expected);
  });
});
