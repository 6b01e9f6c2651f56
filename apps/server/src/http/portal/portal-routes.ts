import { Router } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { logger } from '../../logger.ts';
import { buildOperationContext } from '../../operation/build.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { Services } from '../../services.ts';
import { opcatStates } from '../../modules/portal/opcat-states.ts';
import { openDataJson, practicesCsv, recommendationsCsv } from '../../modules/portal/open-data.ts';
import {
  allPublic,
  findPublicPractice,
  findPublicRecommendation,
  listPublicPractices,
  listPublicRecommendations,
} from '../../modules/portal/public-records.ts';
import type { PortalLanguage } from './labels.ts';
import { isPortalLanguage, PORTAL_LANGUAGES } from './labels.ts';
import {
  dataPage,
  homePage,
  notFoundPage,
  PORTAL_PAGE_SIZE,
  practicePage,
  practicesPage,
  recommendationPage,
  recommendationsPage,
  statesPage,
} from './pages.ts';

/** Public pages may be kept by browsers and shared caches for a few minutes; ETags revalidate them. */
const CACHE = 'public, max-age=300';

/**
 * The portal is the same for everyone: the context is anonymous whatever cookie comes with the
 * request, so a signed-in visitor sees exactly what a signed-out one sees and caches may share it.
 */
function anonymousContext(services: Services, req: Request): Promise<OperationContext> {
  return buildOperationContext(services, {
    transport: 'http',
    actor: null,
    request: { ip: req.ip ?? 'unknown', userAgent: req.headers['user-agent'] ?? null },
  });
}

function throttle(services: Services): RequestHandler {
  return (req, res, next) => {
    services.portalLimiter.consume(req.ip ?? 'unknown').then(
      (retryAfterMs) => {
        if (retryAfterMs === null) return next();
        res
          .status(429)
          .set({ 'Retry-After': String(Math.ceil(retryAfterMs / 1000)), 'Cache-Control': 'no-store' })
          .type('text/plain')
          .send('Too many requests: try again in a minute.');
      },
      (error: unknown) => next(error),
    );
  };
}

function sendHtml(res: Response, status: number, body: string): void {
  // Express answers If-None-Match with 304 from its ETag on send.
  res.status(status).set('Cache-Control', CACHE).type('html').send(body);
}

function sendDownload(res: Response, name: string, type: 'csv' | 'json' | 'md', body: string): void {
  const mime = {
    csv: 'text/csv; charset=utf-8',
    json: 'application/json; charset=utf-8',
    md: 'text/markdown; charset=utf-8',
  };
  res
    .status(200)
    .set({
      'Cache-Control': CACHE,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Content-Type': mime[type],
    })
    .send(body);
}

/** Not public and not existing answer alike: the same page, status and headers. */
function notFound(res: Response, lang: PortalLanguage): void {
  sendHtml(res, 404, notFoundPage(lang));
}

function pageNumber(req: Request): number {
  const raw = typeof req.query.page === 'string' ? Number.parseInt(req.query.page, 10) : 1;
  return Number.isFinite(raw) && raw >= 1 && raw <= 10_000 ? raw : 1;
}

type Handler = (req: Request, res: Response, ctx: OperationContext) => Promise<void>;

export function createPortalRouter(services: Services): Router {
  // The reference table is read and checked now: a malformed file stops the start, not a visitor.
  opcatStates();
  const router = Router();
  router.use('/public', throttle(services));
  const handle =
    (handler: Handler) =>
    (req: Request, res: Response, next: NextFunction): void => {
      anonymousContext(services, req)
        .then((ctx) => handler(req, res, ctx))
        .catch((error: unknown) => {
          logger.error({ err: error }, 'public portal request failed');
          next(error);
        });
    };
  const lang = (req: Request): PortalLanguage => String(req.params.lang) as PortalLanguage;

  router.get('/public', (req, res) => {
    const preferred = req.acceptsLanguages(...PORTAL_LANGUAGES) || 'es';
    res.set({ Vary: 'Accept-Language', 'Cache-Control': CACHE }).redirect(302, `/public/${preferred}/`);
  });

  // Open data: everything public, in CSV and JSON.
  router.get(
    '/public/data/:file',
    handle(async (req, res, ctx) => {
      const file = String(req.params.file);
      const states = opcatStates();
      switch (file) {
        case 'recommendations.csv':
          return sendDownload(res, file, 'csv', recommendationsCsv(await allPublic(listPublicRecommendations, ctx)));
        case 'recommendations.json':
          return sendDownload(
            res,
            file,
            'json',
            openDataJson('recommendations', await allPublic(listPublicRecommendations, ctx)),
          );
        case 'practices.csv':
          return sendDownload(res, file, 'csv', practicesCsv(await allPublic(listPublicPractices, ctx)));
        case 'practices.json':
          return sendDownload(
            res,
            file,
            'json',
            openDataJson('good-practices', await allPublic(listPublicPractices, ctx)),
          );
        case 'opcat-states.csv':
          return sendDownload(res, file, 'csv', states.csv);
        case 'opcat-states.json':
          return sendDownload(
            res,
            file,
            'json',
            openDataJson('opcat-states-parties', states.rows, { sources: '/public/data/opcat-states-sources.md' }),
          );
        case 'opcat-states-sources.md':
          return sendDownload(res, file, 'md', states.sources);
        default:
          return notFound(res, 'es');
      }
    }),
  );

  // A language the portal does not speak is not a page: on to the not-found answer below.
  router.param('lang', (_req, _res, next, value: string) => next(isPortalLanguage(value) ? undefined : 'route'));
  router.get(
    '/public/:lang',
    handle(async (req, res, ctx) => {
      const [recommendations, practices] = await Promise.all([
        listPublicRecommendations(ctx, { limit: 1, offset: 0 }),
        listPublicPractices(ctx, { limit: 1, offset: 0 }),
      ]);
      sendHtml(
        res,
        200,
        homePage(lang(req), {
          recommendations: recommendations.totalCount,
          practices: practices.totalCount,
          states: opcatStates().rows.length,
        }),
      );
    }),
  );
  router.get(
    '/public/:lang/recommendations',
    handle(async (req, res, ctx) => {
      const page = pageNumber(req);
      const list = await listPublicRecommendations(ctx, {
        limit: PORTAL_PAGE_SIZE,
        offset: (page - 1) * PORTAL_PAGE_SIZE,
      });
      sendHtml(res, 200, recommendationsPage(lang(req), list, page));
    }),
  );
  router.get(
    '/public/:lang/recommendations/:id',
    handle(async (req, res, ctx) => {
      const found = await findPublicRecommendation(ctx, String(req.params.id));
      if (!found) return notFound(res, lang(req));
      sendHtml(res, 200, recommendationPage(lang(req), found));
    }),
  );
  router.get(
    '/public/:lang/practices',
    handle(async (req, res, ctx) => {
      const page = pageNumber(req);
      const list = await listPublicPractices(ctx, { limit: PORTAL_PAGE_SIZE, offset: (page - 1) * PORTAL_PAGE_SIZE });
      sendHtml(res, 200, practicesPage(lang(req), list, page));
    }),
  );
  router.get(
    '/public/:lang/practices/:id',
    handle(async (req, res, ctx) => {
      const found = await findPublicPractice(ctx, String(req.params.id));
      if (!found) return notFound(res, lang(req));
      sendHtml(res, 200, practicePage(lang(req), found));
    }),
  );
  router.get('/public/:lang/states', (req, res) => sendHtml(res, 200, statesPage(lang(req), opcatStates().rows)));
  router.get('/public/:lang/data', (req, res) => sendHtml(res, 200, dataPage(lang(req))));
  // Anything else under /public: the same not-found page (never the web app's shell).
  router.use('/public', (req, res) => {
    const first = req.path.split('/')[1] ?? '';
    notFound(res, isPortalLanguage(first) ? first : 'es');
  });
  return router;
}
