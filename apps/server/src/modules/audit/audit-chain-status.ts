import { authorize } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import type { AuditChainStatus } from '../../__generated__/resolvers-types.ts';
import { isId } from '../ids.ts';
import { verifyAuditChain } from './verify-chain.ts';

/** An ADMIN has the whole hash chain recomputed now and learns the first broken entry, if any. */
export async function auditChainStatus(
  ctx: OperationContext & { actor: Actor },
  organisationId: string,
): Promise<AuditChainStatus> {
  if (!isId(organisationId)) throw notFound();
  authorize(ctx.actor, 'audit:read', { organisationId });
  const result = await verifyAuditChain(ctx.em);
  return {
    ok: result.ok,
    entries: result.entries,
    firstBrokenSeq: result.firstBroken?.seq ?? null,
    reason: result.firstBroken?.reason ?? null,
  };
}
