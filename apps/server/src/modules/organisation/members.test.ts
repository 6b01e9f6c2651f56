import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphqlClient, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlResponse, TestServer } from '../../test/server.ts';
import { acceptInvitation, INVITED_PASSWORD, invitationTokenFor } from '../../test/invitations.ts';

const ORGANISATION = /* GraphQL */ `
  query Organisation($id: ID) {
    organisation(id: $id) {
      id
      name
      members {
        id
        role
        user {
          email
        }
      }
      viewerCan {
        readMembers
        manageMembers
      }
    }
  }
`;
const ADD = /* GraphQL */ `
  mutation Add($input: AddMemberInput!) {
    addMember(input: $input) {
      membership {
        id
        role
        user {
          email
        }
        organisation {
          id
        }
      }
      invitationSent
      userErrors {
        field
        code
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
        field
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
        field
        code
      }
    }
  }
`;
const WORKING_GROUPS = /* GraphQL */ `
  query WorkingGroups {
    workingGroups {
      id
      name
      kind
    }
  }
`;
const WORKING_GROUP = /* GraphQL */ `
  query WorkingGroup($id: ID!) {
    workingGroup(id: $id) {
      id
      kind
      members {
        role
        organisation {
          kind
        }
      }
    }
  }
`;

interface Member {
  id: string;
  role: string;
  user: { email: string };
}
interface OrganisationData {
  organisation: {
    id: string;
    name: string;
    members: Member[];
    viewerCan: { readMembers: boolean; manageMembers: boolean };
  };
}
interface UserErrorData {
  field: string[];
  code: string;
}
interface AddData {
  addMember: {
    membership: { id: string; role: string; user: { email: string }; organisation: { id: string } } | null;
    invitationSent: boolean;
    userErrors: UserErrorData[];
  };
}
interface ChangeRoleData {
  changeMemberRole: { membership: { id: string; role: string } | null; userErrors: UserErrorData[] };
}
interface RemoveData {
  removeMember: { removedMembershipId: string | null; userErrors: UserErrorData[] };
}
interface WorkingGroupsData {
  workingGroups: { id: string; name: string; kind: string }[];
}

let server: TestServer;
let ana: GraphqlClient;
let bruno: GraphqlClient;
let lucia: GraphqlClient;
let npmId: string;
let npm2Id: string;
const membershipOf: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  [ana, bruno, lucia] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'bruno.mnp@demo.opcat'),
    signedIn(server, 'lucia.mnpsa@demo.opcat'),
  ]);
  const npm = (await ana.request<OrganisationData>(ORGANISATION)).data?.organisation;
  const npm2 = (await lucia.request<OrganisationData>(ORGANISATION)).data?.organisation;
  if (!npm || !npm2) throw new Error('demo world without the two NPMs');
  npmId = npm.id;
  npm2Id = npm2.id;
  for (const m of npm.members) membershipOf[m.user.email] = m.id;
});
afterAll(async () => {
  await server?.close();
});

function membershipId(email: string): string {
  const id = membershipOf[email];
  if (!id) throw new Error(`no membership for ${email}`);
  return id;
}

/** Every membership and account, to prove that a refused call wrote nothing. */
async function snapshot(): Promise<unknown> {
  const connection = server.orm.em.getConnection();
  return {
    memberships: await connection.execute(
      'select m.id, m.role, m.user_id, m.organisation_id from membership m order by m.id',
    ),
    users: await connection.execute('select id, email, password_hash from user_account order by id'),
  };
}

/** A policy refusal: the same NOT_FOUND as a missing record, with nothing that says "forbidden". */
function expectNotFound(res: GraphqlResponse<unknown>): void {
  expect(res.data ?? null).toBeNull();
  expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  expect(res.errors?.[0]?.message).toBe('Not found');
}

/** All three membership mutations against the NPM's memberships, as `client`. */
async function tryEveryMembershipMutation(client: GraphqlClient) {
  return [
    await client.request(ADD, {
      input: { organisationId: npmId, email: `intruder-${randomUUID()}@demo.opcat`, displayName: 'X', role: 'ADMIN' },
    }),
    await client.request(ADD, {
      input: { organisationId: npmId, email: 'lucia.mnpsa@demo.opcat', displayName: 'X', role: 'ADMIN' },
    }),
    await client.request(CHANGE_ROLE, { input: { membershipId: membershipId('ana.mnp@demo.opcat'), role: 'VIEWER' } }),
    await client.request(CHANGE_ROLE, { input: { membershipId: membershipId('bruno.mnp@demo.opcat'), role: 'ADMIN' } }),
    await client.request(REMOVE, { input: { membershipId: membershipId('ana.mnp@demo.opcat') } }),
  ];
}

describe('membership management', () => {
  it('an EDITOR calling addMember, changeMemberRole or removeMember gets NOT_FOUND and nothing is written', async () => {
    const before = await snapshot();
    for (const res of await tryEveryMembershipMutation(bruno)) expectNotFound(res);
    expect(await snapshot()).toEqual(before);
  });

  it("an ADMIN of another organisation cannot touch this organisation's memberships", async () => {
    const before = await snapshot();
    for (const res of await tryEveryMembershipMutation(lucia)) expectNotFound(res);
    expect(await snapshot()).toEqual(before);
  });

  it('an ADMIN adds a person by a new e-mail: an invitation link is mailed, and it lets them set a password and sign in', async () => {
    const email = 'nueva.persona@demo.opcat';
    const res = await ana.request<AddData>(ADD, {
      input: { organisationId: npmId, email: ` ${email.toUpperCase()} `, displayName: 'Nueva Persona', role: 'EDITOR' },
    });
    expect(res.errors).toBeUndefined();
    const added = res.data?.addMember;
    expect(added?.userErrors).toEqual([]);
    expect(added?.membership).toMatchObject({ role: 'EDITOR', user: { email }, organisation: { id: npmId } });
    expect(added?.invitationSent).toBe(true);

    const token = await invitationTokenFor(server.orm, email);
    const { client: newcomer, res: accepted } = await acceptInvitation(server, token, INVITED_PASSWORD);
    expect(accepted.data?.acceptInvitation.userErrors).toEqual([]);
    const seen = await newcomer.request<OrganisationData>(ORGANISATION);
    expect(seen.data?.organisation.id).toBe(npmId);
    expect(seen.data?.organisation.members.map((m) => m.user.email)).toContain(email);

    await expect(signedIn(server, email, INVITED_PASSWORD)).resolves.toBeInstanceOf(GraphqlClient);
    // Adding the same person again sends nothing and creates nothing.
    const again = await ana.request<AddData>(ADD, {
      input: { organisationId: npmId, email, displayName: 'Nueva Persona', role: 'VIEWER' },
    });
    expect(again.data?.addMember).toEqual({
      membership: null,
      invitationSent: false,
      userErrors: [{ field: ['input', 'email'], code: 'ALREADY_MEMBER' }],
    });
  });

  it('adding an existing member gives ALREADY_MEMBER and writes nothing', async () => {
    const before = await snapshot();
    const res = await ana.request<AddData>(ADD, {
      input: { organisationId: npmId, email: 'bruno.mnp@demo.opcat', displayName: 'Bruno', role: 'ADMIN' },
    });
    expect(res.data?.addMember.membership).toBeNull();
    expect(res.data?.addMember.userErrors.map((e) => e.code)).toEqual(['ALREADY_MEMBER']);
    expect(await snapshot()).toEqual(before);
  });

  it('adding a person who already has an account elsewhere sends no invitation and keeps their password', async () => {
    const res = await ana.request<AddData>(ADD, {
      input: { organisationId: npmId, email: 'carmen.cndh@demo.opcat', displayName: 'ignored', role: 'VIEWER' },
    });
    expect(res.data?.addMember.userErrors).toEqual([]);
    expect(res.data?.addMember.invitationSent).toBe(false);
    expect(res.data?.addMember.membership?.role).toBe('VIEWER');
    await expect(signedIn(server, 'carmen.cndh@demo.opcat')).resolves.toBeInstanceOf(GraphqlClient);
  });

  it('the last ADMIN can be neither demoted nor removed (LAST_ADMIN); with two admins, one can be demoted', async () => {
    const anaMembership = membershipId('ana.mnp@demo.opcat');
    const demote = await ana.request<ChangeRoleData>(CHANGE_ROLE, {
      input: { membershipId: anaMembership, role: 'EDITOR' },
    });
    expect(demote.data?.changeMemberRole).toEqual({
      membership: null,
      userErrors: [{ field: ['input', 'role'], code: 'LAST_ADMIN' }],
    });
    const remove = await ana.request<RemoveData>(REMOVE, { input: { membershipId: anaMembership } });
    expect(remove.data?.removeMember).toEqual({
      removedMembershipId: null,
      userErrors: [{ field: ['input', 'membershipId'], code: 'LAST_ADMIN' }],
    });
    const roles = await server.orm.em
      .getConnection()
      .execute<{ role: string }[]>('select role from membership where id = ?', [anaMembership]);
    expect(roles).toEqual([{ role: 'ADMIN' }]);

    const brunoMembership = membershipId('bruno.mnp@demo.opcat');
    const promote = await ana.request<ChangeRoleData>(CHANGE_ROLE, {
      input: { membershipId: brunoMembership, role: 'ADMIN' },
    });
    expect(promote.data?.changeMemberRole.membership).toEqual({ id: brunoMembership, role: 'ADMIN' });
    const demoteOther = await ana.request<ChangeRoleData>(CHANGE_ROLE, {
      input: { membershipId: brunoMembership, role: 'EDITOR' },
    });
    expect(demoteOther.data?.changeMemberRole).toEqual({
      membership: { id: brunoMembership, role: 'EDITOR' },
      userErrors: [],
    });
  });
});

describe('reading organisations', () => {
  it('a non-member sees the organisation but an empty members list; its members see the list', async () => {
    const outsider = (await lucia.request<OrganisationData>(ORGANISATION, { id: npmId })).data?.organisation;
    expect(outsider?.name).toMatch(/Costa Verde/);
    expect(outsider?.members).toEqual([]);
    expect(outsider?.viewerCan).toEqual({ readMembers: false, manageMembers: false });

    const editor = (await bruno.request<OrganisationData>(ORGANISATION, { id: npmId })).data?.organisation;
    expect(editor?.members.map((m) => m.user.email)).toEqual(
      expect.arrayContaining(['ana.mnp@demo.opcat', 'bruno.mnp@demo.opcat']),
    );
    expect(editor?.viewerCan).toEqual({ readMembers: true, manageMembers: false });

    const admin = (await ana.request<OrganisationData>(ORGANISATION, { id: npmId })).data?.organisation;
    expect(admin?.members.length).toBe(editor?.members.length);
    expect(admin?.viewerCan).toEqual({ readMembers: true, manageMembers: true });

    // And the other way round.
    const npm2 = (await ana.request<OrganisationData>(ORGANISATION, { id: npm2Id })).data?.organisation;
    expect(npm2?.members).toEqual([]);
  });

  it('an unknown or malformed organisation id is NOT_FOUND', async () => {
    expectNotFound(await ana.request(ORGANISATION, { id: randomUUID() }));
    expectNotFound(await ana.request(ORGANISATION, { id: 'drop table' }));
  });
});

describe('working groups', () => {
  it("lists only the groups the viewer's organisation belongs to", async () => {
    const listed = async (client: GraphqlClient) =>
      ((await client.request<WorkingGroupsData>(WORKING_GROUPS)).data?.workingGroups ?? []).map((g) => g.kind).sort();

    expect(await listed(lucia)).toEqual(['REGIONAL_NETWORK']);
    expect(await listed(await signedIn(server, 'hannah.ohchr@demo.opcat'))).toEqual(['NATIONAL_WORKING_GROUP']);
    expect(await listed(ana)).toEqual(['NATIONAL_WORKING_GROUP', 'NPM_TECHNICAL_COMMITTEE', 'REGIONAL_NETWORK']);
    expect(await listed(await signedIn(server, 'ines.spt@demo.opcat'))).toEqual([]);
  });

  it("a group the viewer's organisation is not in is NOT_FOUND, exactly like a random UUID and a malformed id", async () => {
    const groups = (await ana.request<WorkingGroupsData>(WORKING_GROUPS)).data?.workingGroups ?? [];
    const national = groups.find((g) => g.kind === 'NATIONAL_WORKING_GROUP');
    const regional = groups.find((g) => g.kind === 'REGIONAL_NETWORK');
    if (!national || !regional) throw new Error('demo world without its working groups');

    const own = await lucia.request<{ workingGroup: { id: string; members: unknown[] } }>(WORKING_GROUP, {
      id: regional.id,
    });
    expect(own.errors).toBeUndefined();
    expect(own.data?.workingGroup.members).toHaveLength(3);

    const answers = [];
    for (const id of [national.id, randomUUID(), 'not-a-uuid']) {
      const res = await lucia.request(WORKING_GROUP, { id });
      expectNotFound(res);
      answers.push(res.errors);
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });
});
