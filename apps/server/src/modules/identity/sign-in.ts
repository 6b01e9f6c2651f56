import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { User } from '../../db/entities/identity.ts';
import { createSession, SESSION_IDLE_MS, sessionCookie } from '../../auth/session.ts';
import { verifyPassword } from '../../auth/password.ts';
import { loadActor } from '../../auth/load-actor.ts';
import { badRequest } from '../../errors.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { SignInInput, UserError } from '../../__generated__/resolvers-types.ts';
import { fromZod, userError } from '../user-errors.ts';
import type { MeModel } from './models.ts';
import { appendAudit } from '../audit/append-audit.ts';
import type { SessionStage } from '@opcat/domain';

const input = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

const INVALID = userError(['input'], 'INVALID_CREDENTIALS', 'Wrong e-mail or password');

type SignInResult = { me: MeModel | null; nextStep?: SessionStage | null; userErrors: UserError[] };

/** Pending sessions (waiting for the second factor) are short-lived: the code is typed within minutes. */
export const SECOND_FACTOR_WINDOW_MS = 10 * 60 * 1000;

export async function signIn(ctx: OperationContext, raw: SignInInput): Promise<SignInResult> {
  const request = ctx.request;
  if (!request?.http) throw badRequest('Sign in over HTTP: a WebSocket cannot set the session cookie');
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { me: null, userErrors: fromZod(parsed.error) };
  const { email, password } = parsed.data;
  const limiter = ctx.services.signInLimiter;
  const verdict = await limiter.check(email, request.ip);
  if (!verdict.allowed) {
    return { me: null, userErrors: [userError(['input'], 'RATE_LIMITED', 'Too many attempts; try again later')] };
  }
  // An account under attack slows everyone down a little, its owner too, but refuses no one.
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);
  const user = await ctx.em.findOne(User, { email }, { populate: ['passwordHash'] });
  if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
    await limiter.recordFailure(email);
    await appendAudit(ctx.em, ctx.services.env.AUDIT_KEY, {
      action: 'auth.signInFailed',
      actor: null,
      actorUserId: user?.id ?? null,
      details: { ip: request.ip, knownAccount: user !== null },
    });
    return { me: null, userErrors: [INVALID] };
  }
  await limiter.recordSuccess(email, request.ip);
  const secret = ctx.services.env.SESSION_SECRET;
  if (await hasAuthenticator(ctx, user.id)) {
    // The password is not enough: a session that carries no actor until the second factor passes
    // (loadActor refuses it on every transport); audited as a sign-in when it does.
    const token = await ctx.em.transactional(async (tx) => {
      const created = createSession(tx, user, secret, { ip: request.ip, userAgent: request.userAgent });
      created.session.secondFactorPending = true;
      created.session.expiresAt = new Date(Date.now() + SECOND_FACTOR_WINDOW_MS);
      await tx.flush();
      return created.token;
    });
    request.http.setCookie(sessionCookie(token, { secure: request.http.secure, maxAgeMs: SECOND_FACTOR_WINDOW_MS }));
    return { me: null, nextStep: 'SECOND_FACTOR', userErrors: [] };
  }
  const token = await ctx.em.transactional(async (tx) => {
    const created = createSession(tx, user, secret, { ip: request.ip, userAgent: request.userAgent });
    await tx.flush();
    // Loaded inside the transaction so the entry names the organisation the person acts for
    // (whose ADMINs read it in the audit log).
    const signedIn = await loadActor(tx, created.token, secret);
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'auth.signIn',
      actor: signedIn,
      actorUserId: user.id,
      subjectType: 'session',
      subjectId: created.session.id,
      details: { ip: request.ip },
    });
    return created.token;
  });
  request.http.setCookie(sessionCookie(token, { secure: request.http.secure, maxAgeMs: SESSION_IDLE_MS }));
  const actor = await loadActor(ctx.em, token, secret);
  // An organisation of the person requires two-factor and they have none: enrolment first.
  if (!actor) return { me: null, nextStep: 'ENROLMENT_REQUIRED', userErrors: [] };
  ctx.actor = actor;
  return { me: { user, actor }, userErrors: [] };
}

export async function hasAuthenticator(ctx: OperationContext, userId: string): Promise<boolean> {
  const rows = await ctx.em
    .getConnection()
    .execute<{ enrolled: boolean }[]>(
      'select exists (select 1 from user_two_factor where user_id = ? and enabled_at is not null) as enrolled',
      [userId],
    );
  return rows[0]?.enrolled === true;
}
