import { z } from 'zod';
import { can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import type { DisableTwoFactorInput, DisableTwoFactorPayload } from '../../__generated__/resolvers-types.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { fromZod, userError } from '../user-errors.ts';
import { checkSecondFactor, loadTwoFactorRow } from './check-code.ts';
import { getTwoFactorStatus } from './two-factor-status.ts';

const input = z.object({ code: z.string().trim().min(1).max(64) });

/** Whether an organisation of the person requires two-factor of its members (read fresh). */
async function requiredByAnOrganisation(ctx: OperationContext, userId: string): Promise<boolean> {
  const rows = await ctx.em.getConnection().execute<{ required: boolean }[]>(
    `select exists (select 1 from membership m join organisation o on o.id = m.organisation_id
                     where m.user_id = ? and o.require_two_factor) as required`,
    [userId],
  );
  return rows[0]?.required === true;
}

/**
 * The person turns their own authenticator off, after a current code or a recovery code (throttled
 * and single-use like the second step): a stolen session alone cannot do it. Refused while an
 * organisation of theirs requires two-factor (decision 0025). Audited.
 */
export async function disableTwoFactor(
  ctx: OperationContext & { actor: Actor },
  raw: DisableTwoFactorInput,
): Promise<DisableTwoFactorPayload> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { status: null, userErrors: fromZod(parsed.error) };
  const userId = ctx.actor.userId;
  const required = await requiredByAnOrganisation(ctx, userId);
  if (!can(ctx.actor, 'account:disableTwoFactor', { userId, requiredByAnOrganisation: required })) {
    return {
      status: null,
      userErrors: [userError([], 'TWO_FACTOR_REQUIRED', 'An organisation of yours requires two-factor authentication')],
    };
  }
  const row = await loadTwoFactorRow(ctx, userId);
  if (!row?.enabled_at) {
    return { status: null, userErrors: [userError([], 'NOT_ENROLLED', 'Two-factor authentication is off')] };
  }
  const check = await checkSecondFactor(ctx, userId, parsed.data.code, { allowRecoveryCode: true });
  if (!check.ok) return { status: null, userErrors: [check.error] };
  await ctx.em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const context = tx.getTransactionContext();
    await connection.execute('delete from user_two_factor where user_id = ?', [userId], 'run', context);
    await connection.execute('delete from recovery_code where user_id = ?', [userId], 'run', context);
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'auth.twoFactorDisabled',
      actor: ctx.actor,
      subjectType: 'user',
      subjectId: userId,
      details: { usedRecoveryCode: check.usedRecoveryCode },
    });
  });
  return { status: await getTwoFactorStatus(ctx), userErrors: [] };
}
