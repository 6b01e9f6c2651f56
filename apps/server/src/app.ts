import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import expressStaticGzip from 'express-static-gzip';
import express from 'express';
import helmet from 'helmet';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { EntityManager } from '@mikro-orm/postgresql';
import { repoRoot } from './env.ts';
import type { GraphQLContext } from './graphql/context.ts';
import { readAuditPlugin } from './graphql/read-audit-plugin.ts';
import { actorCachePlugin } from './graphql/actor-cache-plugin.ts';
import type { AppServices } from './services.ts';
import { buildOperationContext } from './operation/build.ts';
import { buildSchema } from './graphql/schema.ts';
import { formatError } from './graphql/errors.ts';
import { graphqlBodyErrorHandler } from './graphql/body-errors.ts';
import { rejectNulBytesPlugin } from './graphql/nul-bytes.ts';
import { LIMITS, PARSE_OPTIONS, validationRules } from './graphql/security.ts';
import { attachGraphqlWs } from './graphql/ws.ts';
import { createEvidenceRouter } from './http/evidence-routes.ts';
import { createReportRouter } from './http/report-routes.ts';
import { createAnnualReportRouter } from './http/annual-report-routes.ts';
import { createPortalRouter } from './http/portal/portal-routes.ts';
import { createExportRouter } from './http/export-routes.ts';
import { createSsoRouter } from './http/sso-routes.ts';
import { MAX_UPDATE_BYTES } from './collab/close-codes.ts';
import { tokenFromCookieHeader } from './auth/session.ts';
import { logger } from './logger.ts';
import { CLOSE_TOO_MANY_SOCKETS, closeThenTerminate } from './realtime/connections.ts';

/** Largest frame accepted on /collab: a 2 MB update (MAX_UPDATE_BYTES) plus framing. */
export const COLLAB_MAX_PAYLOAD_BYTES = MAX_UPDATE_BYTES + 1024;
const webDist = join(repoRoot, 'apps/web/dist');

export interface App {
  httpServer: Server;
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.write(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/** Browsers send cookies on cross-site WebSocket handshakes: accept only our own origin. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** Builds the one HTTP server: /graphql (HTTP + WebSocket), /collab, /healthz and the web app. */
export async function createApp(services: AppServices): Promise<App> {
  const production = services.env.NODE_ENV === 'production';
  const schema = buildSchema();
  const app = express();
  const httpServer = createServer(app);
  app.disable('x-powered-by');
  // Express reads NODE_ENV by itself to decide whether error pages show stack traces: use our Env.
  app.set('env', services.env.NODE_ENV);
  app.set('trust proxy', 'loopback');

  const graphqlWss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.maxGraphqlPayloadBytes });
  const collabWss = new WebSocketServer({ noServer: true, maxPayload: COLLAB_MAX_PAYLOAD_BYTES });
  const graphqlWs = attachGraphqlWs(graphqlWss, schema, services);
  const collab = services.collab;

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    // Apollo's own refusal names Apollo and the option that lifts it; validationRules refuses
    // introspection in production instead, in neutral words, over HTTP and graphql-ws alike.
    introspection: true,
    parseOptions: PARSE_OPTIONS,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    validationRules: validationRules(production),
    formatError: (formatted, error) => formatError(formatted, error, { production }),
    // Its default (outside NODE_ENV=test) stops Apollo on SIGINT/SIGTERM and then sends the signal
    // to the process again: main.ts saw a second signal 5 ms after the first and skipped its drain.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      rejectNulBytesPlugin,
      readAuditPlugin,
      actorCachePlugin(services.actors),
      // Apollo installs these by itself: cache control wraps every resolver and runs a hook per field
      // of every response (we set no cache hints); usage and schema reporting would send to Apollo's
      // cloud whenever APOLLO_KEY happens to be set. Nothing here may need the network (decision 0039).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'connect-src': ["'self'", 'ws:', 'wss:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'upgrade-insecure-requests': null,
        },
      },
      strictTransportSecurity: production,
    }),
  );
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(createEvidenceRouter(services));
  app.use(createReportRouter(services));
  app.use(createAnnualReportRouter(services));
  // The public portal: server-rendered, signed-out, rate-limited per address (docs/decisions/0022).
  app.use(createPortalRouter(services));
  app.use(createExportRouter(services));
  // Single sign-on with OpenID Connect (docs/decisions/0028).
  app.use(createSsoRouter(services));
  app.use(
    '/graphql',
    express.json({ limit: LIMITS.maxGraphqlPayloadBytes }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        buildOperationContext(services, {
          transport: 'http',
          sessionToken: tokenFromCookieHeader(req.headers.cookie),
          request: {
            ip: req.ip ?? 'unknown',
            userAgent: req.headers['user-agent'] ?? null,
            http: {
              setCookie: (value) => res.append('Set-Cookie', value),
              secure: req.secure,
              origin: req.get('origin') ?? null,
            },
          },
        }),
    }),
    graphqlBodyErrorHandler({ production }),
  );
  if (existsSync(webDist)) {
    // Content-hashed assets never change under their name: cached for a year. The build wrote .br and .gz
    // copies; the browser gets the smallest it accepts (decision 0027).
    app.use(
      '/assets',
      expressStaticGzip(join(webDist, 'assets'), {
        enableBrotli: true,
        orderPreference: ['br', 'gz'],
        index: false,
        serveStatic: { immutable: true, maxAge: '1y', index: false, fallthrough: false },
      }),
    );
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => res.sendFile(join(webDist, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.status(503).type('text').send('The web app is not built: run `npm run build` (npm start does it).');
    });
  }

  // One upgrade handler for both WebSocket endpoints; the session is checked before any socket exists.
  httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const wss = path === '/graphql' ? graphqlWss : path === '/collab' ? collabWss : null;
      if (!wss) return refuseUpgrade(socket, 404, 'Not Found');
      if (!sameOrigin(req)) return refuseUpgrade(socket, 403, 'Forbidden');
      const actor = await services.actors.load(
        services.orm.em.fork() as EntityManager,
        tokenFromCookieHeader(req.headers.cookie),
      );
      if (!actor) return refuseUpgrade(socket, 401, 'Unauthorized');
      // With Redis, the caps count every instance's sockets (decision 0036).
      const shared = await services.connections.reserveShared(actor);
      wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
        // Oversize frames and protocol errors surface as 'error' on the socket; without a listener
        // they would crash the whole process. ws closes the socket itself (e.g. 1009).
        ws.on('error', (error) => logger.debug({ err: error, path }, 'WebSocket error'));
        ws.once('close', shared.release);
        // One cap per session and per user for both endpoints together (on this instance, and across
        // instances when Redis is configured).
        const refusal = shared.refusal ?? services.connections.refusal(actor);
        if (refusal) {
          shared.release();
          return closeThenTerminate(ws, CLOSE_TOO_MANY_SOCKETS, refusal);
        }
        const live =
          wss === graphqlWss
            ? {
                userId: actor.userId,
                sessionId: actor.sessionId,
                close: (code: number, reason: string) => ws.close(code, reason),
                terminate: () => ws.terminate(),
              }
            : collab.accept(ws, req, actor);
        if (!live) return shared.release();
        ws.once('close', services.connections.register(live));
        if (wss === graphqlWss) graphqlWss.emit('connection', ws, req);
      });
    })().catch((error: unknown) => {
      logger.error({ err: error }, 'WebSocket upgrade failed');
      refuseUpgrade(socket, 500, 'Internal Server Error');
    });
  });

  return {
    httpServer,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    async close() {
      services.connections.closeAll(1001, 'Server shutting down');
      collab.hocuspocus.closeConnections();
      await graphqlWs.dispose();
      graphqlWss.close();
      collabWss.close();
      await apollo.stop();
    },
  };
}
