/**
 * Loaded into the measured servers by run.ts (`--expose-gc --import ./heap-probe.ts`). On the IPC
 * channel it answers
 * - `{ type: 'heap' }` with the V8 heap in use after two full garbage collections, so that "heap
 *   per open document" compares live objects, not garbage;
 * - `{ type: 'loop-reset' }` / `{ type: 'loop' }` with the event loop's delay since the reset (ms):
 *   how long a message that arrived had to wait for the server to get to it.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const collect = (globalThis as { gc?: () => void }).gc;
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();

process.on('message', (message: { type?: string }) => {
  if (message?.type === 'heap') {
    collect?.();
    collect?.();
    const { heapUsed, external, arrayBuffers } = process.memoryUsage();
    process.send?.({ type: 'heap', heapUsed, external, arrayBuffers, collected: collect !== undefined });
  } else if (message?.type === 'loop-reset') {
    loop.reset();
  } else if (message?.type === 'loop') {
    const ms = (ns: number) => ns / 1e6;
    // No samples: the loop was so busy that the reset itself arrived late (a saturated server).
    if (loop.count === 0) process.send?.({ type: 'loop', p50: null, p99: null, max: null });
    else
      process.send?.({ type: 'loop', p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) });
  }
});
// The channel must not keep the server alive on its own.
process.channel?.unref();
