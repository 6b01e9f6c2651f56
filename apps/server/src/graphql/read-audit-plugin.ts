import type { ApolloServerPlugin } from '@apollo/server';
import { logger } from '../logger.ts';
import { readAuditCollector } from '../modules/audit/read-audit.ts';
import type { GraphQLContext } from './context.ts';

/**
 * GraphQL over HTTP audits its confidential reads once per operation: resolvers only collect the
 * records read (modules/audit/read-audit.ts) and the entry is appended, group-committed with other
 * requests', before the response is sent. If the append fails, the response carries an internal
 * error and none of the data: confidential data never leaves unaudited.
 */
export const readAuditPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart({ contextValue }) {
    const collector = readAuditCollector(contextValue);
    collector.deferred = true;
    return {
      async didResolveOperation({ operationName }) {
        collector.operation = operationName ?? null;
      },
      async willSendResponse({ response }) {
        try {
          await collector.flush();
        } catch (error) {
          logger.error({ err: error }, 'read audit append failed; response withheld');
          const errors = [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
          response.http.status = 500;
          if (response.body.kind === 'single') {
            response.body.singleResult = { errors };
          } else {
            response.body.initialResult = { errors, hasNext: false };
            response.body.subsequentResults = (async function* () {})();
          }
        }
      },
    };
  },
};
