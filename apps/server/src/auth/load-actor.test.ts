import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Membership, Session, User, WorkingGroupMember } from '../db/entities/identity.ts';
import { demoUsers } from '../db/demo-world.ts';
import { signedIn, startTestServer } from '../test/server.ts';
import type { TestServer } from '../test/server.ts';
import { recordStatements } from '../test/statements.ts';
import { loadActor, loadActors } from './load-actor.ts';
import { SESSION_COOKIE } from './session.ts';

describe('loadActor', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    await server.jobs.stop();
  });

  afterAll(async () => {
    await server?.close();
  });

  const em = () => server.orm.em.fork() as EntityManager;

  it('reads a session with its memberships and working groups in one statement, for every demo user', async () => {
    for (const { email } of demoUsers) {
      const client = await signedIn(server, email);
      const token = (client.cookie ?? '').replace(`${SESSION_COOKIE}=`, '');
      const { result: actor, statements } = await recordStatements(() =>
        loadActor(em(), token, server.env.SESSION_SECRET),
      );
      expect(statements, email).toHaveLength(1);

      // What the memberships and working groups are, read entity by entity.
      const user = await em().findOneOrFail(User, { email });
      const memberships = await em().find(
        Membership,
        { user: user.id },
        { populate: ['organisation'], orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      const groups = await em().find(
        WorkingGroupMember,
        { organisation: { $in: memberships.map((m) => m.organisation.id) } },
        { orderBy: { id: 'asc' } },
      );
      expect(actor, email).toEqual({
        userId: user.id,
        sessionId: expect.any(String),
        actingOrganisationId: null,
        memberships: memberships.map((m) => ({
          organisationId: m.organisation.id,
          organisationKind: m.organisation.kind,
          countryCode: m.organisation.countryCode,
          role: m.role,
        })),
        workingGroups: groups.map((g) => ({
          workingGroupId: g.workingGroup.id,
          organisationId: g.organisation.id,
          role: g.role,
        })),
      });
    }
  });

  it('answers null for a token that names no live session', async () => {
    expect(await loadActor(em(), 'A'.repeat(43), server.env.SESSION_SECRET)).toBeNull();
    expect(await loadActor(em(), null, server.env.SESSION_SECRET)).toBeNull();
  });

  it('reads many sessions in one statement, each as loadActor reads it, and leaves out the dead ones', async () => {
    const tokens: string[] = [];
    for (const { email } of demoUsers) {
      const client = await signedIn(server, email);
      tokens.push((client.cookie ?? '').replace(`${SESSION_COOKIE}=`, ''));
    }
    // One session revoked, one token unknown, one absent: none of them has an actor.
    const revoked = tokens[0] as string;
    const revokedActor = await loadActor(em(), revoked, server.env.SESSION_SECRET);
    await em().nativeUpdate(Session, { id: revokedActor?.sessionId }, { revokedAt: new Date() });
    const unknown = 'A'.repeat(43);
    const { result: actors, statements } = await recordStatements(() =>
      loadActors(em(), [...tokens, unknown, null], server.env.SESSION_SECRET),
    );
    expect(statements).toHaveLength(1);
    expect(actors.has(revoked)).toBe(false);
    expect(actors.has(unknown)).toBe(false);
    expect(actors.size).toBe(tokens.length - 1);
    for (const token of tokens.slice(1)) {
      expect(actors.get(token)).toEqual(await loadActor(em(), token, server.env.SESSION_SECRET));
    }
    expect((await loadActors(em(), [], server.env.SESSION_SECRET)).size).toBe(0);
  });
});
