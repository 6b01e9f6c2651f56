import { wrap } from '@mikro-orm/core';
import { Workplan } from '../../db/entities/workplan.ts';
import { recordFacts } from '../records/facts.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { BusEvents } from '../../realtime/bus.ts';
import { loadReadable } from '../records/load-readable.ts';
import type { Ctx } from './load-workplan.ts';
import { workplanFanout } from './workplan-fanout.ts';
import { sharedRoot } from '../../realtime/shared-root.ts';
import { pushIterator } from '../../realtime/push-iterator.ts';

type WorkplanEvent = BusEvents['workplan'];

/** Announces a committed change; the event carries ids only, subscribers refetch through authorized queries. */
export function publishWorkplanEvent(
  ctx: OperationContext,
  workplanId: string,
  kind: WorkplanEvent['kind'],
  subjectId?: string,
): Promise<void> {
  // The plan as this operation's committed transaction left it, when it is at hand (merged into ctx.em).
  const plan = ctx.em.getUnitOfWork().getById<Workplan>(Workplan.name, workplanId);
  const facts = plan && wrap(plan).isInitialized() && plan.ownerOrganisation ? recordFacts(plan) : undefined;
  return ctx.services.bus.publish('workplan', {
    workplanId,
    kind,
    ...(subjectId ? { subjectId } : {}),
    ...(facts ? { facts } : {}),
  });
}

/**
 * Live structural changes of one plan. Checked when subscribing (NOT_FOUND otherwise); then the
 * instance's fan-out re-authorizes the subscriber in memory for every event and every access or
 * membership change of the plan (no query per subscriber): the stream ends as soon as the
 * subscriber may no longer read it.
 */
export async function subscribeWorkplanChanged(
  ctx: Ctx,
  workplanId: string,
): Promise<AsyncIterableIterator<{ workplanChanged: WorkplanEvent }>> {
  await loadReadable(ctx, Workplan, workplanId);
  return pushIterator((sink) =>
    workplanFanout(ctx.services).add(workplanId, {
      actor: ctx.actor,
      sessionToken: ctx.sessionToken,
      deliver: (event) => sink.push(sharedRoot('workplanChanged', event)),
      // Access lost: what is still queued is dropped too.
      end: sink.end,
    }),
  );
}
