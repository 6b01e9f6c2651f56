import type { CodegenConfig } from '@graphql-codegen/cli';

// Merges the SDL modules into one schema file, the contract both apps generate their types from.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    '__generated__/schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: true } },
  },
  hooks: { afterAllFileWrite: ['prettier --write --ignore-path /dev/null'] },
};
export default config;
