import { loadSessionStanding } from '../../auth/session-standing.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { TwoFactorStatus } from '../../__generated__/resolvers-types.ts';
import { recoveryCodesLeft } from './check-code.ts';
import { listPasskeys, passkeyAvailable } from './passkeys.ts';

/** The current session's standing: the web app routes a held session to the second step or the enrolment. */
export async function getTwoFactorStatus(ctx: OperationContext): Promise<TwoFactorStatus | null> {
  const standing = await loadSessionStanding(ctx.em, ctx.sessionToken, ctx.services.env.SESSION_SECRET);
  if (!standing) return null;
  return {
    stage: standing.stage,
    enabled: standing.enrolled,
    // Nothing about the account beyond its stage before the second factor passed.
    recoveryCodesLeft:
      standing.enrolled && standing.stage === 'COMPLETE' ? await recoveryCodesLeft(ctx, standing.userId) : 0,
    required: standing.required,
    passkeys: await listPasskeys(ctx, standing),
    passkeyAvailable:
      standing.enrolled && standing.stage !== 'ENROLMENT_REQUIRED' && (await passkeyAvailable(ctx, standing)),
  };
}
