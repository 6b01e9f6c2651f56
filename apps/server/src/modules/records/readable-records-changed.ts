import { can } from '@opcat/domain';
import type { Actor, RecordFacts } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import { reloadActor } from '../../operation/build.ts';
import type { BusEvents } from '../../realtime/bus.ts';
import type { RecordType } from '../../__generated__/resolvers-types.ts';

export interface ReadableRecordEvent {
  recordType: RecordType;
  recordId: string;
  readable: boolean;
}

const reads = (actor: Actor, facts: RecordFacts | null): boolean => facts !== null && can(actor, 'record:read', facts);

/**
 * What one viewer is told of a change of a record's readers: nothing unless they read the record
 * before or read it now (so no id they never saw is named), and whether they read it now.
 */
export function eventFor(actor: Actor, event: BusEvents['recordReaders']): ReadableRecordEvent | null {
  const before = reads(actor, event.before);
  const now = reads(actor, event.after);
  if (!before && !now) return null;
  return { recordType: event.recordType, recordId: event.recordId, readable: now };
}

/**
 * Live "your lists may have changed" for the viewer's open lists and pages, ids only. Every event
 * is re-authorized against the viewer's facts read afresh (their session, memberships and working
 * groups: one statement per event and subscriber; sharing changes are rare), so a member removed
 * or signed out meanwhile receives nothing more and the stream ends.
 */
export async function subscribeReadableRecordsChanged(
  ctx: OperationContext & { actor: Actor },
  recordTypes: readonly RecordType[] | null | undefined,
): Promise<AsyncGenerator<{ readableRecordsChanged: ReadableRecordEvent }>> {
  const wanted = recordTypes?.length ? new Set(recordTypes) : null;
  const events = ctx.services.bus.iterate('recordReaders');
  async function* filtered() {
    try {
      for await (const event of events) {
        if (wanted && !wanted.has(event.recordType)) continue;
        const actor = await reloadActor(ctx);
        if (!actor) return;
        const delivered = eventFor(actor, event);
        if (delivered) yield { readableRecordsChanged: delivered };
      }
    } finally {
      await events.return?.();
    }
  }
  return Promise.resolve(filtered());
}
