import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are resolved from this file so the config works from the repo root and from apps/web.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const config: CodegenConfig = {
  schema: here('../../packages/graphql/__generated__/schema.graphql'),
  documents: [here('src/**/*.tsx')],
  ignoreNoDocuments: true,
  generates: {
    [here('src/__generated__/')]: {
      preset: 'client',
      // Components declare their data needs as fragments; masking would only add ceremony here.
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string', LocalDate: 'string', JSON: 'unknown' },
      },
    },
  },
  // The root .prettierignore skips __generated__ (so `npm run format` leaves it alone); format the output
  // anyway so it is identical whether codegen runs from the repo root or from apps/web.
  hooks: { afterAllFileWrite: ['prettier --write --ignore-path /dev/null'] },
};
export default config;
