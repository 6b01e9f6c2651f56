import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type {
  RegenerateRecoveryCodesInput,
  RegenerateRecoveryCodesPayload,
} from '../../__generated__/resolvers-types.ts';
import type { Actor } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { fromZod, userError } from '../user-errors.ts';
import { checkSecondFactor, loadTwoFactorRow } from './check-code.ts';
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from './totp.ts';

/** Replaces all of a person's recovery codes with ten new ones (returned once, stored hashed). */
export async function replaceRecoveryCodes(tx: EntityManager, secret: string, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  const connection = tx.getConnection();
  await connection.execute('delete from recovery_code where user_id = ?', [userId], 'run', tx.getTransactionContext());
  for (const code of codes) {
    await connection.execute(
      'insert into recovery_code (id, user_id, code_hash, used_at, created_at) values (?, ?, ?, null, now())',
      [crypto.randomUUID(), userId, hashRecoveryCode(secret, userId, normaliseRecoveryCode(code) as string)],
      'run',
      tx.getTransactionContext(),
    );
  }
  return codes;
}

const input = z.object({ code: z.string().trim().min(1).max(64) });

/** New recovery codes after a current authenticator code: a stolen session alone cannot replace them. */
export async function regenerateRecoveryCodes(
  ctx: OperationContext & { actor: Actor },
  raw: RegenerateRecoveryCodesInput,
): Promise<RegenerateRecoveryCodesPayload> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { recoveryCodes: null, userErrors: fromZod(parsed.error) };
  const userId = ctx.actor.userId;
  const row = await loadTwoFactorRow(ctx, userId);
  if (!row?.enabled_at) {
    return { recoveryCodes: null, userErrors: [userError([], 'NOT_ENROLLED', 'Two-factor authentication is off')] };
  }
  const check = await checkSecondFactor(ctx, userId, parsed.data.code, { allowRecoveryCode: false });
  if (!check.ok) return { recoveryCodes: null, userErrors: [check.error] };
  const recoveryCodes = await ctx.em.transactional(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, ctx.services.env.SESSION_SECRET, userId);
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'auth.recoveryCodesRegenerated',
      actor: ctx.actor,
      subjectType: 'user',
      subjectId: userId,
    });
    return codes;
  });
  return { recoveryCodes, userErrors: [] };
}
