import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadActor } from '../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../auth/session.ts';
import { demoUsers } from '../db/demo-world.ts';
import { CANARY_PATTERN, entitledCanaries, leakedCanaries, plantCanaries } from '../test/canary-world.ts';
import type { CanaryWorld } from '../test/canary-world.ts';
import { mapConcurrently } from '../test/concurrency.ts';
import { answerOf } from '../test/evidence-fixtures.ts';
import { seededRandom } from '../test/query-generator.ts';
import { signedIn, startTestServer } from '../test/server.ts';
import type { GraphqlClient, TestServer } from '../test/server.ts';

/** Fixed, so a failure can be replayed. */
const SEED = 20261205;
/** Ids that never existed, per viewer: what every refused download must look like. */
const RANDOM_IDS = 3;

const EVIDENCE = /* GraphQL */ `
  query Evidence($id: ID!) {
    finding(id: $id) {
      id
      withheldEvidenceCount
      evidence {
        id
        fileName
        mimeType
        sizeBytes
        sha256
        uploadedAt
        containsPersonalData
        viewerCan {
          download
          setPersonalData
        }
        downloadUrl
      }
    }
  }
`;

interface Viewer {
  email: string;
  client: GraphqlClient;
  entitled: Set<string>;
}

let server: TestServer;
let world: CanaryWorld;
let viewers: Viewer[] = [];

/** Every canary in `text` the viewer saw, and the leaked ones. */
function scan(viewer: Viewer, text: string): { seen: string[]; leaked: string[] } {
  return { seen: text.match(CANARY_PATTERN) ?? [], leaked: leakedCanaries(text, viewer.entitled) };
}

beforeAll(async () => {
  server = await startTestServer();
  world = await plantCanaries(server, seededRandom(SEED));
  viewers = await Promise.all(
    demoUsers.map(async ({ email }) => {
      const client = await signedIn(server, email);
      const actor = await loadActor(
        server.orm.em.fork() as EntityManager,
        tokenFromCookieHeader(client.cookie),
        server.env.SESSION_SECRET,
      );
      if (!actor) throw new Error(`no actor for ${email}`);
      return { email, client, entitled: entitledCanaries(actor, world.canaries) };
    }),
  );
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('evidence canary scan: every evidence file downloaded and listed as every demo user', () => {
  it('a download answers the bytes exactly to those the policy lets download them, and everyone else like a random id', async () => {
    const mismatches: string[] = [];
    const leaks: string[] = [];
    let downloads = 0;
    await mapConcurrently(viewers, 4, async (viewer) => {
      const get = async (id: string) => {
        downloads++;
        const res = await fetch(`${server.url}/api/evidence/${id}`, {
          headers: { cookie: viewer.client.cookie ?? '' },
        });
        return answerOf(res);
      };
      const absent = new Set<string>();
      for (let i = 0; i < RANDOM_IDS; i++) absent.add(await get(randomUUID()));
      // Several random ids answering alike is what makes "like a random id" one answer.
      expect(absent.size, viewer.email).toBe(1);
      const [nothing] = absent;
      for (const file of world.evidence) {
        const answer = await get(file.id);
        const entitled = viewer.entitled.has(file.bytesCanary);
        leaks.push(...scan(viewer, Buffer.from(answer.split('\n\n')[1] ?? '', 'base64').toString()).leaked);
        leaks.push(...scan(viewer, answer).leaked);
        if (entitled !== answer.startsWith('200\n') || (!entitled && answer !== nothing)) {
          mismatches.push(`${viewer.email} ${file.id}: entitled=${entitled}, got ${answer.slice(0, 3)}`);
        }
      }
    });
    console.log(`evidence downloads: ${downloads} by ${viewers.length} users, ${world.evidence.length} files`);
    expect(leaks).toEqual([]);
    expect(mismatches).toEqual([]);
    // Not vacuous: some files were downloaded, some refused, by person.
    const allowed = viewers.map((v) => world.evidence.filter((f) => v.entitled.has(f.bytesCanary)).length);
    expect(Math.max(...allowed)).toBeGreaterThan(0);
    expect(Math.min(...allowed)).toBeLessThan(world.evidence.length);
  }, 120_000);

  it('a signed-out download of any evidence id answers exactly like a random id', async () => {
    const answers = new Set<string>();
    for (const id of [...world.evidence.map((f) => f.id), randomUUID()]) {
      answers.add(await answerOf(await fetch(`${server.url}/api/evidence/${id}`)));
    }
    expect(answers.size).toBe(1);
  });

  it('the evidence lists name exactly the files the policy lets each viewer see, and no bytes', async () => {
    const leaks: string[] = [];
    const wrong: string[] = [];
    await mapConcurrently(viewers, 4, async (viewer) => {
      const seen = new Set<string>();
      for (const id of world.findingIds) {
        const text = JSON.stringify(await viewer.client.request(EVIDENCE, { id }));
        const found = scan(viewer, text);
        leaks.push(...found.leaked.map((c) => `${viewer.email}: ${c}`));
        for (const canary of found.seen) seen.add(canary);
      }
      const names = world.canaries
        .filter((c) => c.guard.kind === 'evidence' && c.guard.action === 'evidence:seeMetadata')
        .map((c) => c.value)
        .filter((c) => viewer.entitled.has(c));
      const missing = names.filter((c) => !seen.has(c));
      if (missing.length) wrong.push(`${viewer.email} does not see ${missing.length} file(s) they may see`);
    });
    expect(leaks).toEqual([]);
    expect(wrong).toEqual([]);
  }, 120_000);
});
