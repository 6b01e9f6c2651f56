import { getOperationAST, getVariableValues, GraphQLError, parse, validate } from 'graphql';
import type { DocumentNode, ExecutionArgs, GraphQLSchema, ValidationRule } from 'graphql';
import { nulByteError } from './nul-bytes.ts';
import { PARSE_OPTIONS } from './security.ts';

export interface OperationRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** The same error with Apollo's code for the step that refused it. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

/**
 * Apollo's steps before execution, for graphql-ws: parse (token limit), validate, NUL check,
 * resolve the operation, coerce the variables. A refusal is an error list carrying the code Apollo
 * gives it over HTTP; graphql-ws sends it as that operation's error and keeps the socket open
 * (left to itself it would throw on a syntax error and close the socket with 4500).
 */
export function prepareOperation(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  request: OperationRequest,
): ExecutionArgs | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(request.query, PARSE_OPTIONS);
  } catch (error) {
    const parseError =
      error instanceof GraphQLError ? error : new GraphQLError(error instanceof Error ? error.message : String(error));
    return [withCode(parseError, 'GRAPHQL_PARSE_FAILED')];
  }
  const invalid = validate(schema, document, rules);
  if (invalid.length > 0) return invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
  const nul = nulByteError(document, request.variables);
  if (nul) return [nul];

  const operationName = request.operationName ?? null;
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    // graphql-js's own words, which Apollo passes on.
    const message = operationName
      ? `Unknown operation named "${operationName}".`
      : 'Must provide operation name if query contains multiple operations.';
    return [new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
  }
  const variables = request.variables ?? {};
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
  if (coerced.errors) return coerced.errors.map((error) => withCode(error, 'BAD_USER_INPUT'));
  // The raw variables: execute coerces them itself, and coercing coerced custom scalars could fail.
  return { schema, document, operationName, variableValues: variables };
}
