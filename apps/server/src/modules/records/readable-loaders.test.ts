import { randomUUID } from 'node:crypto';
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../auth/session.ts';
import { Finding, Place, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import { demoUsers } from '../../db/demo-world.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import { buildOperationContext } from '../../operation/build.ts';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { TestServer } from '../../test/server.ts';
import { findReadable, readableAmong } from './load-readable.ts';
import { readableById, readableLinked } from './readable-loaders.ts';

/*
 * The loaders answer exactly what findReadable / readableAmong answer, for every demo user and every
 * record of the demo world: batching never widens (nor narrows) what anyone reads.
 */

describe('readable loaders', () => {
  let server: TestServer;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    server = await startTestServer();
    for (const { email } of demoUsers) {
      const client = await signedIn(server, email);
      tokens.set(email, (client.cookie ?? '').replace(`${SESSION_COOKIE}=`, ''));
    }
  });

  afterAll(async () => {
    await server?.close();
  });

  async function contextOf(email: string | null) {
    if (!email) return buildOperationContext(server.services, { transport: 'http', sessionToken: null });
    const ctx = await buildOperationContext(server.services, { transport: 'http', sessionToken: tokens.get(email) });
    if (!ctx.actor) throw new Error(`no session for ${email}`);
    return ctx;
  }

  const readers = [null, ...demoUsers.map((u) => u.email)];
  const types: EntityClass<ShareableRecord<string>>[] = [Place, Visit, Finding, Recommendation];

  it('readableById hands out exactly what findReadable would, unreadable ids answering like missing ones', async () => {
    const all = server.orm.em.fork() as EntityManager;
    let refused = 0;
    for (const email of readers) {
      for (const type of types) {
        const ids = [...(await all.find(type, {})).map((r) => r.id), randomUUID(), 'not-an-id'];
        const batched = await contextOf(email);
        const single = await contextOf(email);
        const fromLoader = await Promise.all(ids.map((id) => readableById(batched, type).load(id)));
        for (const [i, id] of ids.entries()) {
          const expected = await findReadable(single, type, id);
          expect(fromLoader[i]?.id ?? null, `${email ?? 'anonymous'} ${type.name} ${id}`).toBe(expected?.id ?? null);
          if (!expected) refused += 1;
        }
      }
    }
    // The demo world has records some readers may not read: the comparison covered refusals.
    expect(refused).toBeGreaterThan(readers.length * types.length);
  });

  it("readableLinked leaves out a visit's places the reader may not read, like readableAmong", async () => {
    const all = server.orm.em.fork() as EntityManager;
    const visits = await all.find(Visit, {}, { populate: ['places:ref'] as never });
    expect(visits.length).toBeGreaterThan(0);
    let left = 0;
    for (const email of readers) {
      const batched = await contextOf(email);
      const single = await contextOf(email);
      const link = { table: 'visit_place', from: 'visit_id', to: 'place_id' };
      const loaded = await Promise.all(
        visits.map((v) => readableLinked(batched, Place, link, [['name', 'asc']]).load(v.id)),
      );
      for (const [i, visit] of visits.entries()) {
        const expected = await readableAmong(single, Place, visit.places.getIdentifiers('id') as string[], {
          orderBy: { name: 'asc', id: 'asc' },
        });
        expect(
          loaded[i]?.map((p) => `${p.id} ${p.name} ${p.classification} ${p.ownerOrganisation.id}`),
          `${email ?? 'anonymous'} visit ${visit.id}`,
        ).toEqual(expected.map((p) => `${p.id} ${p.name} ${p.classification} ${p.ownerOrganisation.id}`));
        left += visit.places.length - expected.length;
      }
    }
    // Some readers may not read some linked places: the comparison covered leaving them out.
    expect(left).toBeGreaterThan(0);
  });
});
