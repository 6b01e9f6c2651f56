import { createHmac, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse as parseCookie, serialize as serializeCookie } from 'cookie';
import { Session } from '../db/entities/identity.ts';
import type { User } from '../db/entities/identity.ts';

export const SESSION_COOKIE = 'opcat_session';
/** A session ends after this long without use... */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** ...and in any case this long after sign-in. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;

export function hashToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

export function tokenFromCookieHeader(header: string | undefined): string | null {
  if (!header) return null;
  const token = parseCookie(header)[SESSION_COOKIE];
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

export function sessionCookie(token: string, options: { secure: boolean; maxAgeMs: number }): string {
  return serializeCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: '/',
    maxAge: Math.floor(options.maxAgeMs / 1000),
  });
}

export function clearedSessionCookie(secure: boolean): string {
  return serializeCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 });
}

/** Creates a server-side session and returns the cookie token (shown once, stored only as an HMAC). */
export function createSession(
  em: EntityManager,
  user: User,
  secret: string,
  meta: { ip: string | null; userAgent: string | null },
): { token: string; session: Session } {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  const session = em.create(Session, {
    tokenHash: hashToken(token, secret),
    user,
    expiresAt: new Date(now + SESSION_IDLE_MS),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 500) ?? null,
  });
  return { token, session };
}
