/**
 * A benchmark client process (forked by run.ts with an IPC channel). Each editor is one WebSocket
 * speaking the Hocuspocus protocol (authenticate, sync, send updates) without a provider: the
 * editor's Y.Doc holds only its own typing, and received updates are not applied but scanned for the
 * senders' tokens. What the server does per update is exactly what it does for a browser; the
 * clients only stay cheap enough that one process can receive what 50 or 100 editors produce
 * (HocuspocusProviders applying every update saturated a core and measured themselves).
 *
 * Timestamps are CLOCK_MONOTONIC (process.hrtime), which is the same clock for every process on one
 * Linux machine, so senders and receivers may live in different workers.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { ClientSpec, ToWorker, WorkerResult } from './protocol.ts';

const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);
/** Hocuspocus message types and sub-types used here. */
const MESSAGE = { Sync: 0, Auth: 2 } as const;
const SYNC = { Step1: 0, Step2: 1, Update: 2 } as const;
const AUTH = { Token: 0, PermissionDenied: 1, Authenticated: 2 } as const;
const START = 0x01;
const END = 0x02;

interface Editor {
  spec: ClientSpec;
  socket: WebSocket;
  doc: Y.Doc;
  text: Y.Text;
}

const editors: Editor[] = [];
const deliveries: number[] = [];
/** Per measured edit (`sender.seq`): receivers reached so far and the slowest arrival. */
const perEdit = new Map<string, { count: number; maxMs: number }>();
let window = { startUs: 0, endUs: 0 };
let sent = 0;
const timers: NodeJS.Timeout[] = [];

function send(message: unknown): void {
  process.send?.(message);
}

function frame(documentName: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Finds every `\x01<sender>.<seq>@<sentUs>\x02` token in a received update (strings are stored as UTF-8). */
function recordTokens(update: Uint8Array, arrived: number, receiver: number): void {
  const bytes = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
  let at = bytes.indexOf(START);
  while (at !== -1) {
    const end = bytes.indexOf(END, at + 1);
    if (end === -1) return;
    const match = /^(\d+)\.(\d+)@(\d+)$/.exec(bytes.toString('latin1', at + 1, end));
    // A 0x01 byte of the update's own encoding is no token: look again from the next byte.
    if (!match) {
      at = bytes.indexOf(START, at + 1);
      continue;
    }
    const sentUs = Number(match[3]);
    // Hocuspocus relays an update to every connection of the document, its sender's included.
    if (Number(match[1]) !== receiver && sentUs >= window.startUs && sentUs < window.endUs) {
      const ms = (arrived - sentUs) / 1000;
      deliveries.push(ms);
      const key = `${match[1]}.${match[2]}`;
      const entry = perEdit.get(key);
      if (entry) {
        entry.count += 1;
        if (ms > entry.maxMs) entry.maxMs = ms;
      } else perEdit.set(key, { count: 1, maxMs: ms });
    }
    at = bytes.indexOf(START, end + 1);
  }
}

/** Opens one editor: authenticates, syncs, and from then on scans what the server relays. */
function open(url: string, spec: ClientSpec): Promise<Editor> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(
      `${url.replace(/^http/, 'ws')}/collab`,
      spec.cookie ? { headers: { cookie: spec.cookie } } : {},
    );
    const doc = new Y.Doc();
    const editor: Editor = { spec, socket, doc, text: doc.getText(`bench-${spec.index}`) };
    let synced = false;
    socket.binaryType = 'nodebuffer';
    socket.on('error', reject);
    socket.on('close', (code, reason) => {
      if (!synced) reject(new Error(`editor ${spec.index} closed before sync: ${code} ${reason.toString()}`));
    });
    socket.on('open', () =>
      socket.send(
        frame(spec.document, (e) => {
          encoding.writeVarUint(e, MESSAGE.Auth);
          encoding.writeVarUint(e, AUTH.Token);
          encoding.writeVarString(e, 'session-cookie');
        }),
      ),
    );
    socket.on('message', (data: Buffer) => {
      const arrived = nowUs();
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE.Auth) {
        const result = decoding.readVarUint(decoder);
        const scope = decoding.readVarString(decoder);
        if (result !== AUTH.Authenticated) return reject(new Error(`editor ${spec.index} refused: ${scope}`));
        if (scope === 'readonly') return reject(new Error('a benchmark client was connected read-only'));
        socket.send(
          frame(spec.document, (e) => {
            encoding.writeVarUint(e, MESSAGE.Sync);
            encoding.writeVarUint(e, SYNC.Step1);
            encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
          }),
        );
      } else if (type === MESSAGE.Sync) {
        const syncType = decoding.readVarUint(decoder);
        if (syncType === SYNC.Step2 && !synced) {
          synced = true;
          resolve(editor);
        } else if (syncType === SYNC.Update) recordTokens(decoding.readVarUint8Array(decoder), arrived, spec.index);
      }
    });
    // Each local insert goes out as a Sync Update, as y-protocols' provider sends it.
    doc.on('update', (update: Uint8Array) => {
      if (socket.readyState !== WebSocket.OPEN) return;
      socket.send(
        frame(spec.document, (e) => {
          encoding.writeVarUint(e, MESSAGE.Sync);
          encoding.writeVarUint(e, SYNC.Update);
          encoding.writeVarUint8Array(e, update);
        }),
      );
    });
  });
}

async function connect(url: string, specs: ClientSpec[]): Promise<void> {
  // A few at a time: a burst of hundreds of upgrades is not what the benchmark measures.
  for (let i = 0; i < specs.length; i += 10) {
    editors.push(...(await Promise.all(specs.slice(i, i + 10).map((spec) => open(url, spec)))));
  }
}

function type(rateHz: number, stopUs: number): void {
  const periodMs = 1000 / rateHz;
  for (const { spec, text } of editors) {
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
        for (const { socket, doc } of editors) {
          socket.close();
          doc.destroy();
        }
        setTimeout(() => process.exit(0), 200);
      }
    } catch (error) {
      send({ type: 'error', message: String(error instanceof Error ? error.stack : error) });
    }
  })();
});
send({ type: 'ready' });
