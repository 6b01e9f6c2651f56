import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organisation } from '../../db/entities/identity.ts';
import { Finding } from '../../db/entities/monitoring.ts';
import { createServices } from '../../services.ts';
import { createApp } from '../../app.ts';
import { connectGraphqlWs, errorCodes, operate, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, GraphqlWsConnection, Operation, TestServer } from '../../test/server.ts';
import { createPlace, demoRefs, NATIONAL_GROUP, planVisit } from '../../test/visit-fixtures.ts';

/** The Redis these machines run; the test fails (not skips) without it: several instances are a promise. */
const REDIS_URL = 'redis://127.0.0.1:6379';

const LIVE = /* GraphQL */ `
  subscription Live($recordTypes: [RecordType!]) {
    readableRecordsChanged(recordTypes: $recordTypes) {
      recordType
      recordId
      readable
    }
  }
`;
const SHARE = /* GraphQL */ `
  mutation Share($input: ShareRecordInput!) {
    shareRecord(input: $input) {
      userErrors {
        code
      }
    }
  }
`;
const FINDING = /* GraphQL */ `
  query Finding($id: ID!) {
    finding(id: $id) {
      id
    }
  }
`;
interface Live {
  readableRecordsChanged: { recordType: string; recordId: string; readable: boolean };
}

let one: TestServer;
let two: { url: string; wsUrl: string; close(): Promise<void>; services: ReturnType<typeof createServices> };
let ana: GraphqlClient;
let findingId: string;
let csoId: string;
const sockets: GraphqlWsConnection[] = [];

beforeAll(async () => {
  one = await startTestServer({ env: { REDIS_URL } });
  // A second instance: its own event bus (Redis connections), connection registry and HTTP/WebSocket
  // port over the same database, as another process behind the load balancer would have.
  const services = createServices(one.orm, one.env);
  const app = await createApp(services);
  const port = await app.listen(0);
  two = {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    services,
    async close() {
      await app.close();
      await services.dispose();
    },
  };
  const em = one.orm.em.fork() as EntityManager;
  const npm = await em.findOneOrFail(Organisation, { kind: 'NPM', countryCode: 'XV' });
  csoId = (await em.findOneOrFail(Organisation, { name: { $like: '%Voces%' } })).id;
  const finding = await em.findOneOrFail(Finding, { ownerOrganisation: npm }, { orderBy: { id: 'asc' } });
  // An NPM finding only the NPM reads, to start with.
  finding.classification = 'ORGANISATION';
  finding.sharedWith = [];
  await em.flush();
  findingId = finding.id;
  ana = await signedIn(one, 'ana.mnp@demo.opcat');
}, 90_000);

afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await two?.close();
  await one?.close();
});

function subscribe(server: { wsUrl: string }, client: GraphqlClient): Operation<Live> {
  const socket = connectGraphqlWs(server, client.cookie);
  sockets.push(socket);
  return operate<Live>(socket.client, LIVE, { recordTypes: ['FINDING'] });
}

/** A PUBLIC record's readers changed: everyone signed in hears of it (a readiness probe, through Redis). */
const probe = (recordId: string) =>
  one.services.bus.publish('recordReaders', {
    recordType: 'FINDING',
    recordId,
    before: null,
    after: {
      ownerOrganisationId: randomUUID(),
      countryCode: null,
      workingGroupId: null,
      classification: 'PUBLIC',
      sharedWithOrganisationIds: [],
      addresseeOrganisationId: null,
    },
  });

/** graphql-ws does not acknowledge a subscription: probe until it listens. */
async function untilListening(operation: Operation<Live>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const id = randomUUID();
    await probe(id);
    try {
      for (;;) {
        const result = await operation.next(150);
        if (result.data?.readableRecordsChanged.recordId === id) return;
      }
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('no graphql-ws message')) throw error;
    }
  }
  throw new Error('the subscription never started listening');
}

/** Events for our finding up to a fresh probe (events of other tests' databases on the shared Redis are skipped). */
async function eventsUntilProbe(operation: Operation<Live>): Promise<Live['readableRecordsChanged'][]> {
  const id = randomUUID();
  await probe(id);
  const seen: Live['readableRecordsChanged'][] = [];
  for (;;) {
    const event = (await operation.next(5000)).data?.readableRecordsChanged;
    if (!event || event.recordId === id) return seen;
    if (event.recordId === findingId) seen.push(event);
  }
}

async function share(organisationIds: string[]) {
  const res = await ana.request<{ shareRecord: { userErrors: unknown[] } }>(SHARE, {
    input: { recordType: 'FINDING', recordId: findingId, organisationIds },
  });
  expect(res.data?.shareRecord.userErrors).toEqual([]);
}

describe('live lists across two instances over Redis', () => {
  it('a share made on one instance reaches the recipient on the other (readable), a withdrawal too (not readable), and an outsider hears nothing', async () => {
    const diego = await signedIn(two, 'diego.voces@demo.opcat');
    const lucia = await signedIn(two, 'lucia.mnpsa@demo.opcat');
    const diegoEvents = subscribe(two, diego);
    const luciaEvents = subscribe(two, lucia);
    await Promise.all([untilListening(diegoEvents), untilListening(luciaEvents)]);
    expect(errorCodes(await diego.request(FINDING, { id: findingId }))).toEqual(['NOT_FOUND']);

    await share([csoId]);
    expect(await eventsUntilProbe(diegoEvents)).toEqual([
      { recordType: 'FINDING', recordId: findingId, readable: true },
    ]);
    // The client refetches through the ordinary query, which now answers.
    expect((await diego.request<{ finding: { id: string } }>(FINDING, { id: findingId })).data?.finding.id).toBe(
      findingId,
    );

    await share([]);
    expect(await eventsUntilProbe(diegoEvents)).toEqual([
      { recordType: 'FINDING', recordId: findingId, readable: false },
    ]);
    expect(errorCodes(await diego.request(FINDING, { id: findingId }))).toEqual(['NOT_FOUND']);

    // Lucía's organisation never read the finding: its id never reached her.
    expect(await eventsUntilProbe(luciaEvents)).toEqual([]);
  });

  it('the owner hears of every change of a record it reads, on either instance', async () => {
    const anaOnTwo = subscribe(two, ana);
    await untilListening(anaOnTwo);
    await share([csoId]);
    await share([]);
    expect(await eventsUntilProbe(anaOnTwo)).toEqual([
      { recordType: 'FINDING', recordId: findingId, readable: true },
      { recordType: 'FINDING', recordId: findingId, readable: true },
    ]);
  });

  it('a subscriber filtering on other record types hears nothing of findings', async () => {
    const socket = connectGraphqlWs(two, ana.cookie);
    sockets.push(socket);
    const places = operate<Live>(socket.client, LIVE, { recordTypes: ['PLACE'] });
    await share([csoId]);
    await expect(places.next(1000)).rejects.toThrow(/no graphql-ws message/);
    await share([]);
  });

  it('a record created on one instance reaches the open lists of who may read it on the other, and no one else', async () => {
    const refs = await demoRefs(one);
    const diego = await signedIn(two, 'diego.voces@demo.opcat');
    const lucia = await signedIn(two, 'lucia.mnpsa@demo.opcat');
    const open = (client: GraphqlClient) => {
      const socket = connectGraphqlWs(two, client.cookie);
      sockets.push(socket);
      return operate<Live>(socket.client, LIVE, { recordTypes: ['FINDING', 'PLACE', 'VISIT'] });
    };
    const [diegoEvents, luciaEvents, anaEvents] = [open(diego), open(lucia), open(ana)];
    await Promise.all([untilListening(diegoEvents), untilListening(luciaEvents), untilListening(anaEvents)]);

    // Created on instance one: a place the national working group reads (Diego's CSO is a member), one
    // only the NPM reads, and a visit to the latter (with its team, child rows of the same commit).
    const groupPlace = await createPlace(ana, refs, {
      name: 'Centro en vivo (grupo)',
      classification: 'WORKING_GROUP',
      workingGroupId: refs.workingGroupId(NATIONAL_GROUP),
    });
    const ownPlace = await createPlace(ana, refs, { name: 'Centro en vivo (propio)' });
    const visit = await planVisit(ana, {
      placeIds: [ownPlace],
      team: [{ userId: refs.userId('ana.mnp@demo.opcat'), expertise: 'LAW', gender: 'FEMALE', leader: true }],
    });
    const ids = new Set([groupPlace, ownPlace, visit.id]);
    const about = async (operation: Operation<Live>) => {
      const probeId = randomUUID();
      await probe(probeId);
      const seen: Live['readableRecordsChanged'][] = [];
      for (;;) {
        const event = (await operation.next(5000)).data?.readableRecordsChanged;
        if (!event || event.recordId === probeId) return seen;
        if (ids.has(event.recordId)) seen.push(event);
      }
    };
    expect(await about(diegoEvents)).toEqual([{ recordType: 'PLACE', recordId: groupPlace, readable: true }]);
    expect(await about(luciaEvents)).toEqual([]);
    expect(await about(anaEvents)).toEqual([
      { recordType: 'PLACE', recordId: groupPlace, readable: true },
      { recordType: 'PLACE', recordId: ownPlace, readable: true },
      { recordType: 'VISIT', recordId: visit.id, readable: true },
    ]);
  });
});
