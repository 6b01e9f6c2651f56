import { z } from 'zod';
import { loadSessionStanding } from '../../auth/session-standing.ts';
import type { SessionStanding } from '../../auth/session-standing.ts';
import type {
  ConfirmTwoFactorEnrolmentInput,
  StartTwoFactorEnrolmentPayload,
  UserError,
} from '../../__generated__/resolvers-types.ts';
import { User } from '../../db/entities/identity.ts';
import type { OperationContext } from '../../operation/context.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { fromZod, userError } from '../user-errors.ts';
import type { MeModel } from '../identity/models.ts';
import { checkSecondFactor, loadTwoFactorRow } from './check-code.ts';
import { completeSession } from './complete-session.ts';
import { replaceRecoveryCodes } from './recovery-codes.ts';
import { sealTotpSecret } from './secret-store.ts';
import { newTotpSecret, qrCodeDataUrl, totpUri } from './totp.ts';

const ALREADY = userError([], 'ALREADY_ENROLLED', 'Two-factor authentication is already on for this account');
const SIGNED_OUT = userError([], 'NOT_FOUND', 'Sign in first');
const codeInput = z.object({ code: z.string().trim().min(1).max(64) });

/**
 * The session that may enrol: a usable one, or one whose organisation requires enrolment first —
 * never a session still waiting for its second factor (that would let a password replace the
 * authenticator).
 */
async function enrollingSession(ctx: OperationContext): Promise<SessionStanding | null> {
  const standing = await loadSessionStanding(ctx.em, ctx.sessionToken, ctx.services.env.SESSION_SECRET);
  return standing && standing.stage !== 'SECOND_FACTOR' ? standing : null;
}

/** Creates (or replaces) the unconfirmed authenticator and shows its secret once. */
export async function startTwoFactorEnrolment(ctx: OperationContext): Promise<StartTwoFactorEnrolmentPayload> {
  const standing = await enrollingSession(ctx);
  if (!standing) return { enrolment: null, userErrors: [SIGNED_OUT] };
  if (standing.enrolled) return { enrolment: null, userErrors: [ALREADY] };
  const secret = newTotpSecret();
  const sealed = await sealTotpSecret(ctx, standing.userId, secret);
  await ctx.em.getConnection().execute(
    `insert into user_two_factor (user_id, secret_sealed, enabled_at, last_used_step, created_at)
       values (?, ?, null, null, now())
       on conflict (user_id) do update set secret_sealed = excluded.secret_sealed, last_used_step = null,
          created_at = now()
       where user_two_factor.enabled_at is null`,
    [standing.userId, sealed],
    'run',
    ctx.em.getTransactionContext(),
  );
  const otpauthUri = totpUri(standing.email, secret);
  return { enrolment: { secret, otpauthUri, qrCodeDataUrl: await qrCodeDataUrl(otpauthUri) }, userErrors: [] };
}

/** Confirms the authenticator with a first code, hands out the recovery codes, and completes the session. */
export async function confirmTwoFactorEnrolment(
  ctx: OperationContext,
  raw: ConfirmTwoFactorEnrolmentInput,
): Promise<{ recoveryCodes: string[] | null; me: MeModel | null; userErrors: UserError[] }> {
  const parsed = codeInput.safeParse(raw);
  if (!parsed.success) return { recoveryCodes: null, me: null, userErrors: fromZod(parsed.error) };
  const standing = await enrollingSession(ctx);
  if (!standing) return { recoveryCodes: null, me: null, userErrors: [SIGNED_OUT] };
  if (standing.enrolled) return { recoveryCodes: null, me: null, userErrors: [ALREADY] };
  if (!(await loadTwoFactorRow(ctx, standing.userId))) {
    return { recoveryCodes: null, me: null, userErrors: [userError([], 'NOT_ENROLLED', 'Start the enrolment first')] };
  }
  const check = await checkSecondFactor(ctx, standing.userId, parsed.data.code, {
    allowRecoveryCode: false,
    pending: true,
  });
  if (!check.ok) return { recoveryCodes: null, me: null, userErrors: [check.error] };
  const recoveryCodes = await ctx.em.transactional(async (tx) => {
    await tx
      .getConnection()
      .execute(
        'update user_two_factor set enabled_at = now() where user_id = ?',
        [standing.userId],
        'run',
        tx.getTransactionContext(),
      );
    const codes = await replaceRecoveryCodes(tx, ctx.services.env.SESSION_SECRET, standing.userId);
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'auth.twoFactorEnrolled',
      actor: ctx.actor,
      actorUserId: standing.userId,
      subjectType: 'user',
      subjectId: standing.userId,
    });
    return codes;
  });
  // A usable session stays as it is; one that was held for the required enrolment now opens.
  const me =
    ctx.actor && standing.stage === 'COMPLETE'
      ? { user: await ctx.em.findOneOrFail(User, standing.userId), actor: ctx.actor }
      : await completeSession(ctx, standing, { twoFactorEnrolled: true });
  return { recoveryCodes, me, userErrors: [] };
}
