/**
 * Baseline for the collaboration benchmark: a plain Hocuspocus 3.4.4 server with no authentication,
 * no persistence and no extensions. Prints `ready <port>` once listening.
 */
import { Server } from '@hocuspocus/server';

const port = Number(process.env.PORT);
const server = new Server({ port, address: '127.0.0.1', quiet: true });
await server.listen();
process.stdout.write(`ready ${port}\n`);
process.on('SIGTERM', () => {
  void server.destroy().finally(() => process.exit(0));
});
