import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * A hostile /collab client on a bare TCP socket: it speaks just enough WebSocket to send frames and
 * read the server's, and never answers a close frame (it notes it and keeps sending), as a client
 * may that wants to keep a revoked socket half-open.
 */
export interface RawCollabSocket {
  /** Sends one binary frame (masked, as a client must); false once the TCP socket is gone. */
  send(payload: Uint8Array): boolean;
  /** Sends one frame, then waits until the socket can take more (or is gone); false once it is gone. */
  sendPaced(payload: Uint8Array): Promise<boolean>;
  /** Binary messages received so far. */
  received: Uint8Array[];
  /** Resolves with the close code when the server's close frame arrives (the client does not answer it). */
  closeFrame: Promise<number>;
  /** Resolves when the TCP connection is gone (the server terminated it). */
  ended: Promise<void>;
  isEnded(): boolean;
  /** Resolves with the first received message that `match` accepts. */
  next(match: (message: Uint8Array) => boolean, timeoutMs?: number): Promise<Uint8Array>;
  destroy(): void;
}

function frame(payload: Uint8Array): Buffer {
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([0x82, 0x80 | length])
      : length < 65536
        ? Buffer.from([0x82, 0x80 | 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x82, 0x80 | 127]), bigLength(length)]);
  const mask = randomBytes(4);
  const masked = Buffer.alloc(length);
  for (let i = 0; i < length; i++) masked[i] = (payload[i] as number) ^ (mask[i & 3] as number);
  return Buffer.concat([header, mask, masked]);
}

function bigLength(length: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(length));
  return b;
}

export function openRawCollabSocket(baseUrl: string, cookie: string): Promise<RawCollabSocket> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const tcp: Socket = connect(Number(url.port), url.hostname);
    const received: Uint8Array[] = [];
    const waiters = new Set<() => void>();
    let ended = false;
    let onCloseFrame!: (code: number) => void;
    const closeFrame = new Promise<number>((r) => (onCloseFrame = r));
    const endedPromise = new Promise<void>((r) =>
      tcp.once('close', () => {
        ended = true;
        r();
      }),
    );
    tcp.on('error', () => undefined);
    let buffer = Buffer.alloc(0);
    let upgraded = false;
    tcp.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!upgraded) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffer.subarray(0, end).toString();
        buffer = buffer.subarray(end + 4);
        if (!head.startsWith('HTTP/1.1 101')) return reject(new Error(head.split('\r\n')[0]));
        upgraded = true;
        resolve(socket);
      }
      // Server frames are not masked.
      while (buffer.length >= 2) {
        const opcode = (buffer[0] as number) & 0x0f;
        let length = (buffer[1] as number) & 0x7f;
        let at = 2;
        if (length === 126) {
          if (buffer.length < 4) return;
          length = buffer.readUInt16BE(2);
          at = 4;
        } else if (length === 127) {
          if (buffer.length < 10) return;
          length = Number(buffer.readBigUInt64BE(2));
          at = 10;
        }
        if (buffer.length < at + length) return;
        const payload = buffer.subarray(at, at + length);
        buffer = buffer.subarray(at + length);
        if (opcode === 0x8) onCloseFrame(payload.length >= 2 ? payload.readUInt16BE(0) : 1005);
        else if (opcode === 0x2) {
          received.push(new Uint8Array(payload));
          for (const wake of [...waiters]) wake();
        }
      }
    });
    const key = randomBytes(16).toString('base64');
    tcp.write(
      `GET /collab HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\nCookie: ${cookie}\r\n\r\n`,
    );
    const socket: RawCollabSocket = {
      send(payload) {
        if (ended || tcp.destroyed) return false;
        tcp.write(frame(payload));
        return true;
      },
      async sendPaced(payload) {
        if (ended || tcp.destroyed) return false;
        if (!tcp.write(frame(payload))) {
          await new Promise<void>((r) => {
            tcp.once('drain', r);
            void endedPromise.then(r);
          });
        }
        return !ended;
      },
      received,
      closeFrame,
      ended: endedPromise,
      isEnded: () => ended,
      next(match, timeoutMs = 5000) {
        return new Promise((resolveNext, rejectNext) => {
          let seen = 0;
          const check = () => {
            for (; seen < received.length; seen++) {
              const message = received[seen] as Uint8Array;
              if (match(message)) {
                waiters.delete(check);
                clearTimeout(timer);
                return resolveNext(message);
              }
            }
          };
          const timer = setTimeout(() => {
            waiters.delete(check);
            rejectNext(new Error('no matching message'));
          }, timeoutMs);
          waiters.add(check);
          check();
        });
      },
      destroy: () => tcp.destroy(),
    };
  });
}

/** A Hocuspocus frame: document name, message type, then what `write` adds. */
export function collabFrame(documentName: string, type: number, write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, type);
  write(e);
  return encoding.toUint8Array(e);
}

/** The message type of a received frame for `documentName`, and the decoder positioned after it. */
export function readFrame(message: Uint8Array): { documentName: string; type: number; decoder: decoding.Decoder } {
  const decoder = decoding.createDecoder(message);
  const documentName = decoding.readVarString(decoder);
  return { documentName, type: decoding.readVarUint(decoder), decoder };
}
