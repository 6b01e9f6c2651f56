import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Membership, User } from '../db/entities/identity.ts';
import { signedIn, startTestServer } from '../test/server.ts';
import type { TestServer } from '../test/server.ts';
import { recordStatements } from '../test/statements.ts';
import { createActorCache } from './actor-cache.ts';
import type { ActorCache } from './actor-cache.ts';
import { SESSION_COOKIE } from './session.ts';

const CHANGE_ROLE = /* GraphQL */ `
  mutation ChangeRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      membership {
        id
        role
      }
      userErrors {
        code
      }
    }
  }
`;

const SIGN_OUT = /* GraphQL */ `
  mutation {
    signOut
  }
`;

describe('the per-session actor cache', () => {
  let server: TestServer;
  /** Another instance's cache: it hears the server's bus, as a second instance hears it through Redis. */
  let other: ActorCache;
  let clock = 1_000_000;

  beforeAll(async () => {
    server = await startTestServer();
    await server.jobs.stop();
    other = createActorCache(server.services.bus, server.env.SESSION_SECRET, { now: () => clock });
  });

  afterAll(async () => {
    other?.dispose();
    await server?.close();
  });

  const em = () => server.orm.em.fork() as EntityManager;
  const tokenOf = (cookie: string | undefined) => (cookie ?? '').replace(`${SESSION_COOKIE}=`, '');

  async function membershipOf(email: string) {
    const user = await em().findOneOrFail(User, { email });
    return em().findOneOrFail(Membership, { user: user.id });
  }

  it('answers a known session with one statement (its session row) and loads memberships once', async () => {
    const client = await signedIn(server, 'bruno.mnp@demo.opcat');
    const token = tokenOf(client.cookie);
    const first = await recordStatements(() => other.load(em(), token));
    const second = await recordStatements(() => other.load(em(), token));
    expect(first.statements).toHaveLength(3);
    expect(second.statements).toHaveLength(1);
    expect(second.result).toEqual(first.result);
    expect(second.result?.memberships.length).toBeGreaterThan(0);
  });

  it('sees a role change on the next request, on this instance and on another', async () => {
    const admin = await signedIn(server, 'ana.mnp@demo.opcat');
    const member = await signedIn(server, 'bruno.mnp@demo.opcat');
    const token = tokenOf(member.cookie);
    const membership = await membershipOf('bruno.mnp@demo.opcat');
    const before = await other.load(em(), token);
    expect(before?.memberships[0]?.role).toBe(membership.role);

    const changed = await admin.request<{ changeMemberRole: { membership: { role: string } | null } }>(CHANGE_ROLE, {
      input: { membershipId: membership.id, role: 'VIEWER' },
    });
    expect(changed.data?.changeMemberRole.membership?.role).toBe('VIEWER');
    // No waiting: the bus delivered the invalidation before the mutation answered.
    expect((await other.load(em(), token))?.memberships[0]?.role).toBe('VIEWER');
    expect((await server.services.actors.load(em(), token))?.memberships[0]?.role).toBe('VIEWER');
  });

  it('refuses a signed-out session at once, on every instance', async () => {
    const client = await signedIn(server, 'carmen.cndh@demo.opcat');
    const token = tokenOf(client.cookie);
    expect(await other.load(em(), token)).not.toBeNull();
    expect(await server.services.actors.load(em(), token)).not.toBeNull();
    await client.request(SIGN_OUT);
    expect(await other.load(em(), token)).toBeNull();
    expect(await server.services.actors.load(em(), token)).toBeNull();
  });

  it('refuses a session revoked in the database behind its back, though its facts are cached', async () => {
    const client = await signedIn(server, 'diego.voces@demo.opcat');
    const token = tokenOf(client.cookie);
    expect(await other.load(em(), token)).not.toBeNull();
    const actor = await other.load(em(), token);
    await server.ownerOrm.em
      .getConnection()
      .execute('update user_session set revoked_at = now() where id = ?', [actor?.sessionId]);
    expect(await other.load(em(), token)).toBeNull();
  });

  it('reloads memberships changed outside the app once the safety-net TTL has passed', async () => {
    const client = await signedIn(server, 'elena.colectivo@demo.opcat');
    const token = tokenOf(client.cookie);
    const membership = await membershipOf('elena.colectivo@demo.opcat');
    expect((await other.load(em(), token))?.memberships[0]?.role).toBe(membership.role);
    await server.ownerOrm.em
      .getConnection()
      .execute(`update membership set role = 'VIEWER' where id = ?`, [membership.id]);
    // No bus event for a change made by hand: the cached facts last until the TTL.
    expect((await other.load(em(), token))?.memberships[0]?.role).toBe(membership.role);
    clock += 5_000;
    expect((await other.load(em(), token))?.memberships[0]?.role).toBe('VIEWER');
  });

  it('does not keep facts read while an invalidation arrived', async () => {
    const client = await signedIn(server, 'fernando.minjus@demo.opcat');
    const token = tokenOf(client.cookie);
    const loading = other.load(em(), token);
    other.forget({ all: true });
    expect(await loading).not.toBeNull();
    const again = await recordStatements(() => other.load(em(), token));
    expect(again.statements).toHaveLength(3);
  });
});
