/**
 * The fan-out measurement bench:subscriptions and bench:notify share: child processes, graphql-ws subscribers
 * spoken to by hand (no client overhead), and one event after another timed to its last subscriber.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket } from 'ws';
import { cpuSeconds, percentile } from './shared.ts';

/** A node child process with its output kept (shown when it fails); added to `started` for the cleanup. */
export function spawnLogged(started: ChildProcess[], args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  let log = '';
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  return { child, log: () => log };
}

export async function waitUntil(check: () => Promise<boolean> | boolean, what: string, attempts = 600): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface Subscriber {
  socket: WebSocket;
  received: number[];
  waiting: (() => void) | null;
}

/** One graphql-ws socket with one subscription; each `next` is timestamped on arrival. */
export async function subscriber(
  url: string,
  cookie: string | undefined,
  query: string,
  variables: object,
): Promise<Subscriber> {
  const socket = new WebSocket(url, 'graphql-transport-ws', { headers: cookie ? { cookie } : {} });
  const sub: Subscriber = { socket, received: [], waiting: null };
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const acked = new Promise<void>((resolve, reject) => {
    socket.once('close', (code, reason) => reject(new Error(`socket closed ${code} ${reason.toString()}`)));
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { type: string; payload?: { errors?: unknown } };
      if (message.type === 'connection_ack') resolve();
      else if (message.type === 'next') {
        if (message.payload?.errors) throw new Error(JSON.stringify(message.payload.errors));
        sub.received.push(performance.now());
        sub.waiting?.();
      } else if (message.type === 'error' || message.type === 'complete')
        throw new Error(`subscription ended: ${data.toString()}`);
    });
  });
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await acked;
  socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
  return sub;
}

function until(sub: Subscriber, count: number): Promise<void> {
  if (sub.received.length >= count) return Promise.resolve();
  return new Promise((resolve) => {
    sub.waiting = () => {
      if (sub.received.length >= count) {
        sub.waiting = null;
        resolve();
      }
    };
  });
}

export interface FanOutResult {
  p50: number;
  p99: number;
  /** Median over events of the latency to the last subscriber. */
  lastP50: number;
  cpuSeconds: number;
  wallSeconds: number;
}

/**
 * Warms the subscribers up (graphql-ws does not acknowledge a subscription: events until every one got one),
 * then sends `events` events one after another, each awaited at every subscriber (bounded by `boundMs`), and
 * closes the sockets. Latency per subscriber and event, from the trigger to arrival; the target's CPU time.
 */
export async function measureFanOut(
  subs: Subscriber[],
  target: { pid: number; trigger: (event: number) => Promise<void> },
  options: { events: number; boundMs: number; warmupAttempts: number; warmupWaitMs: number },
): Promise<FanOutResult> {
  try {
    for (let attempt = 0; subs.some((s) => s.received.length === 0); attempt++) {
      if (attempt > options.warmupAttempts) throw new Error('subscribers never all listened');
      await target.trigger(-1 - attempt);
      await Promise.race([Promise.all(subs.map((s) => until(s, 1))), sleep(options.warmupWaitMs)]);
    }
    await sleep(1000);
    for (const s of subs) s.received.length = 0;
    const latencies: number[] = [];
    const lasts: number[] = [];
    const cpu0 = cpuSeconds(target.pid);
    const wall0 = performance.now();
    for (let e = 0; e < options.events; e++) {
      const t0 = performance.now();
      const all = Promise.all(subs.map((s) => until(s, e + 1)));
      await target.trigger(e);
      await Promise.race([
        all,
        sleep(options.boundMs).then(() => {
          throw new Error(`event ${e} did not reach every subscriber`);
        }),
      ]);
      let last = 0;
      for (const s of subs) {
        const latency = (s.received[e] as number) - t0;
        latencies.push(latency);
        last = Math.max(last, latency);
      }
      lasts.push(last);
    }
    const wallSeconds = (performance.now() - wall0) / 1000;
    const cpu = cpuSeconds(target.pid) - cpu0;
    latencies.sort((a, b) => a - b);
    lasts.sort((a, b) => a - b);
    return {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      lastP50: percentile(lasts, 50),
      cpuSeconds: cpu,
      wallSeconds,
    };
  } finally {
    for (const s of subs) s.socket.terminate();
    await sleep(1000);
  }
}
