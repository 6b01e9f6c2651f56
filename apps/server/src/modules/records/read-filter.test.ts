import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can, recordReadScope } from '@opcat/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../auth/session.ts';
import { demoUsers } from '../../db/demo-world.ts';
import { Finding, Place, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import { Workplan } from '../../db/entities/workplan.ts';
import { buildOperationContext } from '../../operation/build.ts';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { TestServer } from '../../test/server.ts';
import { recordFacts } from './facts.ts';
import { readableBy, readableWhere, scopeSql } from './read-filter.ts';

/*
 * The precompiled read scope (`readableWhere`, what list pages, counts and the readable loaders use)
 * selects exactly the rows of the criteria filter (`readableBy`) and of the policy's `record:read`,
 * for every demo user and every record of the demo world.
 */

describe('the precompiled read scope', () => {
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

  const types: EntityClass<ShareableRecord<string>>[] = [Place, Visit, Finding, Recommendation, Workplan];

  it('selects the rows the criteria filter and the policy select, for every reader and record type', async () => {
    let compared = 0;
    let refused = 0;
    for (const email of [null, ...demoUsers.map((u) => u.email)]) {
      const ctx = await buildOperationContext(server.services, {
        transport: 'http',
        sessionToken: email ? tokens.get(email) : null,
      });
      if (email && !ctx.actor) throw new Error(`no session for ${email}`);
      for (const type of types) {
        const em = server.orm.em.fork() as EntityManager;
        const ids = async (where: FilterQuery<ShareableRecord<string>>) =>
          (await em.fork().find(type, where, { orderBy: { id: 'asc' } })).map((r) => r.id);
        const all = await em.find(type, {}, { orderBy: { id: 'asc' } });
        const allowed = all.filter((r) => can(ctx.actor, 'record:read', recordFacts(r))).map((r) => r.id);
        const label = `${email ?? 'anonymous'} ${type.name}`;
        expect(await ids(readableWhere(ctx.actor, type)), label).toEqual(allowed);
        expect(await ids(readableBy(ctx.actor, type)), label).toEqual(allowed);
        compared += all.length;
        refused += all.length - allowed.length;
      }
    }
    expect(compared).toBeGreaterThan(0);
    // The demo world has records some readers may not read: the comparison covered refusals.
    expect(refused).toBeGreaterThan(0);
  });

  it('writes only ids and country codes into the SQL, refusing anything else', () => {
    const scope = recordReadScope(null);
    expect(() => scopeSql({ ...scope, ownerOrganisationIds: ["x') or true --"] }, { hasAddressee: false })).toThrow(
      /not an id/,
    );
    expect(() =>
      scopeSql(
        { ...scope, sptCountryCodes: ["XV' or true --"] },
        {
          hasAddressee: false,
        },
      ),
    ).toThrow(/not a country code/);
    expect(scopeSql(scope, { hasAddressee: true })).toBe(`("[::alias::]"."classification" = 'PUBLIC')`);
  });
});
