import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_REVOKED } from '../realtime/connections.ts';
import {
  connectGraphqlWs,
  errorCodes,
  GraphqlClient,
  handshake,
  operate,
  signedIn,
  startTestServer,
  within,
} from '../test/server.ts';
import type { FormattedExecutionResult, GraphqlWsConnection, Operation, TestServer } from '../test/server.ts';

const MEMBERSHIP_CHANGED = /* GraphQL */ `
  subscription MembershipChanged($organisationId: ID!) {
    membershipChanged(organisationId: $organisationId) {
      kind
      membershipId
      organisationId
    }
  }
`;
const MEMBERS = /* GraphQL */ `
  query Members {
    organisation {
      id
      members {
        id
        role
        user {
          email
        }
      }
    }
  }
`;
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
const REMOVE = /* GraphQL */ `
  mutation Remove($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      removedMembershipId
      userErrors {
        code
      }
    }
  }
`;

interface MembershipEvent {
  kind: string;
  membershipId: string;
  organisationId: string;
}
type Changed = { membershipChanged: MembershipEvent };
interface MembersData {
  organisation: { id: string; members: { id: string; role: string; user: { email: string } }[] };
}

let server: TestServer;
let ana: GraphqlClient;
let npmId: string;
let brunoMembershipId: string;
const connections: GraphqlWsConnection[] = [];

beforeAll(async () => {
  server = await startTestServer();
  ana = await signedIn(server, 'ana.mnp@demo.opcat');
  const members = await ana.request<MembersData>(MEMBERS);
  const organisation = members.data?.organisation;
  const bruno = organisation?.members.find((m) => m.user.email === 'bruno.mnp@demo.opcat');
  if (!organisation || !bruno) throw new Error(`demo world without the NPM or bruno: ${JSON.stringify(members)}`);
  npmId = organisation.id;
  brunoMembershipId = bruno.id;
});
afterAll(async () => {
  await Promise.all(connections.map((c) => c.dispose()));
  await server?.close();
});

function connect(cookie: string | undefined): GraphqlWsConnection {
  const connection = connectGraphqlWs(server, cookie);
  connections.push(connection);
  return connection;
}

/**
 * graphql-ws does not acknowledge a subscription: publish probe events on the server's bus until
 * one arrives, so the real event is not published before the subscriber listens.
 */
async function untilListening(operation: Operation<Changed>, organisationId: string): Promise<void> {
  const probeId = randomUUID();
  for (let attempt = 0; attempt < 100; attempt++) {
    await server.services.bus.publish('membership', { organisationId, membershipId: probeId, kind: 'ADDED' });
    try {
      const result = await operation.next(50);
      if (result.data?.membershipChanged.membershipId === probeId) return;
      throw new Error(`unexpected message while waiting for the probe: ${JSON.stringify(result)}`);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('no graphql-ws message')) throw error;
    }
  }
  throw new Error('the subscription never started listening');
}

/** The next event that is not a readiness probe. */
async function nextEvent(operation: Operation<Changed>, probeFree: (e: MembershipEvent) => boolean) {
  for (;;) {
    const result: FormattedExecutionResult<Changed> = await operation.next(2000);
    const event = result.data?.membershipChanged;
    if (!event || probeFree(event)) return result;
  }
}

describe('graphql-ws with the session cookie', () => {
  it('a member subscribed to their organisation receives a ROLE_CHANGED event that carries only ids', async () => {
    const bruno = await signedIn(server, 'bruno.mnp@demo.opcat');
    const live = connect(bruno.cookie);
    const events = operate<Changed>(live.client, MEMBERSHIP_CHANGED, { organisationId: npmId });
    await untilListening(events, npmId);

    const changed = await ana.request(CHANGE_ROLE, { input: { membershipId: brunoMembershipId, role: 'CONTRIBUTOR' } });
    expect(changed.errors).toBeUndefined();

    const result = await nextEvent(events, (e) => e.membershipId === brunoMembershipId);
    expect(result).toEqual({
      data: { membershipChanged: { kind: 'ROLE_CHANGED', membershipId: brunoMembershipId, organisationId: npmId } },
    });
    events.dispose();
  });

  it("subscribing to another organisation's events, an unknown one or a malformed id gives NOT_FOUND", async () => {
    const lucia = await signedIn(server, 'lucia.mnpsa@demo.opcat');
    const other = (await lucia.request<MembersData>(MEMBERS)).data?.organisation.id;
    expect(other).toMatch(/^[0-9a-f-]{36}$/);
    const bruno = await signedIn(server, 'bruno.mnp@demo.opcat');
    const live = connect(bruno.cookie);

    const answers = [];
    for (const organisationId of [other, randomUUID(), 'not-an-id']) {
      const operation = operate<Changed>(live.client, MEMBERSHIP_CHANGED, { organisationId });
      const first = await operation.next(2000);
      answers.push({
        data: first.data ?? null,
        codes: errorCodes(first),
        messages: first.errors?.map((e) => e.message),
      });
      expect(await within(2000, operation.done, 'completion')).toEqual({});
    }
    expect(answers).toEqual(Array(3).fill({ data: null, codes: ['NOT_FOUND'], messages: ['Not found'] }));

    // The refusal ends the operation, not the connection.
    const stillOpen = operate<Changed>(live.client, MEMBERSHIP_CHANGED, { organisationId: npmId });
    await untilListening(stillOpen, npmId);
    stillOpen.dispose();
  });

  it('removing a member closes their open socket with 4403 at once, and their cookie stops working', async () => {
    const bruno = await signedIn(server, 'bruno.mnp@demo.opcat');
    const brunoCookie = bruno.cookie ?? '';
    const brunoLive = connect(brunoCookie);
    const brunoEvents = operate<Changed>(brunoLive.client, MEMBERSHIP_CHANGED, { organisationId: npmId });
    await untilListening(brunoEvents, npmId);
    const anaLive = connect(ana.cookie);
    const anaEvents = operate<Changed>(anaLive.client, MEMBERSHIP_CHANGED, { organisationId: npmId });
    await untilListening(anaEvents, npmId);

    const removed = await ana.request<{ removeMember: { removedMembershipId: string | null } }>(REMOVE, {
      input: { membershipId: brunoMembershipId },
    });
    expect(removed.data?.removeMember.removedMembershipId).toBe(brunoMembershipId);
    const closed = await within(1000, brunoLive.closed, "bruno's socket closing");
    expect(closed.code).toBe(CLOSE_REVOKED);

    // The admin's own socket stays open and learns about the removal.
    const seenByAna = await nextEvent(anaEvents, (e) => e.membershipId === brunoMembershipId);
    expect(seenByAna.data?.membershipChanged).toEqual({
      kind: 'REMOVED',
      membershipId: brunoMembershipId,
      organisationId: npmId,
    });

    const holder = new GraphqlClient(server, brunoCookie);
    expect((await holder.request<{ me: unknown }>('query Me { me { user { id } } }')).data?.me).toBeNull();
    expect(errorCodes(await holder.request('query Guarded { workingGroups { id } }'))).toEqual(['UNAUTHENTICATED']);
    expect((await handshake(server, { cookie: brunoCookie })).status).toBe(401);
  });
});
