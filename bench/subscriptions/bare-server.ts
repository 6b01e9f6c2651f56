/**
 * The baseline: graphql-ws on `ws` with a trivial schema (one subscription fed by an in-process
 * emitter), no database, no authorization. POST /publish emits one event to every subscriber.
 */
import { EventEmitter, on } from 'node:events';
import { createServer } from 'node:http';
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

const schema = buildSchema(`
  type Event { workplanId: ID!, kind: String!, subjectId: ID }
  type Query { ok: Boolean }
  type Subscription { workplanChanged(workplanId: ID!): Event! }
`);
const events = new EventEmitter();
events.setMaxListeners(0);
const roots = {
  workplanChanged: async function* ({ workplanId }: { workplanId: string }) {
    for await (const [event] of on(events, 'event')) {
      if ((event as { workplanId: string }).workplanId === workplanId) yield { workplanChanged: event };
    }
  },
};

const http = createServer((req, res) => {
  if (req.method === 'POST' && req.url?.startsWith('/publish')) {
    const url = new URL(req.url, 'http://localhost');
    events.emit('event', {
      workplanId: url.searchParams.get('workplanId'),
      kind: 'PRIORITY_CHANGED',
      subjectId: url.searchParams.get('subjectId'),
    });
    res.writeHead(200).end('{}');
  } else res.writeHead(404).end();
});
const wss = new WebSocketServer({ server: http, path: '/graphql' });
useServer({ schema, roots: { subscription: roots } as never }, wss);
http.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
