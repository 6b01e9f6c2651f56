import { readFileSync } from 'node:fs';

/** The merged SDL of the whole API (server only: reads the generated file). */
export const typeDefs: string = readFileSync(new URL('../__generated__/schema.graphql', import.meta.url), 'utf8');
