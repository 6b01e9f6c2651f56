// Worker thread of measure.ts `throughput` (plain JavaScript: worker threads do not get tsx's
// loader): `connections` loops sharing one request budget; the first `warmup` are not counted.
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ target: { url: string, method: string, headers?: Record<string, string>, body?: string }, requests: number, warmup: number, connections: number }} */
const { target, requests, warmup, connections } = workerData;
let issued = 0;
let failures = 0;
/** @type {number[]} */
const samples = [];
let measuredFrom = 0;

async function one() {
  const index = issued++;
  if (index === warmup) measuredFrom = performance.now();
  const t = performance.now();
  // Node's fetch keeps connections alive; each loop waits for its answer, so at most `connections` are open.
  const res = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
  const text = await res.text();
  const ok = res.status === 200 && !text.includes('"errors"');
  if (index >= warmup) {
    samples.push(performance.now() - t);
    if (!ok) failures++;
  }
}

async function loop() {
  while (issued < warmup + requests) await one();
}

const started = performance.now();
await Promise.all(Array.from({ length: connections }, loop));
const seconds = (performance.now() - (measuredFrom || started)) / 1000;
samples.sort((a, b) => a - b);
const at = (/** @type {number} */ p) =>
  samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)] ?? NaN;
parentPort?.postMessage({
  requests,
  connections,
  seconds,
  perSecond: samples.length / seconds,
  p50: at(50),
  p99: at(99),
  failures,
});
