import { setTimeout as sleep } from 'node:timers/promises';
import type { OperationContext } from '../../operation/context.ts';
import type { UserError } from '../../__generated__/resolvers-types.ts';
import { userError } from '../user-errors.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { hashRecoveryCode, normaliseRecoveryCode, verifyTotp } from './totp.ts';
import { openTotpSecret } from './secret-store.ts';

export type CodeCheck = { ok: true; usedRecoveryCode: boolean } | { ok: false; error: UserError };

const INVALID_CODE = userError(['input', 'code'], 'INVALID_CODE', 'Wrong, expired or already used code');
const RATE_LIMITED = userError(['input', 'code'], 'RATE_LIMITED', 'Too many attempts; try again later');

interface TwoFactorRow {
  secret_sealed: string;
  enabled_at: Date | null;
  last_used_step: number | null;
}

export async function loadTwoFactorRow(ctx: OperationContext, userId: string): Promise<TwoFactorRow | null> {
  const rows = await ctx.em
    .getConnection()
    .execute<TwoFactorRow[]>(
      'select secret_sealed, enabled_at, last_used_step from user_two_factor where user_id = ?',
      [userId],
      'all',
      ctx.em.getTransactionContext(),
    );
  return rows[0] ?? null;
}

/**
 * Checks a code of the person's authenticator — or, when allowed, one of their recovery codes —
 * throttled like passwords (decision 0007, counted apart per account), each accepted once: a TOTP
 * code's time step must be later than the last accepted one, a recovery code is spent atomically.
 * `pending` accepts the unconfirmed authenticator of an enrolment.
 */
export async function checkSecondFactor(
  ctx: OperationContext,
  userId: string,
  typed: string,
  options: { allowRecoveryCode: boolean; pending?: boolean },
): Promise<CodeCheck> {
  const code = typed.trim().replace(/\s/g, '');
  const check = await throttledSecondFactor(ctx, userId, () => accept(ctx, userId, code, options));
  return check.ok ? { ok: true, usedRecoveryCode: check.value === 'recovery' } : check;
}

/**
 * One attempt at a second factor (a code, a passkey), throttled like passwords (decision 0007,
 * counted apart per account): `attempt` answers null for a failure, which is counted and audited.
 */
export async function throttledSecondFactor<T>(
  ctx: OperationContext,
  userId: string,
  attempt: () => Promise<T | null>,
): Promise<{ ok: true; value: T } | { ok: false; error: UserError }> {
  const ip = ctx.request?.ip ?? 'unknown';
  const limiter = ctx.services.secondFactorLimiter;
  const verdict = await limiter.check(userId, ip);
  if (!verdict.allowed) return { ok: false, error: RATE_LIMITED };
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);
  const accepted = await attempt();
  if (accepted === null) {
    await limiter.recordFailure(userId);
    await appendAudit(ctx.em, ctx.services.env.AUDIT_KEY, {
      action: 'auth.secondFactorFailed',
      actor: null,
      actorUserId: userId,
      details: { ip },
    });
    return { ok: false, error: INVALID_CODE };
  }
  await limiter.recordSuccess(userId, ip);
  return { ok: true, value: accepted };
}

async function accept(
  ctx: OperationContext,
  userId: string,
  code: string,
  options: { allowRecoveryCode: boolean; pending?: boolean },
): Promise<'totp' | 'recovery' | null> {
  const row = await loadTwoFactorRow(ctx, userId);
  if (!row || (row.enabled_at === null) !== (options.pending === true)) return null;
  if (/^\d{6}$/.test(code)) {
    const secret = await openTotpSecret(ctx, userId, row.secret_sealed);
    const step = await verifyTotp(secret, code, row.last_used_step);
    if (step === null) return null;
    // Two requests racing with the same code: only one moves the step forward.
    const moved = await ctx.em
      .getConnection()
      .execute(
        'update user_two_factor set last_used_step = ? where user_id = ? and (last_used_step is null or last_used_step < ?)',
        [step, userId, step],
        'run',
        ctx.em.getTransactionContext(),
      );
    return affected(moved) === 1 ? 'totp' : null;
  }
  const normalised = options.allowRecoveryCode ? normaliseRecoveryCode(code) : null;
  if (normalised === null) return null;
  const spent = await ctx.em
    .getConnection()
    .execute(
      'update recovery_code set used_at = now() where user_id = ? and code_hash = ? and used_at is null',
      [userId, hashRecoveryCode(ctx.services.env.SESSION_SECRET, userId, normalised)],
      'run',
      ctx.em.getTransactionContext(),
    );
  return affected(spent) === 1 ? 'recovery' : null;
}

function affected(result: unknown): number {
  const r = result as { affectedRows?: number; rowCount?: number };
  return r.affectedRows ?? r.rowCount ?? 0;
}

export async function recoveryCodesLeft(ctx: OperationContext, userId: string): Promise<number> {
  const rows = await ctx.em
    .getConnection()
    .execute<{ remaining: string }[]>(
      'select count(*) as remaining from recovery_code where user_id = ? and used_at is null',
      [userId],
      'all',
      ctx.em.getTransactionContext(),
    );
  return Number(rows[0]?.remaining ?? 0);
}
