import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { importSpreadsheet } from '../../modules/imports/import-spreadsheet.ts';
import { importInput } from '../../modules/imports/graphql-input.ts';

export const importResolvers: Resolvers = {
  Mutation: {
    previewImport: guarded((_, { input }, ctx) => importSpreadsheet(ctx, importInput(input, false))),
    commitImport: guarded((_, { input }, ctx) => importSpreadsheet(ctx, importInput(input, true))),
  },
};
