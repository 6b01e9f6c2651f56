import type { ImportSpreadsheetInput } from '../../__generated__/resolvers-types.ts';
import type { ImportInput } from './import-spreadsheet.ts';

/** The API's input as the module's. */
export function importInput(input: ImportSpreadsheetInput, commit: boolean): ImportInput {
  return {
    uploadId: input.uploadId,
    kind: input.kind === 'PLACES' ? 'places' : 'recommendations',
    mapping: input.mapping ?? [],
    commit,
  };
}
