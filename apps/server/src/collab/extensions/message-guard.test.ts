import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { CLOSE_REFUSED, MAX_UPDATE_BYTES } from '../close-codes.ts';
import { MESSAGE, SYNC } from '../protocol.ts';
import { MessageGuard, parsedMessage } from './message-guard.ts';

const guard = new MessageGuard();
const NAME = 'workplan:0b9f3c1e-5d3a-4e57-9d1c-3f6f7a0c1b2d';

function frame(name: string, type: number, write: (e: encoding.Encoder) => void = () => {}): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, name);
  encoding.writeVarUint(e, type);
  write(e);
  return encoding.toUint8Array(e);
}
const update = (bytes: number) =>
  frame(NAME, MESSAGE.Sync, (e) => {
    encoding.writeVarUint(e, SYNC.Update);
    encoding.writeVarUint8Array(e, new Uint8Array(bytes));
  });
const judge = (data: Uint8Array) => () => guard.beforeHandleMessage({ update: data, documentName: NAME } as never);

describe('message-guard', () => {
  it('lets a well-formed update for its own document through synchronously', () => {
    expect(judge(update(10))()).toBeUndefined();
  });

  it('refuses a frame naming another document than its connection’s', () => {
    const data = frame('workplan:other', MESSAGE.Sync, (e) => encoding.writeVarUint(e, SYNC.Step1));
    expect(judge(data)).toThrow(expect.objectContaining(CLOSE_REFUSED));
  });

  it('refuses BroadcastStateless, which would reach every peer', () => {
    expect(judge(frame(NAME, MESSAGE.BroadcastStateless, (e) => encoding.writeVarString(e, 'x')))).toThrow(
      expect.objectContaining(CLOSE_REFUSED),
    );
  });

  it('refuses malformed frames: an unknown type, an unknown sync type, a truncated update', () => {
    expect(judge(frame(NAME, 42))).toThrow(expect.objectContaining(CLOSE_REFUSED));
    expect(judge(frame(NAME, MESSAGE.Sync, (e) => encoding.writeVarUint(e, 9)))).toThrow(
      expect.objectContaining(CLOSE_REFUSED),
    );
    expect(judge(update(100).subarray(0, 60))).toThrow(expect.objectContaining(CLOSE_REFUSED));
  });

  it('refuses an update over the 2 MB limit and accepts one at it', () => {
    expect(judge(update(MAX_UPDATE_BYTES + 1))).toThrow(expect.objectContaining(CLOSE_REFUSED));
    expect(judge(update(MAX_UPDATE_BYTES))()).toBeUndefined();
  });

  it('parses each message once for the extensions after it', () => {
    const data = update(3);
    judge(data)();
    expect(parsedMessage(data)).toBe(parsedMessage(data));
  });
});
