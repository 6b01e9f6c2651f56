/** Error codes the API puts in `extensions.code`. */
export type ApiErrorCode = 'NOT_FOUND' | 'UNAUTHENTICATED';

interface ErrorsLike {
  readonly errors: readonly { readonly extensions?: Record<string, unknown> | null }[];
}

/**
 * Apollo's CombinedGraphQLErrors and the sign-in page's plain `postGraphql` failures both carry the
 * response's `errors`; recognised by shape so that this module (used by the form kit on the sign-in
 * page) does not pull Apollo Client into the first download.
 */
function hasGraphQLErrors(error: unknown): error is ErrorsLike {
  return error instanceof Error && Array.isArray((error as Partial<ErrorsLike>).errors);
}

/** The `extensions.code` values of a GraphQL error result (empty for network and other errors). */
export function graphQLErrorCodes(error: unknown): string[] {
  if (!hasGraphQLErrors(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    const code = graphQLError.extensions?.['code'];
    return typeof code === 'string' ? [code] : [];
  });
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return graphQLErrorCodes(error).includes(code);
}
