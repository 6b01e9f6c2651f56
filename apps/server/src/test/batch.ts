import type { GraphQLFormattedError } from 'graphql';
import type { GraphqlClient, GraphqlResponse } from './graphql-client.ts';
import { LIMITS } from '../graphql/security.ts';

/**
 * One GraphQL operation made of several aliased root fields, each with its own variables, so that
 * many independent checks travel in one request (at most LIMITS.maxAliases of them).
 */
export class AliasBatch {
  private readonly definitions: string[] = [];
  private readonly fields: string[] = [];
  readonly variables: Record<string, unknown> = {};
  readonly aliases: string[] = [];

  constructor(private readonly kind: 'query' | 'mutation') {}

  get size(): number {
    return this.fields.length;
  }

  /** Declares a variable and returns its `$name` for use in a field. */
  variable(type: string, value: unknown): string {
    const name = `v${this.definitions.length}`;
    this.definitions.push(`$${name}: ${type}`);
    this.variables[name] = value;
    return `$${name}`;
  }

  add(alias: string, field: string): void {
    if (this.fields.length >= LIMITS.maxAliases) throw new Error(`more than ${LIMITS.maxAliases} aliases`);
    this.aliases.push(alias);
    this.fields.push(`${alias}: ${field}`);
  }

  get document(): string {
    const args = this.definitions.length ? `(${this.definitions.join(', ')})` : '';
    return `${this.kind} Batch${args} {\n  ${this.fields.join('\n  ')}\n}`;
  }

  run<T = Record<string, unknown>>(client: GraphqlClient): Promise<GraphqlResponse<T>> {
    return client.request<T>(this.document, this.variables);
  }
}

/** The errors of a batched response, by the alias (first path segment) they belong to. */
export function errorsByAlias(
  errors: readonly GraphQLFormattedError[] | undefined,
): Map<string, GraphQLFormattedError[]> {
  const byAlias = new Map<string, GraphQLFormattedError[]>();
  for (const error of errors ?? []) {
    const alias = error.path?.[0];
    if (typeof alias !== 'string') throw new Error(`an error without a path: ${JSON.stringify(error)}`);
    byAlias.set(alias, [...(byAlias.get(alias) ?? []), error]);
  }
  return byAlias;
}
