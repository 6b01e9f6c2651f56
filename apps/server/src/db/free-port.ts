import { createServer } from 'node:net';

/**
 * Ports a developer's own setup may hold even when they look free now: the app's (4000), the system
 * PostgreSQL's (5432) and the embedded PostgreSQL's default (54329).
 */
const RESERVED_PORTS = new Set([4000, 5432, 54329]);

/**
 * A TCP port free on 127.0.0.1 at this moment, chosen by the system (port 0), never a reserved one.
 * Another process may still take it before the caller binds it: callers that can, retry on another.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (port > 0 && !RESERVED_PORTS.has(port)) return port;
  }
}
