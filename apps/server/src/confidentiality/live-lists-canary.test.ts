import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '@opcat/domain';
import type { Actor, RecordFacts } from '@opcat/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrganisations, demoUsers } from '../db/demo-world.ts';
import { Organisation } from '../db/entities/identity.ts';
import { Finding, Place } from '../db/entities/monitoring.ts';
import { loadActor } from '../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../auth/session.ts';
import { recordFacts } from '../modules/records/facts.ts';
import { entitledCanaries, leakedCanaries, plantCanaries } from '../test/canary-world.ts';
import { seededRandom } from '../test/query-generator.ts';
import { connectGraphqlWs, operate, signedIn, startTestServer } from '../test/server.ts';
import type { GraphqlClient, GraphqlWsConnection, Operation, TestServer } from '../test/server.ts';
import { createPlace, demoRefs, NATIONAL_GROUP } from '../test/visit-fixtures.ts';

/** Planted findings whose share list is changed, per owner with an ADMIN among the demo users: sized by count. */
const FINDINGS_PER_OWNER = 4;
const SEED = 20261206;

const LIVE = /* GraphQL */ `
  subscription Live {
    readableRecordsChanged {
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
type Event = { recordType: string; recordId: string; readable: boolean };

interface Viewer {
  email: string;
  client: GraphqlClient;
  actor: Actor;
  entitled: Set<string>;
  stream: Operation<{ readableRecordsChanged: Event }>;
  /** Every message received, verbatim, for the canary scan. */
  raw: string[];
  events: Event[];
}

let server: TestServer;
let viewers: Viewer[];
const sockets: GraphqlWsConnection[] = [];
/** Each changed record's policy facts: before the first change (null: created here), then after each. */
const history = new Map<string, (RecordFacts | null)[]>();
const typeOf = new Map<string, string>();

const organisationId = async (em: EntityManager, key: string): Promise<string> =>
  (await em.findOneOrFail(Organisation, { name: demoOrganisations.find((o) => o.key === key)?.name ?? '' })).id;

async function factsOf(findingId: string): Promise<RecordFacts> {
  const em = server.orm.em.fork() as EntityManager;
  return recordFacts(await em.findOneOrFail(Finding, findingId));
}

/** Reads every viewer's stream up to a fresh probe (a PUBLIC record everyone hears of). */
async function drain(viewer: Viewer, probeId: string): Promise<void> {
  for (;;) {
    const message = await viewer.stream.next(10_000);
    const event = message.data?.readableRecordsChanged;
    if (event?.recordId === probeId) return;
    viewer.raw.push(JSON.stringify(message));
    if (event) viewer.events.push(event);
  }
}

const probe = (recordId: string) =>
  server.services.bus.publish('recordReaders', {
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

beforeAll(async () => {
  server = await startTestServer();
  const world = await plantCanaries(server, seededRandom(SEED));
  viewers = await Promise.all(
    demoUsers.map(async ({ email }): Promise<Viewer> => {
      const client = await signedIn(server, email);
      const actor = await loadActor(
        server.orm.em.fork() as EntityManager,
        tokenFromCookieHeader(client.cookie),
        server.env.SESSION_SECRET,
      );
      if (!actor) throw new Error(`no actor for ${email}`);
      const socket = connectGraphqlWs(server, client.cookie);
      sockets.push(socket);
      return {
        email,
        client,
        actor,
        entitled: entitledCanaries(actor, world.canaries),
        stream: operate(socket.client, LIVE),
        raw: [],
        events: [],
      };
    }),
  );
  // graphql-ws does not acknowledge a subscription: probe until every stream hears.
  for (let attempt = 0; ; attempt++) {
    const id = randomUUID();
    await probe(id);
    const heard = await Promise.all(
      viewers.map((v) =>
        v.stream.next(300).then(
          (m) => m.data?.readableRecordsChanged.recordId === id,
          () => false,
        ),
      ),
    );
    if (heard.every(Boolean)) break;
    if (attempt > 50) throw new Error('the subscriptions never started listening');
  }

  const em = server.orm.em.fork() as EntityManager;
  const targets = {
    npm: 'ana.mnp@demo.opcat',
    npm2: 'lucia.mnpsa@demo.opcat',
  } as const;
  const [cso1, cso2, nhri, npm2, ministry] = await Promise.all(
    ['cso1', 'cso2', 'nhri', 'npm2', 'ministry'].map((key) => organisationId(em, key)),
  );
  const steps = [[cso1 as string], [nhri as string, cso2 as string], [npm2 as string, ministry as string], []];
  for (const [owner, adminEmail] of Object.entries(targets)) {
    const ownerId = await organisationId(em, owner);
    const admin: GraphqlClient = await signedIn(server, adminEmail);
    const findings = await em.find(
      Finding,
      {
        id: { $in: world.findingIds },
        ownerOrganisation: ownerId,
        classification: { $in: ['SHARED', 'ORGANISATION'] },
      },
      { orderBy: { id: 'asc' }, limit: FINDINGS_PER_OWNER },
    );
    for (const finding of findings) {
      history.set(finding.id, [await factsOf(finding.id)]);
      for (const organisationIds of steps) {
        const shareWith = organisationIds.filter((id) => id !== ownerId);
        const res = await admin.request<{ shareRecord: { userErrors: unknown[] } }>(SHARE, {
          input: { recordType: 'FINDING', recordId: finding.id, organisationIds: shareWith },
        });
        expect(res.data?.shareRecord.userErrors).toEqual([]);
        history.get(finding.id)?.push(await factsOf(finding.id));
      }
      typeOf.set(finding.id, 'FINDING');
    }
  }
  // Records created here, as their owners create them: the new one reaches only those who read it.
  const refs = await demoRefs(server);
  const creators = {
    'ana.mnp@demo.opcat': [
      { name: 'Canario vivo propio' },
      {
        name: 'Canario vivo grupo',
        classification: 'WORKING_GROUP',
        workingGroupId: refs.workingGroupId(NATIONAL_GROUP),
      },
    ],
    'lucia.mnpsa@demo.opcat': [
      {
        name: 'Canario vivo red',
        classification: 'WORKING_GROUP',
        workingGroupId: refs.workingGroupId('Red Latinoamericana'),
      },
      { name: 'Canario vivo sur' },
    ],
  };
  for (const [email, places] of Object.entries(creators)) {
    const creator = await signedIn(server, email);
    for (const input of places) {
      const id = await createPlace(creator, refs, input);
      const em = server.orm.em.fork() as EntityManager;
      history.set(id, [null, recordFacts(await em.findOneOrFail(Place, id))]);
      typeOf.set(id, 'PLACE');
    }
  }
  const last = randomUUID();
  await probe(last);
  await Promise.all(viewers.map((viewer) => drain(viewer, last)));
}, 120_000);

afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
});

describe('canary scan: live list events (readableRecordsChanged)', () => {
  it('changed enough records for the scan to mean something', () => {
    expect(history.size).toBeGreaterThanOrEqual(8);
    // Some created records reached some viewers, and some viewers heard of none of them.
    const created = [...history].filter(([, facts]) => facts[0] === null).map(([id]) => id);
    const heard = viewers.map((v) => v.events.some((e) => created.includes(e.recordId)));
    expect(heard.some(Boolean) && !heard.every(Boolean)).toBe(true);
    expect(viewers.reduce((n, v) => n + v.events.length, 0)).toBeGreaterThan(history.size);
    expect(viewers.some((v) => v.events.some((e) => !e.readable))).toBe(true);
  });

  it('no event carries a canary its recipient may not read', () => {
    for (const viewer of viewers) {
      expect({ email: viewer.email, leaked: leakedCanaries(viewer.raw.join('\n'), viewer.entitled) }).toEqual({
        email: viewer.email,
        leaked: [],
      });
    }
  });

  it('no event names a record its recipient read at no moment of its changes', () => {
    for (const viewer of viewers) {
      for (const event of viewer.events) {
        const facts = history.get(event.recordId);
        expect(facts, `${viewer.email} heard of ${event.recordId}, a record not changed here`).toBeDefined();
        const everRead = (facts ?? []).some((f) => f !== null && can(viewer.actor, 'record:read', f));
        expect(everRead, `${viewer.email} heard of a record they never read`).toBe(true);
      }
    }
  });

  it('every reader hears of each change that concerns them, and the last event says what they read now', () => {
    for (const viewer of viewers) {
      for (const [recordId, facts] of history) {
        const reads = facts.map((f) => f !== null && can(viewer.actor, 'record:read', f));
        const recordType = typeOf.get(recordId);
        const expected = reads
          .slice(1)
          .flatMap((now, i) => (reads[i] || now ? [{ recordType, recordId, readable: now }] : []));
        expect(viewer.events.filter((e) => e.recordId === recordId)).toEqual(expected);
      }
    }
  });
});

describe('canary scan: the outbox', () => {
  it('each demo user reads exactly the outboxes the policy allows, and no canary they may not read', async () => {
    const em = server.orm.em.fork() as EntityManager;
    const organisations = await em.find(Organisation, {});
    const ana = viewers.find((v) => v.email === 'ana.mnp@demo.opcat');
    const npm = ana?.actor.memberships[0]?.organisationId ?? '';
    // Mail on record: an invitation from the NPM's admin.
    await ana?.client.request(
      `mutation { addMember(input: { organisationId: "${npm}", email: "canary.invitee@example.org", displayName: "Invitee", role: VIEWER }) { invitationSent } }`,
    );
    let readable = 0;
    for (const viewer of viewers) {
      for (const organisation of organisations) {
        const res = await viewer.client.request<{ outbox: unknown[] }>(
          'query ($id: ID!) { outbox(organisationId: $id) { id to subject text status } }',
          { id: organisation.id },
        );
        const allowed = can(viewer.actor, 'mail:readOutbox', { organisationId: organisation.id });
        expect(res.data?.outbox !== undefined && res.data !== null, `${viewer.email} on ${organisation.name}`).toBe(
          allowed,
        );
        if (allowed) readable++;
        expect(leakedCanaries(JSON.stringify(res), viewer.entitled)).toEqual([]);
      }
    }
    expect(readable).toBeGreaterThan(0);
  });
});
