/**
 * The fan-out measurement bench:subscriptions and bench:notify share: child processes, graphql-ws subscribers
 * spoken to by hand (no client overhead), and one event after another timed to its last subscriber.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket } from 'ws';
import { cpuSeconds, median, percentile } from './shared.ts';

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
  /** Median over events of the latency to the first subscriber: the trigger's own path, before any fan-out. */
  firstP50: number;
  /** Median over events of the trigger's own response time (opcat-hub: the command's HTTP answer, after its commit). */
  triggerP50: number;
  cpuSeconds: number;
  wallSeconds: number;
}

export interface FanOutTarget {
  pid: number;
  trigger: (event: number) => Promise<void>;
}

interface WarmUp {
  warmupAttempts: number;
  warmupWaitMs: number;
}

/** graphql-ws does not acknowledge a subscription: events until every subscriber got one. */
async function warmUp(subs: Subscriber[], target: FanOutTarget, options: WarmUp): Promise<void> {
  for (let attempt = 0; subs.some((s) => s.received.length === 0); attempt++) {
    if (attempt > options.warmupAttempts) throw new Error('subscribers never all listened');
    await target.trigger(-1 - attempt);
    await Promise.race([Promise.all(subs.map((s) => until(s, 1))), sleep(options.warmupWaitMs)]);
  }
}

/** `events` events one after another, each awaited at every subscriber (bounded by `boundMs`). */
async function timedEvents(
  subs: Subscriber[],
  target: FanOutTarget,
  events: number,
  boundMs: number,
  firstEvent = 0,
): Promise<FanOutResult> {
  for (const s of subs) s.received.length = 0;
  const latencies: number[] = [];
  const lasts: number[] = [];
  const firsts: number[] = [];
  const triggers: number[] = [];
  const cpu0 = cpuSeconds(target.pid);
  const wall0 = performance.now();
  for (let e = 0; e < events; e++) {
    const t0 = performance.now();
    const all = Promise.all(subs.map((s) => until(s, e + 1)));
    await target.trigger(firstEvent + e);
    triggers.push(performance.now() - t0);
    await Promise.race([
      all,
      sleep(boundMs).then(() => {
        throw new Error(`event ${e} did not reach every subscriber`);
      }),
    ]);
    let last = 0;
    let first = Infinity;
    for (const s of subs) {
      const latency = (s.received[e] as number) - t0;
      latencies.push(latency);
      last = Math.max(last, latency);
      first = Math.min(first, latency);
    }
    lasts.push(last);
    firsts.push(first);
  }
  const wallSeconds = (performance.now() - wall0) / 1000;
  const cpu = cpuSeconds(target.pid) - cpu0;
  latencies.sort((a, b) => a - b);
  lasts.sort((a, b) => a - b);
  firsts.sort((a, b) => a - b);
  triggers.sort((a, b) => a - b);
  return {
    firstP50: percentile(firsts, 50),
    triggerP50: percentile(triggers, 50),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    lastP50: percentile(lasts, 50),
    cpuSeconds: cpu,
    wallSeconds,
  };
}

async function closeAll(subs: Subscriber[]): Promise<void> {
  for (const s of subs) s.socket.terminate();
  await sleep(1000);
}

export type Pair<T> = { bare: T; hub: T };

export interface RoundsResult {
  rounds: Pair<FanOutResult>[];
  /** Per server, the median over rounds of each figure (p99: the median of the rounds' p99s). */
  median: Pair<FanOutResult>;
  /** hub p99 / bare p99 of each round, and their median. */
  ratios: number[];
  medianRatio: number;
}

/**
 * Both servers' subscribers stay connected while rounds of `events` events alternate between them (bare
 * then hub, then hub then bare…), so that drift in the machine's load falls on both alike; figures are
 * the medians over rounds (a p99 over one short run is one or two deliveries).
 */
export async function measureRounds(
  subs: Pair<Subscriber[]>,
  targets: Pair<FanOutTarget>,
  options: { rounds: number; events: number; boundMs: number; log?: (line: string) => void } & WarmUp,
): Promise<RoundsResult> {
  try {
    await warmUp(subs.bare, targets.bare, options);
    await warmUp(subs.hub, targets.hub, options);
    await sleep(1000);
    const rounds: Pair<FanOutResult>[] = [];
    for (let r = 0; r < options.rounds; r++) {
      const order: ('bare' | 'hub')[] = r % 2 === 0 ? ['bare', 'hub'] : ['hub', 'bare'];
      const round = {} as Pair<FanOutResult>;
      for (const key of order) {
        round[key] = await timedEvents(subs[key], targets[key], options.events, options.boundMs, r * options.events);
        options.log?.(`round ${r + 1}/${options.rounds} ${key}: ${JSON.stringify(round[key])}`);
      }
      rounds.push(round);
    }
    const pick = (key: 'bare' | 'hub'): FanOutResult => ({
      p50: median(rounds.map((r) => r[key].p50)),
      p99: median(rounds.map((r) => r[key].p99)),
      lastP50: median(rounds.map((r) => r[key].lastP50)),
      firstP50: median(rounds.map((r) => r[key].firstP50)),
      triggerP50: median(rounds.map((r) => r[key].triggerP50)),
      cpuSeconds: median(rounds.map((r) => r[key].cpuSeconds)),
      wallSeconds: median(rounds.map((r) => r[key].wallSeconds)),
    });
    const ratios = rounds.map((r) => r.hub.p99 / r.bare.p99);
    return { rounds, median: { bare: pick('bare'), hub: pick('hub') }, ratios, medianRatio: median(ratios) };
  } finally {
    await closeAll(subs.bare);
    await closeAll(subs.hub);
  }
}
