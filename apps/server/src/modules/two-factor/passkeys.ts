import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type {
  AuthenticationResponseJSON,
  AuthenticatorTransportFuture,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { z } from 'zod';
import { loadSessionStanding } from '../../auth/session-standing.ts';
import type { SessionStanding } from '../../auth/session-standing.ts';
import { badRequest, notFound } from '../../errors.ts';
import type { OperationContext } from '../../operation/context.ts';
import type {
  AddPasskeyInput,
  UserError,
  VerifyPasskeySecondFactorInput,
} from '../../__generated__/resolvers-types.ts';
import { appendAudit } from '../audit/append-audit.ts';
import type { MeModel } from '../identity/models.ts';
import { isId } from '../ids.ts';
import { fromZod, userError } from '../user-errors.ts';
import { throttledSecondFactor } from './check-code.ts';
import { completeSession } from './complete-session.ts';

/**
 * Passkeys (WebAuthn) as a second factor beside the authenticator app (decision 0037), with
 * @simplewebauthn/server. A person who already uses an authenticator app may add passkeys; at the
 * second step of sign-in a passkey replaces typing a code. The app and the recovery codes stay the
 * fallback (a lost laptop must not lock anyone out), so "enrolled" still means "has an authenticator".
 */

export interface PasskeyModel {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

interface PasskeyRow {
  id: string;
  credential_id: string;
  public_key: Buffer;
  counter: string;
  transports: AuthenticatorTransportFuture[];
  name: string;
  created_at: Date | string;
  last_used_at: Date | string | null;
}

const CHALLENGE_MS = 5 * 60_000;
const RP_NAME = 'opcat-hub';

const NOT_ENROLLED = userError([], 'NOT_ENROLLED', 'Set up an authenticator app first');
const UNAVAILABLE = userError([], 'PASSKEY_UNAVAILABLE', 'Passkeys need the address of the app (PUBLIC_URL)');
const NOT_VERIFIED = userError(['input', 'responseJson'], 'INVALID_CODE', 'The passkey could not be verified');

const all = <T>(ctx: OperationContext, sql: string, params: unknown[]) =>
  ctx.em.getConnection().execute<T[]>(sql, params, 'all', ctx.em.getTransactionContext());

/**
 * Who the passkeys are for: PUBLIC_URL's host and origin. Without PUBLIC_URL (the embedded demo,
 * development, tests) only a page on localhost, where browsers allow WebAuthn over plain HTTP; an
 * origin header naming another host is never trusted as the relying party.
 */
function relyingParty(ctx: OperationContext): { rpID: string; origin: string } | null {
  const publicUrl = ctx.services.env.PUBLIC_URL;
  if (publicUrl) {
    const url = new URL(publicUrl);
    return { rpID: url.hostname, origin: url.origin };
  }
  const origin = ctx.request?.http?.origin;
  if (!origin) return null;
  try {
    const url = new URL(origin);
    return url.hostname === 'localhost' ? { rpID: 'localhost', origin: url.origin } : null;
  } catch {
    return null;
  }
}

async function storeChallenge(
  ctx: OperationContext,
  sessionId: string,
  purpose: 'register' | 'authenticate',
  challenge: string,
): Promise<void> {
  await ctx.em.getConnection().execute(
    `insert into passkey_challenge (session_id, purpose, challenge, expires_at, created_at)
     values (?, ?, ?, ?, now())
     on conflict (session_id) do update
       set purpose = excluded.purpose, challenge = excluded.challenge, expires_at = excluded.expires_at,
           created_at = excluded.created_at`,
    [sessionId, purpose, challenge, new Date(Date.now() + CHALLENGE_MS)],
    'run',
    ctx.em.getTransactionContext(),
  );
}

/** The session's pending challenge for `purpose`, deleted as it is read: each one serves one answer. */
async function takeChallenge(
  ctx: OperationContext,
  sessionId: string,
  purpose: 'register' | 'authenticate',
): Promise<string | null> {
  const rows = await all<{ challenge: string }>(
    ctx,
    `delete from passkey_challenge where session_id = ? and purpose = ? and expires_at > now() returning challenge`,
    [sessionId, purpose],
  );
  return rows[0]?.challenge ?? null;
}

function passkeyRows(ctx: OperationContext, userId: string): Promise<PasskeyRow[]> {
  return all<PasskeyRow>(
    ctx,
    `select id, credential_id, public_key, counter::text as counter, transports, name, created_at, last_used_at
       from passkey where user_id = ? order by created_at, id`,
    [userId],
  );
}

const toModel = (row: PasskeyRow): PasskeyModel => ({
  id: row.id,
  name: row.name,
  // Raw rows carry timestamps as PostgreSQL text.
  createdAt: new Date(row.created_at),
  lastUsedAt: row.last_used_at === null ? null : new Date(row.last_used_at),
});

function parseJson<T>(text: string): T | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as T) : null;
  } catch {
    return null;
  }
}

/** A usable session of a person with an authenticator app: the only one that may add passkeys. */
async function enrolledStanding(ctx: OperationContext): Promise<SessionStanding | null> {
  const standing = await loadSessionStanding(ctx.em, ctx.sessionToken, ctx.services.env.SESSION_SECRET);
  return standing && ctx.actor && standing.stage === 'COMPLETE' && standing.enrolled ? standing : null;
}

/** The viewer's passkeys, for the account page (none while the session waits for its second step). */
export async function listPasskeys(ctx: OperationContext, standing: SessionStanding): Promise<PasskeyModel[]> {
  if (standing.stage !== 'COMPLETE') return [];
  return (await passkeyRows(ctx, standing.userId)).map(toModel);
}

/** Whether the second step can take a passkey: the person has one (told only to their own session). */
export async function passkeyAvailable(ctx: OperationContext, standing: SessionStanding): Promise<boolean> {
  const rows = await all<{ n: string }>(ctx, 'select count(*) as n from passkey where user_id = ?', [standing.userId]);
  return Number(rows[0]?.n ?? 0) > 0;
}

type OptionsPayload = { optionsJson: string | null; userErrors: UserError[] };

export async function startPasskeyRegistration(ctx: OperationContext): Promise<OptionsPayload> {
  const standing = await enrolledStanding(ctx);
  if (!standing) return { optionsJson: null, userErrors: [NOT_ENROLLED] };
  const rp = relyingParty(ctx);
  if (!rp) return { optionsJson: null, userErrors: [UNAVAILABLE] };
  const existing = await passkeyRows(ctx, standing.userId);
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.rpID,
    userName: standing.email,
    userID: new TextEncoder().encode(standing.userId),
    attestationType: 'none',
    excludeCredentials: existing.map((row) => ({ id: row.credential_id, transports: row.transports })),
    authenticatorSelection: { residentKey: 'discouraged', userVerification: 'preferred' },
  });
  await storeChallenge(ctx, standing.sessionId, 'register', options.challenge);
  return { optionsJson: JSON.stringify(options), userErrors: [] };
}

const addInput = z.object({ name: z.string().trim().min(1).max(100), responseJson: z.string().min(2).max(20_000) });

export async function addPasskey(
  ctx: OperationContext,
  raw: AddPasskeyInput,
): Promise<{ passkey: PasskeyModel | null; userErrors: UserError[] }> {
  const parsed = addInput.safeParse(raw);
  if (!parsed.success) return { passkey: null, userErrors: fromZod(parsed.error) };
  const standing = await enrolledStanding(ctx);
  if (!standing || !ctx.actor) return { passkey: null, userErrors: [NOT_ENROLLED] };
  const rp = relyingParty(ctx);
  if (!rp) return { passkey: null, userErrors: [UNAVAILABLE] };
  const challenge = await takeChallenge(ctx, standing.sessionId, 'register');
  const response = parseJson<RegistrationResponseJSON>(parsed.data.responseJson);
  if (!challenge || !response) return { passkey: null, userErrors: [NOT_VERIFIED] };
  let info;
  try {
    const verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: false,
    });
    info = verification.verified ? verification.registrationInfo : undefined;
  } catch {
    info = undefined;
  }
  if (!info) return { passkey: null, userErrors: [NOT_VERIFIED] };
  const { credential } = info;
  const actor = ctx.actor;
  const inserted = await ctx.em.transactional(async (tx) => {
    const rows = await tx.getConnection().execute<PasskeyRow[]>(
      `insert into passkey (id, user_id, credential_id, public_key, counter, transports, name, created_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?::jsonb, ?, now())
       on conflict (credential_id) do nothing
       returning id, credential_id, public_key, counter::text as counter, transports, name, created_at, last_used_at`,
      [
        standing.userId,
        credential.id,
        Buffer.from(credential.publicKey),
        credential.counter,
        JSON.stringify(credential.transports ?? []),
        parsed.data.name,
      ],
      'all',
      tx.getTransactionContext(),
    );
    const row = rows[0];
    if (row) {
      await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
        action: 'auth.passkeyAdded',
        actor,
        subjectType: 'passkey',
        subjectId: row.id,
      });
    }
    return row ?? null;
  });
  if (!inserted)
    return { passkey: null, userErrors: [userError([], 'ALREADY_ENROLLED', 'This passkey is registered')] };
  return { passkey: toModel(inserted), userErrors: [] };
}

export async function removePasskey(
  ctx: OperationContext,
  id: string,
): Promise<{ removedId: string | null; userErrors: UserError[] }> {
  const actor = ctx.actor;
  if (!actor || !isId(id)) throw notFound();
  const removed = await ctx.em.transactional(async (tx) => {
    const rows = await tx
      .getConnection()
      .execute<{ id: string }[]>(
        'delete from passkey where id = ? and user_id = ? returning id',
        [id, actor.userId],
        'all',
        tx.getTransactionContext(),
      );
    if (rows[0]) {
      await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
        action: 'auth.passkeyRemoved',
        actor,
        subjectType: 'passkey',
        subjectId: id,
      });
    }
    return rows[0]?.id ?? null;
  });
  // Someone else's passkey answers like a missing one.
  if (!removed) throw notFound();
  return { removedId: removed, userErrors: [] };
}

/** The same answer for every session that may not take the second step now (as `verifySecondFactor`). */
async function heldStanding(ctx: OperationContext): Promise<SessionStanding | null> {
  const standing = await loadSessionStanding(ctx.em, ctx.sessionToken, ctx.services.env.SESSION_SECRET);
  return standing?.stage === 'SECOND_FACTOR' ? standing : null;
}

export async function startPasskeySecondFactor(ctx: OperationContext): Promise<OptionsPayload> {
  const standing = await heldStanding(ctx);
  if (!standing) return { optionsJson: null, userErrors: [NOT_VERIFIED] };
  const rp = relyingParty(ctx);
  if (!rp) return { optionsJson: null, userErrors: [UNAVAILABLE] };
  const rows = await passkeyRows(ctx, standing.userId);
  if (!rows.length) return { optionsJson: null, userErrors: [NOT_ENROLLED] };
  const options = await generateAuthenticationOptions({
    rpID: rp.rpID,
    allowCredentials: rows.map((row) => ({ id: row.credential_id, transports: row.transports })),
    userVerification: 'preferred',
  });
  await storeChallenge(ctx, standing.sessionId, 'authenticate', options.challenge);
  return { optionsJson: JSON.stringify(options), userErrors: [] };
}

/**
 * The second step with a passkey: the session's last challenge (spent by this answer, right or
 * wrong), the person's own credential, its signature and a counter that moved forward. Failures are
 * throttled and audited like wrong codes.
 */
export async function verifyPasskeySecondFactor(
  ctx: OperationContext,
  raw: VerifyPasskeySecondFactorInput,
): Promise<{ me: MeModel | null; recoveryCodesLeft: number | null; userErrors: UserError[] }> {
  if (!ctx.request?.http) throw badRequest('Give the second factor over HTTP: a WebSocket cannot set the cookie');
  const standing = await heldStanding(ctx);
  const rp = relyingParty(ctx);
  if (!standing || !rp) return { me: null, recoveryCodesLeft: null, userErrors: [NOT_VERIFIED] };
  const check = await throttledSecondFactor(ctx, standing.userId, async () => {
    const challenge = await takeChallenge(ctx, standing.sessionId, 'authenticate');
    const response = parseJson<AuthenticationResponseJSON>(raw.responseJson.slice(0, 20_000));
    if (!challenge || !response || typeof response.id !== 'string') return null;
    const [row] = await all<PasskeyRow>(
      ctx,
      `select id, credential_id, public_key, counter::text as counter, transports, name, created_at, last_used_at
         from passkey where credential_id = ? and user_id = ?`,
      [response.id, standing.userId],
    );
    if (!row) return null;
    try {
      const verification = await verifyAuthenticationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.rpID,
        credential: {
          id: row.credential_id,
          publicKey: new Uint8Array(row.public_key),
          counter: Number(row.counter),
          transports: row.transports,
        },
        requireUserVerification: false,
      });
      if (!verification.verified) return null;
      await ctx.em
        .getConnection()
        .execute(
          'update passkey set counter = ?, last_used_at = now() where id = ?',
          [verification.authenticationInfo.newCounter, row.id],
          'run',
          ctx.em.getTransactionContext(),
        );
      return row.id;
    } catch {
      return null;
    }
  });
  if (!check.ok) return { me: null, recoveryCodesLeft: null, userErrors: [check.error] };
  const me = await completeSession(ctx, standing, { secondFactor: 'passkey', passkeyId: check.value });
  return { me, recoveryCodesLeft: null, userErrors: [] };
}
