import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1, never one of the ports reserved for the dev setup. */
export async function freePortSafe(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (port !== 4000 && port !== 54329 && port !== 0) return port;
  }
}
