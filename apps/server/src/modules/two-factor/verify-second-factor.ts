import { z } from 'zod';
import { loadSessionStanding } from '../../auth/session-standing.ts';
import { badRequest } from '../../errors.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { UserError, VerifySecondFactorInput } from '../../__generated__/resolvers-types.ts';
import { appendAudit } from '../audit/append-audit.ts';
import type { MeModel } from '../identity/models.ts';
import { fromZod, userError } from '../user-errors.ts';
import { checkSecondFactor, recoveryCodesLeft } from './check-code.ts';
import { completeSession } from './complete-session.ts';

const input = z.object({ code: z.string().trim().min(1).max(64) });

/**
 * The second step of sign-in: a code of the authenticator, or a recovery code (spent). Only a
 * session waiting for its second factor may take it; anything else answers like a wrong code.
 */
export async function verifySecondFactor(
  ctx: OperationContext,
  raw: VerifySecondFactorInput,
): Promise<{ me: MeModel | null; recoveryCodesLeft: number | null; userErrors: UserError[] }> {
  if (!ctx.request?.http) throw badRequest('Give the second factor over HTTP: a WebSocket cannot set the cookie');
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { me: null, recoveryCodesLeft: null, userErrors: fromZod(parsed.error) };
  const standing = await loadSessionStanding(ctx.em, ctx.sessionToken, ctx.services.env.SESSION_SECRET);
  if (!standing || standing.stage !== 'SECOND_FACTOR') {
    return {
      me: null,
      recoveryCodesLeft: null,
      userErrors: [userError(['input', 'code'], 'INVALID_CODE', 'Wrong, expired or already used code')],
    };
  }
  const check = await checkSecondFactor(ctx, standing.userId, parsed.data.code, { allowRecoveryCode: true });
  if (!check.ok) return { me: null, recoveryCodesLeft: null, userErrors: [check.error] };
  if (check.usedRecoveryCode) {
    await appendAudit(ctx.em, ctx.services.env.AUDIT_KEY, {
      action: 'auth.recoveryCodeUsed',
      actor: null,
      actorUserId: standing.userId,
      subjectType: 'session',
      subjectId: standing.sessionId,
    });
  }
  const me = await completeSession(ctx, standing, { secondFactor: check.usedRecoveryCode ? 'recovery' : 'totp' });
  return {
    me,
    recoveryCodesLeft: check.usedRecoveryCode ? await recoveryCodesLeft(ctx, standing.userId) : null,
    userErrors: [],
  };
}
