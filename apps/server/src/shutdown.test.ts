import { beforeAll, describe, expect, it } from 'vitest';
import { createShutdown } from './shutdown.ts';
import type { Closeable } from './shutdown.ts';
import { logger } from './logger.ts';

beforeAll(() => {
  logger.level = 'silent';
});

/** A shutdown over `opened` whose exit is recorded instead of ending the test process. */
function harness(opened: Closeable[], options: { timeoutMs?: number; started?: Promise<unknown> } = {}) {
  const events: string[] = [];
  let exited: (code: number) => void = () => {};
  const exit = new Promise<number>((resolve) => (exited = resolve));
  const shutdown = createShutdown({
    opened,
    whenStarted: () => options.started ?? Promise.resolve(),
    timeoutMs: options.timeoutMs ?? 5_000,
    exit: (code) => {
      events.push(`exit ${code}`);
      exited(code);
    },
  });
  return { shutdown, events, exit };
}

function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('shutdown', () => {
  it('a repeated signal during the drain neither starts a second drain nor exits before the drain ends', async () => {
    const slow = gate();
    let closes = 0;
    const { shutdown, events, exit } = harness([
      {
        name: 'http',
        close: async () => {
          closes += 1;
          events.push('http closing');
          await slow.opened;
          events.push('http closed');
        },
      },
    ]);

    shutdown.begin('SIGINT');
    shutdown.begin('SIGINT');
    shutdown.begin('SIGTERM');
    await new Promise((r) => setTimeout(r, 20));
    expect(events).toEqual(['http closing']);

    slow.open();
    expect(await exit).toBe(0);
    expect(closes).toBe(1);
    expect(events).toEqual(['http closing', 'http closed', 'exit 0']);
  });

  it('waits for start-up to settle, then closes in reverse order of opening: the database last', async () => {
    const startUp = gate();
    const events: string[] = [];
    const opened: Closeable[] = [];
    const h = harness(opened, { started: startUp.opened });
    const closer = (name: string): Closeable => ({ name, close: async () => void events.push(name) });

    opened.push(closer('database'), closer('orm'));
    h.shutdown.begin('SIGINT'); // during start-up
    opened.push(closer('services'), closer('http'));
    startUp.open();

    expect(await h.exit).toBe(0);
    expect(events).toEqual(['http', 'services', 'orm', 'database']);
  });

  it('a failing close does not keep the database from stopping, and the exit code is 1', async () => {
    const events: string[] = [];
    const { shutdown, exit } = harness([
      { name: 'database', close: async () => void events.push('database stopped') },
      {
        name: 'services',
        close: async () => {
          throw new Error('redis gone');
        },
      },
    ]);
    shutdown.begin('SIGTERM');
    expect(await exit).toBe(1);
    expect(events).toEqual(['database stopped']);
  });

  it('a drain that outlasts the timeout abandons what is open and exits 1', async () => {
    const events: string[] = [];
    const { shutdown, exit } = harness(
      [
        { name: 'database', close: async () => {}, abandon: () => void events.push('database abandoned') },
        { name: 'http', close: () => new Promise<void>(() => {}) },
      ],
      { timeoutMs: 50 },
    );
    shutdown.begin('SIGTERM');
    expect(await exit).toBe(1);
    expect(events).toEqual(['database abandoned']);
  });

  it('start-up that failed exits 1 after closing what it had opened', async () => {
    const events: string[] = [];
    const { shutdown, exit } = harness(
      [{ name: 'database', close: async () => void events.push('database stopped') }],
      {
        started: Promise.reject(new Error('port taken')),
      },
    );
    shutdown.begin('start-up failed', 1);
    expect(await exit).toBe(1);
    expect(events).toEqual(['database stopped']);
  });
});
