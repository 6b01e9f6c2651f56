import { Router } from 'express';
import type { Request, Response } from 'express';
import { parse as parseCookie, serialize as serializeCookie } from 'cookie';
import { tokenFromCookieHeader } from '../auth/session.ts';
import { logger } from '../logger.ts';
import { buildOperationContext } from '../operation/build.ts';
import type { OperationContext } from '../operation/context.ts';
import type { Services } from '../services.ts';
import { finishSsoSignIn, SSO_ATTEMPT_MS, startSsoSignIn } from '../modules/sso/sso-sign-in.ts';
import type { SsoFailure, SsoStage } from '../modules/sso/sso-sign-in.ts';

/** Binds a sign-in to the browser that started it (SameSite=Lax: it comes back on the provider's top-level redirect). */
const BROWSER_COOKIE = 'opcat_sso';
const CALLBACK_PATH = '/auth/oidc/callback';

const NEXT_PAGE: Record<SsoStage, string> = {
  COMPLETE: '/',
  SECOND_FACTOR: '/signin/second-step',
  ENROLMENT_REQUIRED: '/signin/enrol',
};

function contextOf(services: Services, req: Request, res: Response): Promise<OperationContext> {
  return buildOperationContext(services, {
    transport: 'http',
    sessionToken: tokenFromCookieHeader(req.headers.cookie),
    request: {
      ip: req.ip ?? 'unknown',
      userAgent: req.headers['user-agent'] ?? null,
      http: { setCookie: (value) => res.append('Set-Cookie', value), secure: req.secure },
    },
  });
}

/**
 * Where the provider sends people back. From PUBLIC_URL when set (production); otherwise this
 * request's own origin (development and tests). The provider accepts only the addresses registered
 * with it, and the callback uses the address stored with the attempt, so a forged Host gains nothing.
 */
function redirectUri(services: Services, req: Request): string {
  const base = services.env.PUBLIC_URL ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  return new URL(CALLBACK_PATH, base.endsWith('/') ? base : `${base}/`).href;
}

function browserCookie(req: Request, value: string, maxAgeMs: number): string {
  return serializeCookie(BROWSER_COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/auth/oidc',
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

function fail(res: Response, failure: SsoFailure): void {
  res.redirect(303, `/signin?sso=${failure}`);
}

/**
 * Single sign-on with OpenID Connect (decision 0028): `/auth/oidc/<slug>/start` sends the browser to
 * the organisation's provider, `/auth/oidc/callback` receives it back. Failures end on the sign-in
 * page with a code it explains; both routes are throttled per address like sign-in.
 */
export function createSsoRouter(services: Services): Router {
  const router = Router();
  const limiter = services.ssoLimiter;
  router.use('/auth/oidc', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.get('/auth/oidc/:slug/start', (req, res, next) => {
    void (async () => {
      const ip = req.ip ?? 'unknown';
      if (!(await limiter.attempt(ip))) return fail(res, 'RATE_LIMITED');
      const ctx = await contextOf(services, req, res);
      const started = await startSsoSignIn(ctx, String(req.params.slug), redirectUri(services, req));
      if ('failure' in started) return fail(res, started.failure);
      res.append('Set-Cookie', browserCookie(req, started.browserToken, SSO_ATTEMPT_MS));
      res.redirect(303, started.location);
    })().catch(next);
  });

  router.get(CALLBACK_PATH, (req, res, next) => {
    void (async () => {
      const ip = req.ip ?? 'unknown';
      if (!(await limiter.attempt(ip))) return fail(res, 'RATE_LIMITED');
      const browserToken = parseCookie(req.headers.cookie ?? '')[BROWSER_COOKIE] ?? null;
      // The binding is spent with the attempt, whatever the outcome.
      res.append('Set-Cookie', browserCookie(req, '', 0));
      const query = new URL(req.originalUrl, 'http://callback').searchParams;
      const ctx = await contextOf(services, req, res);
      const finished = await finishSsoSignIn(ctx, query, browserToken);
      if ('failure' in finished) return fail(res, finished.failure);
      await limiter.succeeded(ip);
      res.redirect(303, NEXT_PAGE[finished.stage]);
    })().catch((error: unknown) => {
      logger.error({ err: error }, 'single sign-on callback failed');
      next(error);
    });
  });
  return router;
}
