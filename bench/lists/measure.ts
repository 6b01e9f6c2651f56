/** Timing helpers: sequential latency by count, and throughput with N connections in a worker thread. */
import { percentile } from '../shared.ts';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  mean: number;
}

function latencyOf(samples: number[]): Latency {
  samples.sort((a, b) => a - b);
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
  };
}

/** Runs `fn` `warmup` times untimed, then `n` times one after the other; milliseconds. */
export async function timeSequential(fn: () => Promise<void>, warmup: number, n: number): Promise<Latency> {
  return (await timeInterleaved([fn], warmup, n))[0] as Latency;
}

/**
 * Times several requests against each other (the same page on two database sizes): `warmup` untimed
 * rounds, then `n` rounds, each running every function once, one after the other, in turn forwards
 * and backwards (ABBA), so that a busy moment of a shared machine weighs on all of them alike rather
 * than on whichever was measured then. One latency per function, in order; milliseconds.
 */
export async function timeInterleaved(
  fns: readonly (() => Promise<void>)[],
  warmup: number,
  n: number,
): Promise<Latency[]> {
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn();
  const samples = fns.map(() => [] as number[]);
  const order = fns.map((_, j) => j);
  for (let i = 0; i < n; i++) {
    for (const j of i % 2 === 0 ? order : [...order].reverse()) {
      const t = performance.now();
      await (fns[j] as () => Promise<void>)();
      (samples[j] as number[]).push(performance.now() - t);
    }
  }
  return samples.map(latencyOf);
}

export interface ThroughputTarget {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface Throughput {
  requests: number;
  connections: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

/**
 * `requests` requests over `connections` keep-alive connections (one loop each, in a worker thread,
 * so the load generator does not share the in-process server's event loop); the first
 * `warmup` of them are not counted.
 */
export function throughput(
  target: ThroughputTarget,
  opts: { requests: number; warmup: number; connections: number },
): Promise<Throughput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(fileURLToPath(new URL('./throughput-worker.mjs', import.meta.url)), {
      workerData: { target, ...opts },
    });
    worker.once('message', (m: Throughput) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`throughput worker exited ${code}`)));
  });
}
