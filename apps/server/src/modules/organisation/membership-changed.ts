import { authorize, can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import type { BusEvents } from '../../realtime/bus.ts';
import { isId } from '../ids.ts';
import { reloadActor } from '../../operation/build.ts';
import { notFound } from '../../errors.ts';

/**
 * Live membership events of one organisation. Checked when subscribing and again for every
 * event with freshly loaded facts: a member removed meanwhile receives nothing more.
 */
export async function subscribeMembershipChanged(
  ctx: OperationContext & { actor: Actor },
  organisationId: string,
): Promise<AsyncGenerator<{ membershipChanged: BusEvents['membership'] }>> {
  if (!isId(organisationId)) throw notFound();
  authorize(ctx.actor, 'organisation:subscribeMembers', { organisationId });
  const events = ctx.services.bus.iterate('membership');
  async function* filtered() {
    try {
      for await (const event of events) {
        if (event.organisationId !== organisationId) continue;
        const actor = await reloadActor(ctx);
        if (!can(actor, 'organisation:subscribeMembers', { organisationId })) return;
        yield { membershipChanged: event };
      }
    } finally {
      await events.return?.();
    }
  }
  return filtered();
}
