import type { Actor } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import type { RecordType } from '../../__generated__/resolvers-types.ts';
import { liveListFanout } from './live-lists-fanout.ts';
import type { ReadableRecordEvent } from './live-lists-fanout.ts';
import { sharedRoot } from '../../realtime/shared-root.ts';
import { pushIterator } from '../../realtime/push-iterator.ts';

export { eventFor } from './live-lists-fanout.ts';
export type { ReadableRecordEvent } from './live-lists-fanout.ts';

type Yielded = { readableRecordsChanged: ReadableRecordEvent };

/**
 * Live "your lists may have changed" for the viewer's open lists and pages, ids only: a record of
 * these types shared with or withdrawn from them, reclassified, created, changed (or one of its child
 * rows: a status reported, a response, an action) or deleted. The instance's fan-out re-authorizes the
 * viewer in memory for every event against the actor facts of this connection (decision 0036); clients
 * refetch through their ordinary, authorized queries.
 */
export function subscribeReadableRecordsChanged(
  ctx: OperationContext & { actor: Actor },
  recordTypes: readonly RecordType[] | null | undefined,
): Promise<AsyncIterableIterator<Yielded>> {
  return Promise.resolve(
    pushIterator<Yielded>((sink) =>
      liveListFanout(ctx.services).add({
        actor: ctx.actor,
        sessionToken: ctx.sessionToken,
        recordTypes: recordTypes?.length ? new Set(recordTypes) : null,
        deliver: (event) => sink.push(sharedRoot('readableRecordsChanged', event)),
        end: sink.end,
      }),
    ),
  );
}
