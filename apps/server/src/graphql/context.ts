import type { OperationContext } from '../operation/context.ts';

/**
 * The context every resolver receives: an operation context, built by `buildOperationContext`
 * for Apollo (HTTP) and graphql-ws alike (see app.ts and graphql/ws.ts).
 */
export type GraphQLContext = OperationContext;
