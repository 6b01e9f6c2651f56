import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadActor } from '../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../auth/session.ts';
import { DEMO_PLATFORM_ADMIN, demoOrganisations, demoUsers } from '../db/demo-world.ts';
import { Organisation } from '../db/entities/identity.ts';
import { buildSchema } from '../graphql/schema.ts';
import { AT_RISK_FLAG, CANARY_PATTERN, entitledCanaries, leakedCanaries, plantCanaries } from '../test/canary-world.ts';
import type { CanaryWorld } from '../test/canary-world.ts';
import { mapConcurrently } from '../test/concurrency.ts';
import * as Y from 'yjs';
import { collabClient } from '../test/collab-client.ts';
import { QueryGenerator, seededRandom } from '../test/query-generator.ts';
import { connectRawGraphqlWs, postGraphqlRaw, queryOverWs } from '../test/raw-transport.ts';
import type { RawGraphqlWs } from '../test/raw-transport.ts';
import { signedIn, startTestServer } from '../test/server.ts';
import type { TestServer } from '../test/server.ts';

/**
 * A fixed budget of generated queries, shared by the demo users, so the scan's length does not grow
 * with the demo world (it took 190 s idle at 1,000 per user and timed out on a busy machine).
 */
const QUERY_BUDGET = 4200;
/** Co-edited documents each user tries to open over /collab (a seeded sample of the planted ones). */
const COLLAB_DOCUMENTS_PER_USER = 8;
const CONCURRENCY = 8;
/** Fixed, so a failure can be replayed; change it to explore other queries. */
const SEED = 20261123;

interface Viewer {
  email: string;
  cookie: string;
  entitled: Set<string>;
  /** Whether the viewer may read any planted interviewee's personal data (and so an at-risk flag). */
  readsPersonalData: boolean;
  seen: Set<string>;
  ws: RawGraphqlWs;
}

interface Leak {
  email: string;
  transport: 'http' | 'ws';
  canaries: string[];
  query: string;
}

/** Every readable finding's interviewees with their personal data (null for whoever may not read it). */
const PERSONAL_DATA_QUERY = `{ findings(limit: 200) { nodes { id interviewees { pseudonym identity contact medicalNotes atRisk welfareCheckDueOn } } } }`;

let server: TestServer;
const queriesPerUser = () => Math.floor(QUERY_BUDGET / Math.max(viewers.length, 1));
let world: CanaryWorld;
let viewers: Viewer[] = [];
const leaks: Leak[] = [];
/** Answers to generated queries that refused them as invalid or failed inside the server (not leaks, but bugs). */
const problems: string[] = [];

/** Records every canary in `text`, and those the viewer is not entitled to as a leak. */
function scan(viewer: Viewer, transport: Leak['transport'], text: string, query: string): void {
  for (const canary of text.match(CANARY_PATTERN) ?? []) viewer.seen.add(canary);
  const leaked = leakedCanaries(text, viewer.entitled);
  // Every planted interviewee is at risk; the flag is personal data like the welfare-check date
  // (a canary date). A viewer who may read no planted personal data must never be told it is set.
  if (!viewer.readsPersonalData && text.includes(AT_RISK_FLAG)) leaked.push(AT_RISK_FLAG);
  if (leaked.length) leaks.push({ email: viewer.email, transport, canaries: leaked, query });
  for (const code of ['GRAPHQL_VALIDATION_FAILED', 'INTERNAL_SERVER_ERROR']) {
    if (text.includes(`"${code}"`)) problems.push(`${code} (${transport}): ${query}`);
  }
}

beforeAll(async () => {
  server = await startTestServer();
  world = await plantCanaries(server, seededRandom(SEED));
  viewers = await Promise.all(
    // The platform administrator too (decision 0029): it must be scanned like an outsider.
    [...demoUsers, DEMO_PLATFORM_ADMIN].map(async ({ email }) => {
      const { cookie } = await signedIn(server, email);
      if (!cookie) throw new Error(`no session for ${email}`);
      const actor = await loadActor(
        server.orm.em.fork() as EntityManager,
        tokenFromCookieHeader(cookie),
        server.env.SESSION_SECRET,
      );
      if (!actor) throw new Error(`no actor for ${email}`);
      const entitled = entitledCanaries(actor, world.canaries);
      const viewer: Viewer = {
        email,
        cookie,
        entitled,
        readsPersonalData: world.canaries.some((c) => c.guard.kind === 'personal' && entitled.has(c.value)),
        seen: new Set(),
        ws: undefined as never,
      };
      const queries = new Map<string, string>();
      viewer.ws = connectRawGraphqlWs(
        server,
        cookie,
        (frame) => {
          const id = (JSON.parse(frame) as { id?: string }).id;
          const query = (id && queries.get(id)) ?? '(no operation)';
          scan(viewer, 'ws', frame, query);
          if (id && frame.includes('"complete"')) queries.delete(id);
        },
        (id, query) => queries.set(id, query),
      );
      return viewer;
    }),
  );
}, 120_000);

afterAll(async () => {
  await Promise.all(viewers.map((v) => v.ws.dispose()));
  await server?.close();
});

describe('canary scan: planted confidential strings reach only the people entitled to them', () => {
  it('the scan reports a canary the viewer is not entitled to, and only that one', () => {
    const [mine, theirs] = world.canaries;
    if (!mine || !theirs) throw new Error('nothing planted');
    const body = JSON.stringify({ data: { a: mine.value, b: `x${theirs.value}y`, c: 'CANARY-SHARED-findingTitle' } });
    expect(leakedCanaries(body, new Set([mine.value]))).toEqual([theirs.value]);
  });

  it('entitlements differ by person: the SPT reads SPT material, OHCHR and partners neither it nor personal data (interviewees, flagged evidence)', () => {
    const entitled = (email: string) => viewers.find((v) => v.email === email)?.entitled ?? new Set<string>();
    const tagged = (tag: string) => world.canaries.map((c) => c.value).filter((c) => c.startsWith(`CANARY-${tag}-`));
    const personal = world.canaries
      .filter((c) => c.guard.kind === 'personal' || (c.guard.kind === 'evidence' && c.guard.facts.containsPersonalData))
      .map((c) => c.value);
    expect(new Set(viewers.map((v) => v.entitled.size)).size).toBeGreaterThan(3);
    expect(tagged('SPT_CONFIDENTIAL').filter((c) => !c.includes('-interviewee'))).toEqual(
      tagged('SPT_CONFIDENTIAL').filter((c) => !c.includes('-interviewee') && entitled('ines.spt@demo.opcat').has(c)),
    );
    for (const outsider of ['hannah.ohchr@demo.opcat', 'james.alianza@demo.opcat']) {
      const sees = entitled(outsider);
      expect([...tagged('SPT_CONFIDENTIAL'), ...tagged('REPRISAL'), ...personal].filter((c) => sees.has(c))).toEqual(
        [],
      );
    }
  });

  it('the platform administrator is entitled to exactly what an outsider is; the host NHRI to none of the NPM’s ORGANISATION records', async () => {
    const admin = viewers.find((v) => v.email === DEMO_PLATFORM_ADMIN.email);
    const outsider = { userId: 'outsider', sessionId: 'outsider', memberships: [], workingGroups: [] };
    expect(admin?.entitled).toEqual(entitledCanaries(outsider, world.canaries));
    expect(admin?.entitled.size).toBeGreaterThan(0);
    const npm = await server.orm.em
      .fork()
      .findOneOrFail(Organisation, { name: demoOrganisations.find((o) => o.key === 'npm')?.name ?? '' });
    expect(npm.hostOrganisation).not.toBeNull();
    const npmOwn = world.canaries
      .filter((c) => c.guard.kind === 'record' && c.guard.facts.ownerOrganisationId === npm.id)
      .filter((c) => c.guard.kind === 'record' && c.guard.facts.classification === 'ORGANISATION')
      .map((c) => c.value);
    expect(npmOwn.length).toBeGreaterThan(0);
    for (const hostMember of ['carmen.cndh@demo.opcat', 'sofia.colectivo@demo.opcat']) {
      const sees = viewers.find((v) => v.email === hostMember)?.entitled ?? new Set<string>();
      expect(
        npmOwn.filter((c) => sees.has(c)),
        hostMember,
      ).toEqual([]);
    }
  });

  it('no schema-generated query, over HTTP or graphql-ws, answers a byte of a canary the viewer may not see', async () => {
    const generator = new QueryGenerator(
      buildSchema(),
      { ids: world.ids, searches: world.searches, strings: ['XV', 'record.readConfidential', 'x', ''] },
      // Verifying the whole audit chain on every call would only measure the audit chain.
      { maxDepth: 5, maxRelations: 2, skipRootFields: ['auditChainStatus'] },
    );
    const tasks = viewers.flatMap((viewer, v) => {
      const random = seededRandom(SEED + v + 1);
      return [
        ...Array.from({ length: queriesPerUser() }, (_, i) => ({
          viewer,
          transport: i % 2 === 0 ? ('http' as const) : ('ws' as const),
          query: generator.next(random),
        })),
        // Personal data asked for outright, on both transports, whatever the seeded walk reaches as the
        // schema grows: the coverage check below needs someone entitled to have seen a welfare date.
        ...(['http', 'ws'] as const).map((transport) => ({ viewer, transport, query: PERSONAL_DATA_QUERY })),
      ];
    });
    let overHttp = 0;
    let overWs = 0;
    await mapConcurrently(tasks, CONCURRENCY, async ({ viewer, transport, query }) => {
      if (transport === 'http') {
        const { body } = await postGraphqlRaw(server, viewer.cookie, query);
        scan(viewer, 'http', body, query);
        overHttp++;
      } else {
        // Frames are scanned as they arrive (see connectRawGraphqlWs in beforeAll).
        await queryOverWs(viewer.ws.client, query);
        overWs++;
      }
    });
    console.log(`canary queries: ${overHttp} over HTTP, ${overWs} over WebSocket, users ${viewers.length}`);

    expect(leaks.slice(0, 5)).toEqual([]);
    expect(overHttp).toBeGreaterThanOrEqual((queriesPerUser() / 2) * viewers.length);
    expect(overWs).toBeGreaterThanOrEqual((queriesPerUser() / 2) * viewers.length);
    // The scan saw what it guards: every viewer met canaries, and only entitled ones; welfare-check
    // dates (the at-risk canaries) reached someone entitled to them, so the scan did ask for them.
    expect(viewers.some((v) => [...v.seen].some((c) => /^27\d\d-/.test(c)))).toBe(true);
    for (const viewer of viewers) {
      expect(viewer.seen.size, viewer.email).toBeGreaterThan(0);
      expect([...viewer.seen].filter((c) => !viewer.entitled.has(c))).toEqual([]);
    }
  }, 600_000);

  it('no /collab document gives a byte of a canary to someone who may not read it', async () => {
    let opened = 0;
    let refused = 0;
    for (const [v, viewer] of viewers.entries()) {
      const random = seededRandom(SEED + 100 + v);
      const sample = Array.from({ length: COLLAB_DOCUMENTS_PER_USER }, () => random.pick(world.coEditedDocuments));
      for (const documentName of new Set(sample)) {
        const client = collabClient(server.url, viewer.cookie, documentName);
        try {
          await client.authenticated;
          await client.synced;
          opened++;
          // The document's whole state as bytes: planted strings are ASCII, stored verbatim.
          const text = Buffer.from(Y.encodeStateAsUpdate(client.doc)).toString('latin1');
          scan(viewer, 'ws', text, `/collab ${documentName}`);
        } catch {
          refused++;
        } finally {
          client.destroy();
        }
      }
    }
    console.log(`canary /collab: ${opened} documents opened, ${refused} refused`);
    expect(opened).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    expect(leaks.filter((l) => l.query.startsWith('/collab')).slice(0, 5)).toEqual([]);
  }, 120_000);

  it('every generated query was valid for the server and answered without an internal error', () => {
    expect(problems.filter((p) => p.includes('GRAPHQL_VALIDATION_FAILED'))).toEqual([]);
    expect(problems.filter((p) => p.includes('INTERNAL_SERVER_ERROR'))).toEqual([]);
  });
});
