import { Workplan } from '../../db/entities/workplan.ts';
import type { OperationContext } from '../../operation/context.ts';
import type { BusEvents } from '../../realtime/bus.ts';
import { findReadable, loadReadable } from '../records/load-readable.ts';
import type { Ctx } from './load-workplan.ts';
import { buildOperationContext } from '../../operation/build.ts';
import { narrativeDocumentName } from './narrative.ts';

type WorkplanEvent = BusEvents['workplan'];

/** Announces a committed change; the event carries ids only, subscribers refetch through authorized queries. */
export function publishWorkplanEvent(
  ctx: OperationContext,
  workplanId: string,
  kind: WorkplanEvent['kind'],
  subjectId?: string,
): Promise<void> {
  return ctx.services.bus.publish('workplan', { workplanId, kind, ...(subjectId ? { subjectId } : {}) });
}

type Signal = { event: WorkplanEvent } | { accessChanged: true };

/**
 * The plan's events and its access changes as one queue. Written by hand rather than as a
 * generator so that `return()` (the client unsubscribing) ends a pending `next()` at once and
 * detaches the listeners, instead of waiting for another event.
 */
function signalsFor(ctx: OperationContext, workplanId: string): AsyncIterableIterator<Signal> {
  const documentName = narrativeDocumentName({ id: workplanId });
  const queued: Signal[] = [];
  let waiting: ((result: IteratorResult<Signal>) => void) | null = null;
  let finished = false;
  const push = (signal: Signal) => {
    if (finished) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value: signal, done: false });
    } else queued.push(signal);
  };
  const offEvents = ctx.services.bus.subscribe('workplan', (event) => {
    if (event.workplanId === workplanId) push({ event });
  });
  const offAccess = ctx.services.bus.subscribe('recordAccessChanged', ({ documentNames }) => {
    if (documentNames.includes(documentName)) push({ accessChanged: true });
  });
  const finish = (): Promise<IteratorResult<Signal>> => {
    finished = true;
    offEvents();
    offAccess();
    queued.length = 0;
    waiting?.({ value: undefined, done: true });
    waiting = null;
    return Promise.resolve({ value: undefined, done: true });
  };
  const iterator: AsyncIterableIterator<Signal> = {
    next() {
      const signal = queued.shift();
      if (signal) return Promise.resolve({ value: signal, done: false });
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw: finish,
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** Whether the subscriber still reads the plan, with a fresh actor and freshly loaded plan. */
async function stillReadable(ctx: OperationContext, workplanId: string): Promise<boolean> {
  const now = await buildOperationContext(ctx.services, { transport: ctx.transport, sessionToken: ctx.sessionToken });
  if (!now.actor) return false;
  return (await findReadable(now, Workplan, workplanId)) !== null;
}

/**
 * Live structural changes of one plan. Checked when subscribing (NOT_FOUND otherwise) and again
 * for every event and every access change of the plan: the stream ends as soon as the
 * subscriber may no longer read it.
 */
export async function subscribeWorkplanChanged(
  ctx: Ctx,
  workplanId: string,
): Promise<AsyncIterableIterator<{ workplanChanged: WorkplanEvent }>> {
  await loadReadable(ctx, Workplan, workplanId);
  const signals = signalsFor(ctx, workplanId);
  let ended = false;
  const end = async (): Promise<IteratorResult<{ workplanChanged: WorkplanEvent }>> => {
    ended = true;
    await signals.return?.();
    return { value: undefined, done: true };
  };
  const iterator: AsyncIterableIterator<{ workplanChanged: WorkplanEvent }> = {
    async next() {
      while (!ended) {
        const { value, done } = await signals.next();
        if (done) return end();
        if (!(await stillReadable(ctx, workplanId))) return end();
        if ('event' in value) return { value: { workplanChanged: value.event }, done: false };
      }
      return { value: undefined, done: true };
    },
    return: end,
    throw: end,
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
