import { CombinedGraphQLErrors } from '@apollo/client';

/** Error codes the API puts in `extensions.code`. */
export type ApiErrorCode = 'NOT_FOUND' | 'UNAUTHENTICATED';

/** The `extensions.code` values of a GraphQL error result (empty for network and other errors). */
export function graphQLErrorCodes(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    const code = graphQLError.extensions?.['code'];
    return typeof code === 'string' ? [code] : [];
  });
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return graphQLErrorCodes(error).includes(code);
}
