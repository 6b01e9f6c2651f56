import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { graphQLErrorCodes, hasErrorCode } from './graphql-errors.ts';

const graphQLError = (code?: string) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'failed', ...(code ? { extensions: { code } } : {}) }],
  });

describe('graphql errors', () => {
  it('recognises not-found (which also stands for forbidden)', () => {
    expect(hasErrorCode(graphQLError('NOT_FOUND'), 'NOT_FOUND')).toBe(true);
    expect(hasErrorCode(graphQLError('NOT_FOUND'), 'UNAUTHENTICATED')).toBe(false);
  });

  it('recognises a signed-out request', () => {
    expect(hasErrorCode(graphQLError('UNAUTHENTICATED'), 'UNAUTHENTICATED')).toBe(true);
  });

  it('finds no codes in network errors or errors without extensions', () => {
    expect(graphQLErrorCodes(new TypeError('Failed to fetch'))).toEqual([]);
    expect(graphQLErrorCodes(graphQLError())).toEqual([]);
    expect(graphQLErrorCodes(undefined)).toEqual([]);
  });
});
