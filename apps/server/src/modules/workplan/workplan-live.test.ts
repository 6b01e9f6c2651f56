import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { renderDocument, writeDocument } from '@opcat/editor';
import type { JSONContent } from '@opcat/editor';
import { connectGraphqlWs, errorCodes, operate, signedIn, startTestServer, within } from '../../test/server.ts';
import { GraphqlClient } from '../../test/server.ts';
import type { GraphqlWsConnection, Operation, TestServer } from '../../test/server.ts';
import { collabClient, waitFor } from '../../test/collab-client.ts';
import type { CollabClient } from '../../test/collab-client.ts';
import {
  addAction,
  addPriority,
  createPlan,
  demoIds,
  getPlan,
  ok,
  UPDATE_ACTION,
} from '../../test/workplan-fixtures.ts';
import type { UserErrorData } from '../../test/workplan-fixtures.ts';
import { recordStatements } from '../../test/statements.ts';
import { Membership, Organisation, Session, User } from '../../db/entities/identity.ts';
import { ACTOR_REFRESH_MS, workplanFanout } from './workplan-fanout.ts';
import { createSession, SESSION_COOKIE } from '../../auth/session.ts';

const WORKPLAN_CHANGED = /* GraphQL */ `
  subscription Changed($workplanId: ID!) {
    workplanChanged(workplanId: $workplanId) {
      workplanId
      kind
      subjectId
    }
  }
`;
const RECLASSIFY = /* GraphQL */ `
  mutation Reclassify($input: ReclassifyRecordInput!) {
    reclassifyRecord(input: $input) {
      userErrors {
        code
      }
    }
  }
`;
const SAVE_VERSION = /* GraphQL */ `
  mutation Save($input: SaveNarrativeVersionInput!) {
    saveNarrativeVersion(input: $input) {
      version {
        id
        name
        html
        createdBy {
          id
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`;
const RESTORE_VERSION = /* GraphQL */ `
  mutation Restore($input: RestoreNarrativeVersionInput!) {
    restoreNarrativeVersion(input: $input) {
      workplan {
        id
        narrative {
          text
          html
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`;
const VERSIONS = /* GraphQL */ `
  query Versions($id: ID!) {
    workplan(id: $id) {
      versions {
        nodes {
          id
          name
          html
        }
      }
    }
  }
`;
const DEMO_PLANS = /* GraphQL */ `
  query Plans($workingGroupId: ID!) {
    workplans(workingGroupId: $workingGroupId) {
      id
      title
      narrative {
        text
        html
      }
      priorities {
        nodes {
          title
          actions {
            nodes {
              jointCommitment
              overdue
              linkedRecommendations {
                reference
              }
            }
          }
        }
      }
    }
  }
`;

type Ids = Awaited<ReturnType<typeof demoIds>>;
interface Changed {
  workplanChanged: { workplanId: string; kind: string; subjectId: string | null };
}

let server: TestServer;
let ids: Ids;
let national: string;
let ana: GraphqlClient;
let bruno: GraphqlClient;
let diego: GraphqlClient;
let hannah: GraphqlClient;
let lucia: GraphqlClient;
const sockets: GraphqlWsConnection[] = [];
const editors: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  ids = await demoIds(server);
  national = ids.workingGroup('NATIONAL_WORKING_GROUP');
  [ana, bruno, diego, hannah, lucia] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'bruno.mnp@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
    signedIn(server, 'hannah.ohchr@demo.opcat'),
    signedIn(server, 'lucia.mnpsa@demo.opcat'),
  ]);
});
afterAll(async () => {
  for (const editor of editors) editor.destroy();
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
});

function subscribe(client: GraphqlClient, workplanId: string): Operation<Changed> {
  const socket = connectGraphqlWs(server, client.cookie);
  sockets.push(socket);
  return operate<Changed>(socket.client, WORKPLAN_CHANGED, { workplanId });
}

/** graphql-ws does not acknowledge a subscription: probe through the bus until the subscriber listens. */
async function untilListening(operation: Operation<Changed>, workplanId: string): Promise<void> {
  const probe = randomUUID();
  for (let attempt = 0; attempt < 100; attempt++) {
    await server.services.bus.publish('workplan', { workplanId, kind: 'WORKPLAN_UPDATED', subjectId: probe });
    try {
      const result = await operation.next(100);
      if (result.data?.workplanChanged.subjectId === probe) return;
      throw new Error(`unexpected message while waiting for the probe: ${JSON.stringify(result)}`);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('no graphql-ws message')) throw error;
    }
  }
  throw new Error('the subscription never started listening');
}

/** The next event that is not a readiness probe. */
async function nextReal(operation: Operation<Changed>, probeFree: (subjectId: string | null) => boolean) {
  for (;;) {
    const result = await operation.next(3000);
    if (probeFree(result.data?.workplanChanged.subjectId ?? null)) return result;
  }
}

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** Writes the narrative on the server through a Hocuspocus direct connection (stored durably). */
function writeNarrative(name: string, text: string): Promise<void> {
  return server.services.coEditing.edit(name, { test: true }, (doc) =>
    writeDocument(doc, { type: 'doc', content: [paragraph(text)] }),
  );
}

async function storedText(name: string): Promise<string> {
  const doc = new Y.Doc();
  await server.services.collab?.store.load(name, doc);
  const { text } = renderDocument(doc);
  doc.destroy();
  return text;
}

describe('workplanChanged', () => {
  it('delivers ACTION_CHANGED to a reader, and ends their stream once the plan is narrowed to its owner', async () => {
    const planId = await createPlan(ana, national);
    const priorityId = await addPriority(ana, planId);
    const action = await addAction(ana, { priorityId, responsibleOrganisationId: ids.organisation('cso1') });

    const diegoEvents = subscribe(diego, planId);
    await untilListening(diegoEvents, planId);
    const anaEvents = subscribe(ana, planId);
    await untilListening(anaEvents, planId);

    ok(
      await bruno.request(UPDATE_ACTION, {
        input: { id: action.id, changes: { status: 'IN_PROGRESS' }, base: { status: 'NOT_STARTED' } },
      }),
    );
    const seen = await nextReal(diegoEvents, (subjectId) => subjectId === action.id);
    expect(seen).toEqual({
      data: { workplanChanged: { workplanId: planId, kind: 'ACTION_CHANGED', subjectId: action.id } },
    });

    const narrowed = ok(
      await ana.request<{ reclassifyRecord: { userErrors: unknown[] } }>(RECLASSIFY, {
        input: { recordType: 'WORKPLAN', recordId: planId, classification: 'ORGANISATION' },
      }),
    );
    expect(narrowed.reclassifyRecord.userErrors).toEqual([]);
    expect(await within(3000, diegoEvents.done, "the CSO subscriber's stream ending")).toEqual({});

    // The owner's subscriber keeps receiving events.
    ok(
      await bruno.request(UPDATE_ACTION, {
        input: { id: action.id, changes: { status: 'DONE' }, base: { status: 'IN_PROGRESS' } },
      }),
    );
    const stillSeen = await nextReal(anaEvents, (subjectId) => subjectId === action.id);
    expect(stillSeen.data?.workplanChanged.kind).toBe('ACTION_CHANGED');
    anaEvents.dispose();
  });

  it('re-authorizes subscribers in memory: an event costs the same statements for 2 subscribers as for 12', async () => {
    const planId = await createPlan(ana, national);
    const readers = [ana, diego, hannah];
    const streams: Operation<Changed>[] = [];
    /** Statements sent while one bus event reaches every current subscriber. */
    const perEvent = async () => {
      // Jobs the plan's creation queued (notifications) run on the same database: let them finish first.
      for (let attempt = 0; attempt < 200; attempt++) {
        const [row] = await server.orm.em
          .fork()
          .getConnection()
          .execute<{ n: string }[]>('select count(*) as n from graphile_worker.jobs');
        if (Number(row?.n) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const subjectId = randomUUID();
      const { statements } = await recordStatements(async () => {
        await server.services.bus.publish('workplan', { workplanId: planId, kind: 'WORKPLAN_UPDATED', subjectId });
        for (const stream of streams) await nextReal(stream, (seen) => seen === subjectId);
      });
      return statements.length;
    };
    for (let i = 0; i < 2; i++) {
      streams.push(subscribe(readers[i % readers.length] as GraphqlClient, planId));
      await untilListening(streams.at(-1) as Operation<Changed>, planId);
    }
    const withTwo = await perEvent();
    for (let i = 2; i < 12; i++) {
      streams.push(subscribe(readers[i % readers.length] as GraphqlClient, planId));
      await untilListening(streams.at(-1) as Operation<Changed>, planId);
    }
    const withTwelve = await perEvent();
    expect(withTwo).toBe(1);
    expect(withTwelve).toBe(withTwo);
    for (const stream of streams) stream.dispose();
  });

  it('ends the stream of a subscriber whose membership went (membership event, no revocation), others go on', async () => {
    const planId = await createPlan(ana, national);
    const em = server.ownerOrm.em.fork();
    const organisation = await em.findOneOrFail(Organisation, { id: ids.organisation('cso1') });
    const user = em.create(User, {
      email: `temporal-${randomUUID()}@demo.opcat`,
      displayName: 'Temporal',
      passwordHash: 'not-a-password',
    });
    const membership = em.create(Membership, { user, organisation, role: 'VIEWER' });
    const { token } = createSession(em, user, server.env.SESSION_SECRET, { ip: null, userAgent: null });
    await em.flush();
    const member = new GraphqlClient(server, `${SESSION_COOKIE}=${token}`);

    const memberEvents = subscribe(member, planId);
    await untilListening(memberEvents, planId);
    const anaEvents = subscribe(ana, planId);
    await untilListening(anaEvents, planId);

    await em.nativeDelete(Membership, { id: membership.id });
    await server.services.bus.publish('membership', {
      organisationId: organisation.id,
      membershipId: membership.id,
      kind: 'REMOVED',
    });
    expect(await within(3000, memberEvents.done, "the former member's stream ending")).toEqual({});
    const probe = randomUUID();
    await server.services.bus.publish('workplan', { workplanId: planId, kind: 'WORKPLAN_UPDATED', subjectId: probe });
    expect((await nextReal(anaEvents, (subjectId) => subjectId === probe)).data?.workplanChanged.subjectId).toBe(probe);
    anaEvents.dispose();
  });

  it('ends the stream of a subscriber whose session expired while its socket stayed open (no event says so)', async () => {
    const planId = await createPlan(ana, national);
    const em = server.ownerOrm.em.fork();
    const organisation = await em.findOneOrFail(Organisation, { id: ids.organisation('cso1') });
    const user = em.create(User, {
      email: `expiring-${randomUUID()}@demo.opcat`,
      displayName: 'Expiring',
      passwordHash: 'not-a-password',
    });
    em.create(Membership, { user, organisation, role: 'VIEWER' });
    const { token, session } = createSession(em, user, server.env.SESSION_SECRET, { ip: null, userAgent: null });
    await em.flush();
    const member = new GraphqlClient(server, `${SESSION_COOKIE}=${token}`);
    const memberEvents = subscribe(member, planId);
    await untilListening(memberEvents, planId);
    const anaEvents = subscribe(ana, planId);
    await untilListening(anaEvents, planId);

    // The session runs out in the database only: no revocation, no bus event.
    await em.nativeUpdate(Session, { id: session.id }, { expiresAt: new Date(Date.now() - 1000) });
    const fanout = workplanFanout(server.services);
    fanout.actorRefreshMs = 0; // instead of waiting ACTOR_REFRESH_MS for the facts to be re-read
    try {
      const probe = randomUUID();
      await server.services.bus.publish('workplan', { workplanId: planId, kind: 'WORKPLAN_UPDATED', subjectId: probe });
      expect(await within(3000, memberEvents.done, "the expired session's stream ending")).toEqual({});
      expect((await nextReal(anaEvents, (subjectId) => subjectId === probe)).data?.workplanChanged.subjectId).toBe(
        probe,
      );
    } finally {
      fanout.actorRefreshMs = ACTOR_REFRESH_MS;
      anaEvents.dispose();
    }
  });

  it('subscribing to a plan the viewer cannot read, an unknown or a malformed id gives NOT_FOUND', async () => {
    const planId = await createPlan(ana, national);
    for (const workplanId of [planId, randomUUID(), 'not-an-id']) {
      const operation = subscribe(lucia, workplanId);
      const first = await operation.next(3000);
      expect({ data: first.data ?? null, codes: errorCodes(first) }).toEqual({ data: null, codes: ['NOT_FOUND'] });
      expect(await within(3000, operation.done, 'completion')).toEqual({});
    }
  });
});

describe('narrative versions', () => {
  it('saves a version, and restores it as a new, durably stored edit that collaborators receive', async () => {
    const planId = await createPlan(ana, national);
    const name = `workplan:${planId}`;
    await writeNarrative(name, 'Texto original');
    expect((await getPlan(hannah, planId)).narrative.text).toBe('Texto original');

    type Saved = {
      saveNarrativeVersion: {
        version: { id: string; name: string; html: string; createdBy: { id: string } } | null;
        userErrors: UserErrorData[];
      };
    };
    const saved = ok(
      await diego.request<Saved>(SAVE_VERSION, { input: { workplanId: planId, name: 'Borrador 1' } }),
    ).saveNarrativeVersion;
    expect(saved.version).toMatchObject({
      name: 'Borrador 1',
      html: '<p>Texto original</p>',
      createdBy: { id: ids.user('diego.voces@demo.opcat') },
    });
    const versionId = saved.version?.id;

    await writeNarrative(name, 'Texto cambiado');
    const plan = await getPlan(hannah, planId);
    expect([plan.narrative.text, plan.narrative.html]).toEqual(['Texto cambiado', '<p>Texto cambiado</p>']);

    const editor = collabClient(server.url, diego.cookie, name);
    editors.push(editor);
    await editor.synced;
    expect(renderDocument(editor.doc).text).toBe('Texto cambiado');

    type Restored = {
      restoreNarrativeVersion: { workplan: { narrative: { text: string } } | null; userErrors: UserErrorData[] };
    };
    expect(
      ok(await hannah.request<Restored>(RESTORE_VERSION, { input: { workplanId: planId, versionId } }))
        .restoreNarrativeVersion.userErrors,
    ).toEqual([{ field: ['input', 'workplanId'], code: 'FORBIDDEN_CHANGE' }]);
    expect(
      errorCodes(await lucia.request<Restored>(RESTORE_VERSION, { input: { workplanId: planId, versionId } })),
    ).toEqual(['NOT_FOUND']);
    expect(
      ok(await diego.request<Restored>(RESTORE_VERSION, { input: { workplanId: planId, versionId: '999999' } }))
        .restoreNarrativeVersion.userErrors,
    ).toEqual([{ field: ['input', 'versionId'], code: 'NOT_FOUND' }]);

    const sequence = async () =>
      Number(
        (
          await server.orm.em
            .getConnection()
            .execute<{ last_value: string }[]>('select last_value from collab_update_id_seq')
        )[0]?.last_value,
      );
    const before = await sequence();
    const restored = ok(
      await diego.request<Restored>(RESTORE_VERSION, { input: { workplanId: planId, versionId } }),
    ).restoreNarrativeVersion;
    expect(restored).toEqual({
      workplan: { id: planId, narrative: { text: 'Texto original', html: '<p>Texto original</p>' } },
      userErrors: [],
    });

    // The open editor receives the restore as an ordinary edit.
    await waitFor(() => renderDocument(editor.doc).text === 'Texto original', 5000, 'the restore reaching the editor');
    // The restore went through the durable log (appended before it was applied), and survives a reload.
    expect(await sequence()).toBeGreaterThan(before);
    expect(await storedText(name)).toBe('Texto original');

    const versions = ok(
      await ana.request<{ workplan: { versions: { nodes: { name: string; html: string }[] } } }>(VERSIONS, {
        id: planId,
      }),
    ).workplan.versions.nodes;
    expect(versions).toEqual([{ id: versionId, name: 'Borrador 1', html: '<p>Texto original</p>' }]);
  });
});

describe('demo workplan', () => {
  it('the national working group has its joint plan with priorities, actions and an initial narrative', async () => {
    type Plans = {
      workplans: {
        title: string;
        narrative: { text: string; html: string };
        priorities: {
          nodes: {
            title: string;
            actions: {
              nodes: { jointCommitment: boolean; overdue: boolean; linkedRecommendations: { reference: string }[] }[];
            };
          }[];
        };
      }[];
    };
    const plans = ok(await diego.request<Plans>(DEMO_PLANS, { workingGroupId: national })).workplans;
    const demo = plans.find((p) => p.title === 'Plan de trabajo conjunto 2026–2027');
    expect(demo?.priorities.nodes.map((p) => p.title)).toEqual([
      'Salvaguardas en las primeras horas de detención',
      'Condiciones materiales en centros penitenciarios',
      'Protección contra represalias',
    ]);
    const actions = demo?.priorities.nodes.flatMap((p) => p.actions.nodes) ?? [];
    expect(actions).toHaveLength(8);
    expect(actions.some((a) => a.jointCommitment)).toBe(true);
    expect(actions.some((a) => a.overdue)).toBe(true);
    const references = actions.flatMap((a) => a.linkedRecommendations.map((r) => r.reference));
    expect(references).toContain('MNP-XV-2026-009');
    // The NPM's own recommendation stays hidden from the CSO.
    expect(references).not.toContain('MNP-XV-2026-007');
    expect(demo?.narrative.text.startsWith('Plan de trabajo conjunto 2026–2027\n\n')).toBe(true);
    expect(demo?.narrative.html).toContain('<h1>Plan de trabajo conjunto 2026–2027</h1>');
  });
});
