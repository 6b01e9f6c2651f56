import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ssoAdmission } from '@opcat/domain';
import type { SsoRefusal } from '@opcat/domain';
import { LOCALES } from '@opcat/domain';
import type { Locale } from '@opcat/domain';
import { loadActor } from '../../auth/load-actor.ts';
import { createSession, SESSION_IDLE_MS, sessionCookie } from '../../auth/session.ts';
import { Membership, User } from '../../db/entities/identity.ts';
import { SsoConnection, SsoLoginAttempt } from '../../db/entities/sso.ts';
import { logger } from '../../logger.ts';
import type { OperationContext } from '../../operation/context.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { hasAuthenticator, SECOND_FACTOR_WINDOW_MS } from '../identity/sign-in.ts';
import { openClientSecret } from './client-secret.ts';
import { authorizationRequest, exchangeCode, providerFor } from './provider-client.ts';
import type { ProviderIdentity } from './provider-client.ts';

/** A sign-in must come back from the provider within this time. */
export const SSO_ATTEMPT_MS = 10 * 60 * 1000;

/** Why a single sign-on ends on the sign-in page with a message (the web app translates the code). */
export type SsoFailure = SsoRefusal | 'UNAVAILABLE' | 'INVALID_STATE' | 'PROVIDER_ERROR' | 'RATE_LIMITED';

/** Where a successful sign-in stands: as after a password (decision 0025 applies unchanged). */
export type SsoStage = 'COMPLETE' | 'SECOND_FACTOR' | 'ENROLMENT_REQUIRED';

const hmac = (ctx: OperationContext, value: string) =>
  createHmac('sha256', ctx.services.env.SESSION_SECRET).update(`sso:${value}`).digest('hex');

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

async function enabledConnection(ctx: OperationContext, where: { slug: string } | { id: string }) {
  const connection = await ctx.em.findOne(SsoConnection, { ...where, enabled: true });
  return connection;
}

async function providerOf(ctx: OperationContext, connection: SsoConnection) {
  const clientSecret = await openClientSecret(ctx, connection);
  return providerFor(connection, { issuer: connection.issuer, clientId: connection.clientId, clientSecret });
}

/**
 * The first leg: a stored attempt (state and nonce as HMACs or values, the PKCE verifier) bound to
 * this browser by a random value the caller puts in a cookie, and the provider's address.
 */
export async function startSsoSignIn(
  ctx: OperationContext,
  slug: string,
  redirectUri: string,
): Promise<{ location: string; browserToken: string } | { failure: SsoFailure }> {
  const connection = /^[a-z0-9-]{1,63}$/.test(slug) ? await enabledConnection(ctx, { slug }) : null;
  if (!connection) return { failure: 'UNAVAILABLE' };
  let request;
  try {
    request = await authorizationRequest(await providerOf(ctx, connection), redirectUri);
  } catch (error) {
    logger.warn({ err: error, connectionId: connection.id }, 'single sign-on: provider unavailable');
    return { failure: 'PROVIDER_ERROR' };
  }
  const browserToken = randomBytes(32).toString('base64url');
  await ctx.em.transactional(async (tx) => {
    // Old attempts nobody finished go as new ones come.
    await tx.nativeDelete(SsoLoginAttempt, { expiresAt: { $lt: new Date() } });
    tx.create(SsoLoginAttempt, {
      stateHash: hmac(ctx, request.state),
      browserHash: hmac(ctx, browserToken),
      connection,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      redirectUri,
      expiresAt: new Date(Date.now() + SSO_ATTEMPT_MS),
    });
    await tx.flush();
  });
  return { location: request.url.href, browserToken };
}

interface Spent {
  connection_id: string;
  browser_hash: string;
  nonce: string;
  code_verifier: string;
  redirect_uri: string;
  live: boolean;
}

/**
 * The way back: the attempt named by `state` is spent (deleted) whatever happens next, so a state —
 * and the code that came with it — works once; then the provider's answer is checked and the
 * person admitted by the policy's rules (`ssoAdmission`). Refusals write nothing.
 */
export async function finishSsoSignIn(
  ctx: OperationContext,
  query: URLSearchParams,
  browserToken: string | null,
): Promise<{ stage: SsoStage } | { failure: SsoFailure }> {
  const state = query.get('state');
  if (!state || !browserToken) return { failure: 'INVALID_STATE' };
  const rows = await ctx.em.getConnection().execute<Spent[]>(
    `delete from sso_login_attempt where state_hash = ?
        returning connection_id, browser_hash, nonce, code_verifier, redirect_uri, expires_at > now() as live`,
    [hmac(ctx, state)],
  );
  const attempt = rows[0];
  if (!attempt?.live || !sameHash(attempt.browser_hash, hmac(ctx, browserToken))) {
    return { failure: 'INVALID_STATE' };
  }
  const connection = await enabledConnection(ctx, { id: attempt.connection_id });
  if (!connection) return { failure: 'UNAVAILABLE' };

  let identity: ProviderIdentity;
  try {
    const callbackUrl = new URL(attempt.redirect_uri);
    callbackUrl.search = query.toString();
    identity = await exchangeCode(await providerOf(ctx, connection), callbackUrl, {
      state,
      nonce: attempt.nonce,
      codeVerifier: attempt.code_verifier,
    });
  } catch (error) {
    logger.info({ err: error, connectionId: connection.id }, 'single sign-on: the provider answer was refused');
    return { failure: 'PROVIDER_ERROR' };
  }
  return admit(ctx, connection, identity);
}

async function admit(
  ctx: OperationContext,
  connection: SsoConnection,
  identity: ProviderIdentity,
): Promise<{ stage: SsoStage } | { failure: SsoFailure }> {
  const request = ctx.request;
  if (!request?.http) throw new Error('single sign-on answers over HTTP only');
  const organisationId = connection.organisation.id;
  const email = identity.email ?? '';
  const user = email ? await ctx.em.findOne(User, { email }) : null;
  const memberships = user ? await ctx.em.find(Membership, { user }) : [];
  const admission = ssoAdmission({
    email,
    emailVerified: identity.emailVerified && email !== '',
    allowedDomains: connection.allowedDomains,
    account: user
      ? {
          memberOfOrganisation: memberships.some((m) => m.organisation.id === organisationId),
          otherMemberships: memberships.filter((m) => m.organisation.id !== organisationId).length,
        }
      : null,
  });
  if (admission.outcome === 'REFUSED') return { failure: admission.reason };

  const secret = ctx.services.env.SESSION_SECRET;
  const meta = { ip: request.ip, userAgent: request.userAgent };
  const result = await ctx.em.transactional(async (tx) => {
    const person =
      user ??
      tx.create(User, {
        email,
        displayName: (identity.name ?? email.slice(0, email.lastIndexOf('@'))).slice(0, 200),
        passwordHash: null,
        preferredLocale: localeOf(identity.locale),
      });
    let joined: Membership | null = null;
    if (admission.outcome === 'JOIN') {
      joined = tx.create(Membership, { user: person, organisation: connection.organisation, role: connection.jitRole });
    }
    const held = user !== null && (await hasAuthenticator(ctx, person.id));
    const created = createSession(tx, person, secret, meta);
    if (held) {
      created.session.secondFactorPending = true;
      created.session.expiresAt = new Date(Date.now() + SECOND_FACTOR_WINDOW_MS);
    }
    await tx.flush();
    const source = { connectionId: connection.id, issuer: connection.issuer, subject: identity.subject };
    if (joined) {
      await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
        action: 'membership.joinedBySso',
        actor: null,
        actorUserId: person.id,
        subjectType: 'membership',
        subjectId: joined.id,
        subjectOrganisationId: organisationId,
        details: { organisationId, userId: person.id, role: joined.role, newAccount: user === null, ...source },
      });
    }
    const actor = held ? null : await loadActor(tx, created.token, secret);
    // A held session is audited as a sign-in when its second step passes (two-factor/complete-session.ts).
    if (actor) {
      await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
        action: 'auth.signIn',
        actor,
        actorUserId: person.id,
        subjectType: 'session',
        subjectId: created.session.id,
        details: { ip: request.ip, method: 'sso', ...source },
      });
    }
    const stage: SsoStage = held ? 'SECOND_FACTOR' : actor ? 'COMPLETE' : 'ENROLMENT_REQUIRED';
    return { token: created.token, stage, membershipId: joined?.id ?? null };
  });
  const maxAgeMs = result.stage === 'SECOND_FACTOR' ? SECOND_FACTOR_WINDOW_MS : SESSION_IDLE_MS;
  request.http.setCookie(sessionCookie(result.token, { secure: request.http.secure, maxAgeMs }));
  if (result.membershipId) {
    await ctx.services.bus.publish('membership', {
      organisationId,
      membershipId: result.membershipId,
      kind: 'ADDED',
    });
  }
  return { stage: result.stage };
}

function localeOf(claim: string | null): Locale {
  const language = claim?.slice(0, 2).toLowerCase();
  return LOCALES.find((locale) => locale === language) ?? 'es';
}
