/** A GraphQL answer with errors, shaped like Apollo's CombinedGraphQLErrors for lib/graphql-errors.ts. */
export class GraphQLResponseErrors extends Error {
  constructor(readonly errors: readonly { message: string; extensions?: Record<string, unknown> | null }[]) {
    super(errors.map((error) => error.message).join('; '));
    this.name = 'GraphQLResponseErrors';
  }
}

/**
 * One GraphQL operation over plain fetch, for the sign-in page only: Apollo Client and the app's
 * document map stay out of the first download on slow connections (decision 0027). The document is a
 * string marked with codegen's GraphQL magic comment, so it is still checked against the schema and typed.
 */
export async function postGraphql<Data, Variables extends Record<string, unknown> = Record<string, never>>(
  query: string,
  variables?: Variables,
): Promise<Data> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: Data | null;
    errors?: GraphQLResponseErrors['errors'];
  } | null;
  if (body?.errors?.length) throw new GraphQLResponseErrors(body.errors);
  if (!response.ok || !body?.data) throw new Error(`GraphQL request failed (${response.status})`);
  return body.data;
}
