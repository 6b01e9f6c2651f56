import type { IncomingMessage } from 'node:http';
import { getOperationAST, GraphQLError, specifiedRules } from 'graphql';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import { tokenFromCookieHeader } from '../auth/session.ts';
import { buildOperationContext } from '../operation/build.ts';
import type { Services } from '../services.ts';
import { formatError } from './errors.ts';
import { prepareOperation } from './prepare-operation.ts';
import { validationRules } from './security.ts';
import { sharedSubscribe } from './shared-subscription-execution.ts';

/**
 * graphql-ws on /graphql with the same schema, context builder, validation rules and error
 * formatting as Apollo over HTTP. (graphql-ws applies none of Apollo's settings by itself.)
 */
export function attachGraphqlWs(wss: WebSocketServer, schema: GraphQLSchema, services: Services) {
  const production = services.env.NODE_ENV === 'production';
  const rules = [...specifiedRules, ...validationRules(production)];
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e, { production }));
  return useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      schema,
      // An event the fan-out hands to many subscribers is executed once per document (decision 0036).
      subscribe: sharedSubscribe(schema),
      onSubscribe: (_ctx, _id, payload) => {
        try {
          return prepareOperation(schema, rules, payload);
        } catch (error) {
          // A bug, not the client's fault: answered (masked and logged by onError) on this
          // operation alone, rather than closing the socket and every subscription on it.
          return [new GraphQLError('Internal server error', { originalError: error as Error })];
        }
      },
      context: (ctx) =>
        buildOperationContext(services, {
          transport: 'ws',
          sessionToken: tokenFromCookieHeader(ctx.extra.request.headers.cookie),
          request: {
            ip: ctx.extra.request.socket.remoteAddress ?? 'unknown',
            userAgent: ctx.extra.request.headers['user-agent'] ?? null,
          },
        }) as never,
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, args, result: ExecutionResult) => {
        const formatted = result.errors ? { ...result, errors: format(result.errors) } : result;
        // As over HTTP (graphql/actor-cache-plugin.ts): a mutation answers once this instance's actor
        // cache has heard what it committed. (Subscription events, the fan-out's path, stay synchronous.)
        if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return formatted;
        return services.actors.barrier().then(() => formatted);
      },
    },
    wss,
  );
}
