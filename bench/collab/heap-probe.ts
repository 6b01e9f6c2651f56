/**
 * Loaded into the measured servers by run.ts (`--expose-gc --import ./heap-probe.ts`): answers
 * `{ type: 'heap' }` on the IPC channel with the V8 heap in use after two full garbage collections,
 * so that "heap per open document" compares live objects, not garbage.
 */
const collect = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: { type?: string }) => {
  if (message?.type !== 'heap') return;
  collect?.();
  collect?.();
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  process.send?.({ type: 'heap', heapUsed, external, arrayBuffers, collected: collect !== undefined });
});
// The channel must not keep the server alive on its own.
process.channel?.unref();
