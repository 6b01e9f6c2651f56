/**
 * A benchmark client process (forked by run.ts with an IPC channel). It opens HocuspocusProviders,
 * types into a shared Y.Text at a fixed rate and measures, on every receiver, the time since the
 * sender's insert. Timestamps are CLOCK_MONOTONIC (process.hrtime), which is the same clock for every
 * process on one Linux machine, so senders and receivers may live in different workers.
 */
import * as Y from 'yjs';
import { collabClient } from '../../apps/server/src/test/collab-client.ts';
import type { CollabClient } from '../../apps/server/src/test/collab-client.ts';
import type { ClientSpec, ToWorker, WorkerResult } from './protocol.ts';

const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);
const TOKEN = /\u0001(\d+)\.(\d+)@(\d+)\u0002/g;

const clients: { spec: ClientSpec; client: CollabClient; text: Y.Text }[] = [];
const deliveries: number[] = [];
/** Per measured edit (`sender.seq`): receivers reached so far and the slowest arrival. */
const perEdit = new Map<string, { count: number; maxMs: number }>();
let window = { startUs: 0, endUs: 0 };
let sent = 0;
const timers: NodeJS.Timeout[] = [];

function send(message: unknown): void {
  process.send?.(message);
}

function observe(text: Y.Text): void {
  text.observe((event, transaction) => {
    if (transaction.local) return;
    const arrived = nowUs();
    for (const op of event.delta) {
      if (typeof op.insert !== 'string') continue;
      for (const match of op.insert.matchAll(TOKEN)) {
        const sentUs = Number(match[3]);
        if (sentUs < window.startUs || sentUs >= window.endUs) continue;
        const ms = (arrived - sentUs) / 1000;
        deliveries.push(ms);
        const key = `${match[1]}.${match[2]}`;
        const entry = perEdit.get(key);
        if (entry) {
          entry.count += 1;
          if (ms > entry.maxMs) entry.maxMs = ms;
        } else perEdit.set(key, { count: 1, maxMs: ms });
      }
    }
  });
}

async function connect(url: string, specs: ClientSpec[]): Promise<void> {
  for (const spec of specs) {
    const client = collabClient(url, spec.cookie, spec.document);
    const text = client.doc.getText('bench');
    observe(text);
    clients.push({ spec, client, text });
  }
  const auth = await Promise.all(clients.map((c) => c.client.authenticated));
  if (auth.some((a) => a.readOnly)) throw new Error('a benchmark client was connected read-only');
  await Promise.all(clients.map((c) => c.client.synced));
}

function type(rateHz: number, stopUs: number): void {
  const periodMs = 1000 / rateHz;
  for (const { spec, text } of clients) {
    let seq = 0;
    const tick = () => {
      const at = nowUs();
      if (at >= stopUs) return;
      if (at >= window.startUs && at < window.endUs) sent += 1;
      text.insert(text.length, `\u0001${spec.index}.${seq++}@${at}\u0002`);
    };
    const start = setTimeout(() => {
      tick();
      timers.push(setInterval(tick, periodMs));
    }, Math.random() * periodMs);
    timers.push(start);
  }
}

process.on('message', (raw: ToWorker) => {
  void (async () => {
    try {
      if (raw.type === 'connect') {
        await connect(raw.url, raw.clients);
        send({ type: 'connected' });
      } else if (raw.type === 'type') {
        window = { startUs: raw.measureStartUs, endUs: raw.measureEndUs };
        type(raw.rateHz, raw.measureEndUs);
        const reportAt = (raw.measureEndUs - nowUs()) / 1000 + raw.graceMs;
        setTimeout(() => {
          for (const t of timers) clearInterval(t);
          const result: WorkerResult = {
            type: 'result',
            sent,
            deliveries,
            perEdit: [...perEdit].map(([key, v]) => [key, v.count, v.maxMs]),
          };
          send(result);
        }, reportAt);
      } else if (raw.type === 'close') {
        for (const { client } of clients) client.destroy();
        setTimeout(() => process.exit(0), 200);
      }
    } catch (error) {
      send({ type: 'error', message: String(error instanceof Error ? error.stack : error) });
    }
  })();
});
send({ type: 'ready' });
