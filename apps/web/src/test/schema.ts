import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';

const schemaPath = new URL('../../../../packages/graphql/__generated__/schema.graphql', import.meta.url);

/** Values of an enum in the API contract, for tests that keep the UI in step with it. */
export function schemaEnumValues(name: string): string[] {
  const type = buildSchema(readFileSync(schemaPath, 'utf8')).getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum in the schema`);
  return type.getValues().map((value) => value.name);
}
