import type { IncomingMessage } from 'node:http';
import { GraphQLError, specifiedRules, validate } from 'graphql';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import { tokenFromCookieHeader } from '../auth/session.ts';
import { buildOperationContext } from '../operation/build.ts';
import type { Services } from '../services.ts';
import { formatError } from './errors.ts';
import { validationRules } from './security.ts';

function asValidationFailure(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}

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
      // Apollo gives validation failures their code itself; graphql-ws does not.
      validate: (s, document) => validate(s, document, rules).map(asValidationFailure),
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
      onNext: (_ctx, _id, _payload, _args, result: ExecutionResult) =>
        result.errors ? { ...result, errors: format(result.errors) } : result,
    },
    wss,
  );
}
