import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organisation, User, WorkingGroup } from '../db/entities/identity.ts';
import { Workplan } from '../db/entities/workplan.ts';
import { seedDemoWorld } from '../db/seed.ts';
import { connectGraphqlWs, createTestDatabase, migrateTestDatabase, operate, signedIn } from '../test/server.ts';
import type { TestDatabase } from '../test/server.ts';
import { startServerProcess } from '../test/server-process.ts';
import type { ServerProcess } from '../test/server-process.ts';
import { collabClient, waitFor } from '../test/collab-client.ts';

const PING_ID = '00000000-0000-4000-8000-0000000000aa';
const PING = (organisationId: string) => ({ organisationId, membershipId: PING_ID, kind: 'ROLE_CHANGED' });

/** The Redis these machines run; the test fails (not skips) without it, since multi-instance is a promise. */
const REDIS_URL = 'redis://127.0.0.1:6379';

let database: TestDatabase;
let dataDir: string;
let documentName: string;
let npmId: string;
const instances: ServerProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'opcat-two-'));
  const orm = await migrateTestDatabase(database);
  try {
    await seedDemoWorld(orm.em.fork());
    const em = orm.em.fork();
    const npm = await em.findOneOrFail(Organisation, { kind: 'NPM', countryCode: 'XV' });
    npmId = npm.id;
    const plan = em.create(Workplan, {
      ownerOrganisation: npm,
      workingGroup: await em.findOneOrFail(WorkingGroup, { kind: 'NATIONAL_WORKING_GROUP' }),
      classification: 'WORKING_GROUP',
      countryCode: 'XV',
      title: 'Plan compartido entre instancias',
      periodStart: '2026-01-01',
      createdBy: await em.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' }),
    });
    await em.flush();
    documentName = `workplan:${plan.id}`;
  } finally {
    await orm.close(true);
  }
  instances.push(await startServerProcess({ database, dataDir, redisUrl: REDIS_URL }));
  instances.push(await startServerProcess({ database, dataDir, redisUrl: REDIS_URL }));
}, 180_000);

afterAll(async () => {
  for (const instance of instances) {
    instance.child.kill('SIGTERM');
    await instance.exited;
  }
  await database?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('two server instances sharing Redis', () => {
  it('edits on one instance reach a reader on the other, and both converge', async () => {
    const [one, two] = instances as [ServerProcess, ServerProcess];
    const ana = (await signedIn(one, 'ana.mnp@demo.opcat')).cookie as string;
    const diego = (await signedIn(two, 'diego.voces@demo.opcat')).cookie as string;
    const writer = collabClient(one.url, ana, documentName);
    const reader = collabClient(two.url, diego, documentName);
    try {
      await Promise.all([writer.synced, reader.synced]);
      for (let i = 0; i < 50; i++) writer.doc.getArray<string>('edits').push([`uno-${i}`]);
      reader.doc.getArray<string>('edits').push(['dos-0']);
      await waitFor(
        () => writer.doc.getArray('edits').length === 51 && reader.doc.getArray('edits').length === 51,
        10_000,
        'both instances to converge',
      );
      expect(reader.doc.getArray('edits').toJSON()).toEqual(writer.doc.getArray('edits').toJSON());
    } finally {
      writer.destroy();
      reader.destroy();
    }
  }, 60_000);

  it('presence crosses instances: each sees the other’s name and caret, and sees them leave', async () => {
    const [one, two] = instances as [ServerProcess, ServerProcess];
    const ana = collabClient(one.url, (await signedIn(one, 'ana.mnp@demo.opcat')).cookie as string, documentName);
    const diego = collabClient(two.url, (await signedIn(two, 'diego.voces@demo.opcat')).cookie as string, documentName);
    const present = (client: typeof ana, name: string) =>
      [...client.provider.awareness!.getStates().values()].find(
        (s) => (s.user as { name?: string } | undefined)?.name === name,
      );
    try {
      await Promise.all([ana.synced, diego.synced]);
      ana.provider.setAwarenessField('user', { name: 'Ana Martínez', color: '#aa3355' });
      ana.provider.setAwarenessField('cursor', { anchor: 3, head: 3 });
      diego.provider.setAwarenessField('user', { name: 'Diego Fernández', color: '#3355aa' });
      await waitFor(
        () => present(diego, 'Ana Martínez')?.cursor !== undefined,
        10_000,
        'Ana and her caret present on instance two',
      );
      expect(present(diego, 'Ana Martínez')?.cursor).toEqual({ anchor: 3, head: 3 });
      await waitFor(() => present(ana, 'Diego Fernández') !== undefined, 10_000, 'Diego present on instance one');
      ana.destroy();
      // Well before the 30 s awareness timeout: the leave itself crossed over.
      await waitFor(() => present(diego, 'Ana Martínez') === undefined, 10_000, 'Ana gone on instance two');
    } finally {
      ana.destroy();
      diego.destroy();
    }
  }, 60_000);

  it('a subscription on one instance receives events caused by a mutation on the other', async () => {
    const [one, two] = instances as [ServerProcess, ServerProcess];
    const admin = await signedIn(one, 'ana.mnp@demo.opcat');
    const subscriber = await signedIn(two, 'bruno.mnp@demo.opcat');
    const connection = connectGraphqlWs({ wsUrl: two.url.replace(/^http/, 'ws') + '/graphql' }, subscriber.cookie);
    try {
      const events = operate<{ membershipChanged: { kind: string; membershipId: string } }>(
        connection.client,
        'subscription($id: ID!) { membershipChanged(organisationId: $id) { kind membershipId } }',
        { id: npmId },
      );
      // graphql-ws does not confirm that a subscription started. Probe: ping events published straight
      // to the instances' Redis channel (an unknown membership id, kind ROLE_CHANGED), one per round
      // trip to instance two, a bounded number of times, until the subscription delivers one: from
      // then on instance two's subscription is listening to what arrives through Redis.
      const first = events.next(60_000);
      let live = false;
      void first.then(() => (live = true)).catch(() => undefined);
      const redis = new Redis(REDIS_URL);
      try {
        for (let attempt = 0; !live && attempt < 2000; attempt++) {
          await redis.publish('opcat:bus', JSON.stringify({ topic: 'membership', payload: PING(npmId) }));
          await fetch(`${two.url}/healthz`);
        }
      } finally {
        redis.disconnect();
      }
      expect(await first).toMatchObject({ data: { membershipChanged: { membershipId: PING_ID } } });
      const added = await admin.request<{ addMember: { membership: { id: string } | null } }>(
        `mutation($o: ID!) { addMember(input: { organisationId: $o, email: "nueva@demo.opcat", displayName: "Nueva", role: VIEWER }) { membership { id } } }`,
        { o: npmId },
      );
      expect(added.data?.addMember.membership).not.toBeNull();
      // Pings still queued come first (all were published before the mutation, on the same channel);
      // the mutation's event, published by instance one, must follow them (if it only reached
      // instance one's own listeners, nothing but pings arrives and this fails).
      let event = await events.next(10_000);
      for (let skipped = 0; event.data?.membershipChanged.membershipId === PING_ID && skipped < 2000; skipped++) {
        event = await events.next(10_000);
      }
      expect(event).toMatchObject({
        data: { membershipChanged: { kind: 'ADDED', membershipId: added.data?.addMember.membership?.id } },
      });
    } finally {
      await connection.dispose();
    }
  }, 60_000);
});
