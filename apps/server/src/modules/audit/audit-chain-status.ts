import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import type { AuditChainStatus } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import { verifyAuditLog } from './verify-chain.ts';

/**
 * An ADMIN has the whole chain recomputed now, against the signed checkpoints, and learns the
 * first broken entry (or what is wrong with the checkpoint file), if any.
 */
export async function auditChainStatus(
  ctx: OperationContext & { actor: Actor },
  organisationId: string,
): Promise<AuditChainStatus> {
  if (!isId(organisationId)) throw notFound();
  authorize(ctx.actor, 'audit:read', { organisationId });
  const result = await verifyAuditLog(ctx.em, ctx.services.env);
  return {
    ok: result.ok,
    entries: result.entries,
    firstBrokenSeq: result.firstBroken?.seq ?? null,
    reason: result.firstBroken?.reason ?? result.checkpointProblems[0] ?? null,
  };
}
