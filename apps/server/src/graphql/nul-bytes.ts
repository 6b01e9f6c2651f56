import { BREAK, GraphQLError, Kind, visit } from 'graphql';
import type { DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

export const NUL_REFUSED = 'Text must not contain the NUL character (U+0000)';

/** Any string (value or object key) in a parsed JSON value; iterative, since variables nest freely. */
function jsonContainsNul(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (value.includes('\0')) return true;
    } else if (Array.isArray(value)) {
      pending.push(...(value as unknown[]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key.includes('\0')) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}

/** Documents already walked: Apollo hands out its cached DocumentNode for a query it has seen. */
const walked = new WeakMap<DocumentNode, boolean>();

function documentContainsNul(document: DocumentNode): boolean {
  let found = walked.get(document);
  if (found === undefined) {
    found = walkForNul(document);
    walked.set(document, found);
  }
  return found;
}

function walkForNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (!node.value.includes('\0')) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * PostgreSQL cannot store NUL in text or jsonb, so a NUL anywhere in an operation's input would
 * fail deep in SQL as an internal error. Refused here, once for every argument of every operation
 * and both transports, as the caller's mistake.
 */
export function nulByteError(document: DocumentNode, variables: unknown): GraphQLError | null {
  if (!documentContainsNul(document) && !jsonContainsNul(variables)) return null;
  return new GraphQLError(NUL_REFUSED, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The NUL check for Apollo, once the document is valid: the same point graphql-ws checks it at. */
export const rejectNulBytesPlugin: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation({ document, request }) {
        const error = nulByteError(document, request.variables);
        if (!error) return Promise.resolve();
        return Promise.reject(
          new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } }),
        );
      },
    }),
};
