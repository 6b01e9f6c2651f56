import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtime } from '../../env.ts';
import { errorCodes, GraphqlClient, startTestServer } from '../../test/server.ts';
import type { TestServer } from '../../test/server.ts';
import { acceptInvitation, INVITED_PASSWORD, invitationTokenFor } from '../../test/invitations.ts';
import { currentTotp } from '../two-factor/totp.ts';

/**
 * Proof of issue 17's onboarding: from an EMPTY database (migrations only, no seed) to two
 * organisations working in one working group, through the operator's command line and then only
 * GraphQL over HTTP, as people would.
 */
const serverRoot = fileURLToPath(new URL('../../..', import.meta.url));
const PLATFORM_EMAIL = 'operador@plataforma.test';
const PLATFORM_PASSWORD = 'the platform operator passphrase';

let server: TestServer;
/** The NPM admin's session, once enrolled (the two-factor test reuses it). */
let sharedNpmAdmin: GraphqlClient | undefined;
const npmAdminClient = async () => sharedNpmAdmin ?? Promise.reject(new Error('the NPM admin never signed in'));

/** `npm run admin:create -- <email>` as an operator runs it, the password piped on standard input. */
function adminCreate(email: string, stdin: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/db/admin-create-cli.ts', '--', email, '--name', 'Operadora'],
      {
        cwd: serverRoot,
        env: {
          PATH: runtime.path,
          NODE_ENV: 'test',
          DATABASE_URL: server.env.DATABASE_URL ?? '',
          DATABASE_OWNER_URL: server.env.DATABASE_OWNER_URL ?? '',
          DATA_DIR: server.env.DATA_DIR,
          SESSION_SECRET: server.env.SESSION_SECRET,
          AUDIT_KEY: server.env.AUDIT_KEY,
          MASTER_KEY: server.env.MASTER_KEY,
          LOG_LEVEL: 'warn',
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
    child.stdin.end(stdin);
  });
}

async function count(table: string): Promise<number> {
  const rows = await server.orm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from ${table}`);
  return Number(rows[0]?.n ?? -1);
}

async function auditActions(): Promise<string[]> {
  const rows = await server.orm.em
    .fork()
    .getConnection()
    .execute<{ action: string }[]>('select action from audit_event order by seq');
  return rows.map((r) => r.action);
}

const CREATE_ORGANISATION = /* GraphQL */ `
  mutation Create($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
        name
        kind
        twoFactorRequired
        hostInstitution {
          id
          name
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
interface CreateData {
  createOrganisation: {
    organisation: {
      id: string;
      name: string;
      kind: string;
      twoFactorRequired: boolean;
      hostInstitution: { id: string; name: string } | null;
    } | null;
    invitationSent: boolean;
    userErrors: { field: string[]; code: string }[];
  };
}

async function createOrganisation(client: GraphqlClient, input: Record<string, unknown>) {
  const res = await client.request<CreateData>(CREATE_ORGANISATION, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.createOrganisation;
}

/** Enrols an authenticator for a session held at the enrolment (an NPM requires two-factor). */
async function enrol(client: GraphqlClient): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await client.request<{ startTwoFactorEnrolment: { enrolment: { secret: string } | null } }>(
    'mutation { startTwoFactorEnrolment { enrolment { secret } userErrors { code } } }',
  );
  const secret = started.data!.startTwoFactorEnrolment.enrolment!.secret;
  const confirmed = await client.request<{
    confirmTwoFactorEnrolment: { recoveryCodes: string[] | null; userErrors: { code: string }[] };
  }>(
    'mutation ($code: String!) { confirmTwoFactorEnrolment(input: { code: $code }) { recoveryCodes userErrors { code } } }',
    { code: await currentTotp(secret) },
  );
  expect(confirmed.data!.confirmTwoFactorEnrolment.userErrors).toEqual([]);
  return { secret, recoveryCodes: confirmed.data!.confirmTwoFactorEnrolment.recoveryCodes ?? [] };
}

const WORKING_GROUP = /* GraphQL */ `
  query Group($id: ID!) {
    workingGroup(id: $id) {
      id
      name
      viewerCan {
        manageMembers
        createWorkplan
      }
      members {
        role
        viewerCanRemove
        organisation {
          id
        }
      }
      invitations {
        id
        role
        organisation {
          id
        }
      }
    }
  }
`;
interface GroupData {
  workingGroup: {
    id: string;
    viewerCan: { manageMembers: boolean; createWorkplan: boolean };
    members: { role: string; viewerCanRemove: boolean; organisation: { id: string } }[];
    invitations: { id: string; role: string; organisation: { id: string } }[];
  };
}

const CREATE_WORKPLAN = /* GraphQL */ `
  mutation Plan($input: CreateWorkplanInput!) {
    createWorkplan(input: $input) {
      workplan {
        id
        title
      }
      userErrors {
        code
      }
    }
  }
`;

beforeAll(async () => {
  server = await startTestServer({ seed: false });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('onboarding from an empty database, through the command line and GraphQL only', () => {
  const platform = new GraphqlClient({
    get url() {
      return server.url;
    },
  });
  let npmAdmin: GraphqlClient;
  let csoAdmin: GraphqlClient;
  let hostAdmin: GraphqlClient;
  const ids = { host: '', npm: '', cso: '', group: '', orgPlan: '', groupPlan: '', npmGroupPlan: '' };

  it('starts with no organisation, no working group and no account', async () => {
    expect(await count('organisation')).toBe(0);
    expect(await count('working_group')).toBe(0);
    expect(await count('user_account')).toBe(0);
  });

  it('the first platform administrator comes from `npm run admin:create` (a short password is refused)', async () => {
    const refused = await adminCreate(PLATFORM_EMAIL, 'short\n');
    expect(refused.code).toBe(1);
    expect(await count('user_account')).toBe(0);
    const made = await adminCreate(PLATFORM_EMAIL, `${PLATFORM_PASSWORD}\n`);
    expect(made.output).toContain(`${PLATFORM_EMAIL} is a platform administrator (new account)`);
    expect(made.code).toBe(0);
    await platform.signIn(PLATFORM_EMAIL, PLATFORM_PASSWORD);
    const me = await platform.request<{ me: { platformAdmin: boolean; memberships: unknown[] } }>(
      '{ me { platformAdmin memberships { id } } }',
    );
    expect(me.data?.me).toEqual({ platformAdmin: true, memberships: [] });
    expect(await auditActions()).toContain('platform.adminGranted');
  }, 60_000);

  it('the platform administrator creates an NHRI, an NPM hosted by it and a CSO, each inviting its first admin', async () => {
    const invalid = await createOrganisation(platform, {
      name: 'Mecanismo sin modelo',
      kind: 'NPM',
      countryCode: 'XV',
      adminEmail: 'x@npm.test',
      adminName: 'X',
    });
    expect(invalid.userErrors.map((e) => e.field.join('.'))).toEqual(['input.npmModel']);

    const host = await createOrganisation(platform, {
      name: 'Defensoría del Pueblo de Costa Verde',
      kind: 'NHRI',
      countryCode: 'xv',
      adminEmail: 'Defensora@Host.test',
      adminName: 'Defensora',
      locale: 'es',
    });
    expect(host.invitationSent).toBe(true);
    ids.host = host.organisation!.id;

    const npm = await createOrganisation(platform, {
      name: 'Mecanismo Nacional de Prevención de Costa Verde',
      kind: 'NPM',
      countryCode: 'XV',
      npmModel: 'WITHIN_OMBUDS',
      hostOrganisationId: ids.host,
      adminEmail: 'coordinadora@npm.test',
      adminName: 'Coordinadora',
      locale: 'es',
    });
    expect(npm.userErrors).toEqual([]);
    expect(npm.organisation).toMatchObject({
      kind: 'NPM',
      twoFactorRequired: true,
      hostInstitution: { id: ids.host, name: 'Defensoría del Pueblo de Costa Verde' },
    });
    ids.npm = npm.organisation!.id;

    const cso = await createOrganisation(platform, {
      name: 'Colectivo de Monitoreo',
      kind: 'CSO',
      countryCode: 'XV',
      adminEmail: 'enlace@cso.test',
      adminName: 'Enlace',
      locale: 'pt',
    });
    ids.cso = cso.organisation!.id;

    // Without SMTP the invitations wait in the platform's outbox (and the new organisation's).
    const outbox = await platform.request<{ platformOutbox: { to: string; template: string; locale: string }[] }>(
      '{ platformOutbox { to template locale } }',
    );
    expect(outbox.data?.platformOutbox.map((m) => `${m.to} ${m.template} ${m.locale}`).sort()).toEqual([
      'coordinadora@npm.test invitation es',
      'defensora@host.test invitation es',
      'enlace@cso.test invitation pt',
    ]);
    const listed = await platform.request<{ platformOrganisations: { name: string }[] }>(
      '{ platformOrganisations { name } }',
    );
    expect(listed.data?.platformOrganisations).toHaveLength(3);
  });

  it('the invited admins accept; the NPM admin must enrol a second factor first (NPMs require it)', async () => {
    const npmAccepted = await acceptInvitation(
      server,
      await invitationTokenFor(server.orm, 'coordinadora@npm.test'),
      INVITED_PASSWORD,
    );
    // Accepted (the password is set, a session cookie given), with no error: the session awaits enrolment.
    expect(npmAccepted.res.errors).toBeUndefined();
    expect(npmAccepted.res.data?.acceptInvitation).toEqual({ me: null, userErrors: [] });
    npmAdmin = sharedNpmAdmin = npmAccepted.client;
    // Held at the enrolment: nothing of the NPM is reachable before it.
    const held = await npmAdmin.request('{ organisation { id } }');
    expect(errorCodes(held)).toEqual(['UNAUTHENTICATED']);
    await enrol(npmAdmin);
    const mine = await npmAdmin.request<{ organisation: { id: string; viewerCan: { manageMembers: boolean } } }>(
      '{ organisation { id viewerCan { manageMembers } } }',
    );
    expect(mine.data?.organisation).toEqual({ id: ids.npm, viewerCan: { manageMembers: true } });

    csoAdmin = (
      await acceptInvitation(server, await invitationTokenFor(server.orm, 'enlace@cso.test'), INVITED_PASSWORD)
    ).client;
    hostAdmin = (
      await acceptInvitation(server, await invitationTokenFor(server.orm, 'defensora@host.test'), INVITED_PASSWORD)
    ).client;
    const cso = await csoAdmin.request<{ organisation: { id: string } }>('{ organisation { id } }');
    expect(cso.data?.organisation.id).toBe(ids.cso);
  }, 60_000);

  it('an admin of a fresh organisation invites a member by e-mail, who accepts and belongs', async () => {
    const added = await csoAdmin.request<{ addMember: { invitationSent: boolean; userErrors: unknown[] } }>(
      `mutation ($input: AddMemberInput!) { addMember(input: $input) { invitationSent userErrors { code } } }`,
      { input: { organisationId: ids.cso, email: 'monitora@cso.test', displayName: 'Monitora', role: 'EDITOR' } },
    );
    expect(added.data?.addMember).toEqual({ invitationSent: true, userErrors: [] });
    const { client } = await acceptInvitation(
      server,
      await invitationTokenFor(server.orm, 'monitora@cso.test'),
      INVITED_PASSWORD,
    );
    const me = await client.request<{ me: { memberships: { role: string; organisation: { id: string } }[] } }>(
      '{ me { memberships { role organisation { id } } } }',
    );
    expect(me.data?.me.memberships).toEqual([{ role: 'EDITOR', organisation: { id: ids.cso } }]);
  }, 30_000);

  it('the NPM starts a working group (it chairs it) and invites the CSO, found in the directory', async () => {
    const created = await npmAdmin.request<{ createWorkingGroup: { workingGroup: { id: string } | null } }>(
      `mutation ($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { workingGroup { id } userErrors { code } } }`,
      {
        input: {
          organisationId: ids.npm,
          name: 'Grupo Nacional de Prevención',
          kind: 'NATIONAL_WORKING_GROUP',
          countryCode: 'XV',
        },
      },
    );
    ids.group = created.data!.createWorkingGroup.workingGroup!.id;
    const found = await npmAdmin.request<{ organisationDirectory: { id: string }[] }>(
      '{ organisationDirectory(search: "monitoreo") { id } }',
    );
    expect(found.data?.organisationDirectory.map((o) => o.id)).toEqual([ids.cso]);

    // The CSO cannot invite anyone to a group it is not chairing: like a group that does not exist.
    const notChair = await csoAdmin.request(
      `mutation ($input: InviteToWorkingGroupInput!) { inviteToWorkingGroup(input: $input) { invitation { id } } }`,
      { input: { workingGroupId: ids.group, organisationId: ids.cso, role: 'MEMBER' } },
    );
    expect(errorCodes(notChair)).toEqual(['NOT_FOUND']);

    const invited = await npmAdmin.request<{ inviteToWorkingGroup: { invitation: { id: string } | null } }>(
      `mutation ($input: InviteToWorkingGroupInput!) { inviteToWorkingGroup(input: $input) { invitation { id } userErrors { code } } }`,
      { input: { workingGroupId: ids.group, organisationId: ids.cso, role: 'MEMBER' } },
    );
    expect(invited.data?.inviteToWorkingGroup.invitation).not.toBeNull();
    const again = await npmAdmin.request<{ inviteToWorkingGroup: { userErrors: { code: string }[] } }>(
      `mutation ($input: InviteToWorkingGroupInput!) { inviteToWorkingGroup(input: $input) { userErrors { code } } }`,
      { input: { workingGroupId: ids.group, organisationId: ids.cso, role: 'OBSERVER' } },
    );
    expect(again.data?.inviteToWorkingGroup.userErrors.map((e) => e.code)).toEqual(['ALREADY_IN_GROUP']);
    const group = await npmAdmin.request<GroupData>(WORKING_GROUP, { id: ids.group });
    expect(group.data?.workingGroup.viewerCan.manageMembers).toBe(true);
    expect(group.data?.workingGroup.invitations.map((i) => i.organisation.id)).toEqual([ids.cso]);
  });

  it('before accepting, the CSO is not in the group; its admin accepts and the CSO acts in the group', async () => {
    const before = await csoAdmin.request(WORKING_GROUP, { id: ids.group });
    expect(errorCodes(before)).toEqual(['NOT_FOUND']);
    const pending = await csoAdmin.request<{
      me: { workingGroupInvitations: { id: string; workingGroupName: string; role: string }[] };
    }>('{ me { workingGroupInvitations { id workingGroupName role } } }');
    const [invitation] = pending.data!.me.workingGroupInvitations;
    expect(invitation).toMatchObject({ workingGroupName: 'Grupo Nacional de Prevención', role: 'MEMBER' });
    // Someone else's ADMIN cannot answer for the CSO.
    const forged = await npmAdmin.request(
      `mutation ($input: RespondToWorkingGroupInvitationInput!) { respondToWorkingGroupInvitation(input: $input) { member { id } } }`,
      { input: { id: invitation!.id, accept: true } },
    );
    expect(errorCodes(forged)).toEqual(['NOT_FOUND']);
    const accepted = await csoAdmin.request<{ respondToWorkingGroupInvitation: { member: { role: string } | null } }>(
      `mutation ($input: RespondToWorkingGroupInvitationInput!) { respondToWorkingGroupInvitation(input: $input) { member { role } userErrors { code } } }`,
      { input: { id: invitation!.id, accept: true } },
    );
    expect(accepted.data?.respondToWorkingGroupInvitation.member).toEqual({ role: 'MEMBER' });

    const group = await csoAdmin.request<GroupData>(WORKING_GROUP, { id: ids.group });
    expect(group.data?.workingGroup.viewerCan).toEqual({ manageMembers: false, createWorkplan: true });
    const plan = await csoAdmin.request<{ createWorkplan: { workplan: { id: string } | null; userErrors: unknown[] } }>(
      CREATE_WORKPLAN,
      {
        input: {
          workingGroupId: ids.group,
          ownerOrganisationId: ids.cso,
          title: 'Plan conjunto 2027',
          periodStart: '2027-01-01',
        },
      },
    );
    expect(plan.data?.createWorkplan.userErrors).toEqual([]);
    ids.groupPlan = plan.data!.createWorkplan.workplan!.id;
    const read = await npmAdmin.request<{ workplan: { title: string } }>(
      'query ($id: ID!) { workplan(id: $id) { title } }',
      { id: ids.groupPlan },
    );
    expect(read.data?.workplan.title).toBe('Plan conjunto 2027');
    // And the group's own material reaches the CSO: the NPM's WORKING_GROUP plan.
    const npmPlan = await npmAdmin.request<{ createWorkplan: { workplan: { id: string } | null } }>(CREATE_WORKPLAN, {
      input: {
        workingGroupId: ids.group,
        ownerOrganisationId: ids.npm,
        title: 'Plan del grupo',
        periodStart: '2027-01-01',
      },
    });
    ids.npmGroupPlan = npmPlan.data!.createWorkplan.workplan!.id;
    const shared = await csoAdmin.request<{ workplan: { title: string } }>(
      'query ($id: ID!) { workplan(id: $id) { title } }',
      {
        id: ids.npmGroupPlan,
      },
    );
    expect(shared.data?.workplan.title).toBe('Plan del grupo');
  });

  it('the host link grants nothing: the host institution reads none of the NPM’s ORGANISATION records', async () => {
    const plan = await npmAdmin.request<{ createWorkplan: { workplan: { id: string } | null } }>(CREATE_WORKPLAN, {
      input: {
        workingGroupId: ids.group,
        ownerOrganisationId: ids.npm,
        title: 'Plan interno del MNP',
        periodStart: '2027-01-01',
        classification: 'ORGANISATION',
      },
    });
    ids.orgPlan = plan.data!.createWorkplan.workplan!.id;
    const query = 'query ($id: ID!) { workplan(id: $id) { id } }';
    for (const [who, client] of [
      ['host', hostAdmin],
      ['platform', platform],
      ['cso', csoAdmin],
    ] as const) {
      expect(errorCodes(await client.request(query, { id: ids.orgPlan })), who).toEqual(['NOT_FOUND']);
    }
    // The host sees the link on the NPM's page, and no member of the NPM.
    const page = await hostAdmin.request<{
      organisation: { hostInstitution: { id: string }; members: unknown[]; viewerCan: { readMembers: boolean } };
    }>(
      'query ($id: ID) { organisation(id: $id) { hostInstitution { id } members { id } viewerCan { readMembers } } }',
      {
        id: ids.npm,
      },
    );
    expect(page.data?.organisation).toEqual({
      hostInstitution: { id: ids.host },
      members: [],
      viewerCan: { readMembers: false },
    });
  });

  it('the platform administrator reads no organisation’s members, outbox or workplans', async () => {
    const members = await platform.request<{ organisation: { members: unknown[] } }>(
      'query ($id: ID) { organisation(id: $id) { members { id } } }',
      { id: ids.cso },
    );
    expect(members.data?.organisation.members).toEqual([]);
    expect(
      errorCodes(await platform.request('query ($id: ID!) { outbox(organisationId: $id) { id } }', { id: ids.cso })),
    ).toEqual(['NOT_FOUND']);
    expect(errorCodes(await platform.request(WORKING_GROUP, { id: ids.group }))).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(await platform.request('query ($id: ID!) { workplan(id: $id) { id } }', { id: ids.groupPlan })),
    ).toEqual(['NOT_FOUND']);
    // Nor is anyone else a platform administrator.
    expect(errorCodes(await npmAdmin.request('{ joinRequests { id } }'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await npmAdmin.request('{ platformOrganisations { id } }'))).toEqual(['NOT_FOUND']);
  });

  it('the chair sets standing, keeps a chair, and removes the CSO, which then reads nothing of the group', async () => {
    const setStanding = (client: GraphqlClient, organisationId: string, role: string) =>
      client.request<{ setWorkingGroupStanding: { member: { role: string } | null; userErrors: { code: string }[] } }>(
        `mutation ($input: SetWorkingGroupStandingInput!) { setWorkingGroupStanding(input: $input) { member { role } userErrors { code } } }`,
        { input: { workingGroupId: ids.group, organisationId, role } },
      );
    expect((await setStanding(npmAdmin, ids.npm, 'MEMBER')).data?.setWorkingGroupStanding.userErrors).toEqual([
      { code: 'LAST_CHAIR' },
    ]);
    expect((await setStanding(npmAdmin, ids.cso, 'OBSERVER')).data?.setWorkingGroupStanding.member).toEqual({
      role: 'OBSERVER',
    });
    expect(errorCodes(await setStanding(csoAdmin, ids.cso, 'CHAIR'))).toEqual(['NOT_FOUND']);
    const observer = await csoAdmin.request<GroupData>(WORKING_GROUP, { id: ids.group });
    expect(observer.data?.workingGroup.viewerCan.createWorkplan).toBe(false);

    const removed = await npmAdmin.request<{ removeFromWorkingGroup: { removedOrganisationId: string | null } }>(
      `mutation ($input: RemoveFromWorkingGroupInput!) { removeFromWorkingGroup(input: $input) { removedOrganisationId userErrors { code } } }`,
      { input: { workingGroupId: ids.group, organisationId: ids.cso } },
    );
    expect(removed.data?.removeFromWorkingGroup.removedOrganisationId).toBe(ids.cso);
    expect(errorCodes(await csoAdmin.request(WORKING_GROUP, { id: ids.group }))).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(await csoAdmin.request('query ($id: ID!) { workplan(id: $id) { id } }', { id: ids.npmGroupPlan })),
    ).toEqual(['NOT_FOUND']);
    const actions = await auditActions();
    for (const action of [
      'organisation.created',
      'invitation.issued',
      'workingGroup.created',
      'workingGroup.invited',
      'workingGroup.invitationAccepted',
      'workingGroup.standingChanged',
      'workingGroup.organisationRemoved',
    ]) {
      expect(actions, action).toContain(action);
    }
  });
});

const REQUEST_TO_JOIN = /* GraphQL */ `
  mutation Join($input: RequestToJoinInput!) {
    requestToJoin(input: $input) {
      received
      userErrors {
        field
        code
      }
    }
  }
`;

describe('requests to join', () => {
  const request = (name: string, extra: Record<string, unknown> = {}) =>
    new GraphqlClient(server).request<{
      requestToJoin: { received: boolean; userErrors: { field: string[]; code: string }[] };
    }>(REQUEST_TO_JOIN, {
      input: {
        name,
        kind: 'CSO',
        countryCode: 'XS',
        contactName: 'Contacto',
        contactEmail: `contacto.${name.length}@join.test`,
        message: 'Queremos sumarnos a la red.',
        locale: 'fr',
        ...extra,
      },
    });

  it('a signed-out organisation asks; the platform administrator approves one (its contact is invited) and rejects another', async () => {
    const platform = new GraphqlClient(server);
    await platform.signIn(PLATFORM_EMAIL, PLATFORM_PASSWORD);
    expect((await request('Observatorio Carcelario')).data?.requestToJoin).toEqual({ received: true, userErrors: [] });
    expect((await request('Red de Familiares de Personas Presas')).data?.requestToJoin.received).toBe(true);
    const queue = await platform.request<{
      joinRequests: { id: string; name: string; contactEmail: string; status: string }[];
    }>('{ joinRequests { id name contactEmail status } }');
    const [first, second] = queue.data!.joinRequests;
    expect(queue.data?.joinRequests.map((r) => r.name)).toEqual([
      'Observatorio Carcelario',
      'Red de Familiares de Personas Presas',
    ]);

    const decide = (id: string, approve: boolean) =>
      platform.request<{
        decideJoinRequest: {
          joinRequest: { status: string; organisation: { name: string } | null } | null;
          userErrors: { code: string }[];
        };
      }>(
        `mutation ($input: DecideJoinRequestInput!) { decideJoinRequest(input: $input) { joinRequest { status organisation { name } } userErrors { code } } }`,
        { input: { id, approve } },
      );
    expect((await decide(first!.id, true)).data?.decideJoinRequest.joinRequest).toEqual({
      status: 'APPROVED',
      organisation: { name: 'Observatorio Carcelario' },
    });
    expect((await decide(second!.id, false)).data?.decideJoinRequest.joinRequest?.status).toBe('REJECTED');
    expect((await decide(second!.id, true)).data?.decideJoinRequest.userErrors).toEqual([{ code: 'ALREADY_DECIDED' }]);
    expect((await platform.request<{ joinRequests: unknown[] }>('{ joinRequests { id } }')).data?.joinRequests).toEqual(
      [],
    );

    // The approved contact is invited in the request's language and becomes the first admin.
    const { client } = await acceptInvitation(
      server,
      await invitationTokenFor(server.orm, first!.contactEmail),
      INVITED_PASSWORD,
    );
    const me = await client.request<{ me: { memberships: { role: string; organisation: { name: string } }[] } }>(
      '{ me { memberships { role organisation { name } } } }',
    );
    expect(me.data?.me.memberships).toEqual([{ role: 'ADMIN', organisation: { name: 'Observatorio Carcelario' } }]);
    const actions = await auditActions();
    expect(actions).toContain('joinRequest.received');
    expect(actions).toContain('joinRequest.approved');
    expect(actions).toContain('joinRequest.rejected');
  }, 30_000);

  it('checks its fields and refuses an address beyond five requests an hour', async () => {
    const invalid = await request('Sin país', { countryCode: null, contactEmail: 'not an e-mail' });
    expect(invalid.data?.requestToJoin.userErrors.map((e) => e.field.join('.')).sort()).toEqual([
      'input.contactEmail',
      'input.countryCode',
    ]);
    // Three so far from this address (two received, one invalid); two more pass, the sixth is refused.
    expect((await request('Cuarta organización')).data?.requestToJoin.received).toBe(true);
    expect((await request('Quinta organización')).data?.requestToJoin.received).toBe(true);
    const refused = await request('Sexta organización');
    expect(refused.data?.requestToJoin).toEqual({
      received: false,
      userErrors: [{ field: ['input'], code: 'RATE_LIMITED' }],
    });
  });
});

describe('turning one’s own two-factor off', () => {
  const DISABLE = /* GraphQL */ `
    mutation ($code: String!) {
      disableTwoFactor(input: { code: $code }) {
        status {
          enabled
        }
        userErrors {
          code
        }
      }
    }
  `;
  type DisableData = { disableTwoFactor: { status: { enabled: boolean } | null; userErrors: { code: string }[] } };

  it('with a recovery code (a wrong code is refused), audited; refused while an organisation requires it', async () => {
    const person = new GraphqlClient(server);
    await person.signIn('monitora@cso.test', INVITED_PASSWORD);
    const { secret, recoveryCodes } = await enrol(person);
    const wrong = await person.request<DisableData>(DISABLE, { code: '000000' });
    expect(wrong.data?.disableTwoFactor.userErrors).toEqual([{ code: 'INVALID_CODE' }]);
    const off = await person.request<DisableData>(DISABLE, { code: recoveryCodes[0] });
    expect(off.data?.disableTwoFactor).toEqual({ status: { enabled: false }, userErrors: [] });
    expect(await auditActions()).toContain('auth.twoFactorDisabled');
    // Off means off: the next sign-in needs the password only.
    const again = new GraphqlClient(server);
    const signIn = await again.request<{ signIn: { nextStep: string | null } }>(
      'mutation ($input: SignInInput!) { signIn(input: $input) { nextStep } }',
      { input: { email: 'monitora@cso.test', password: INVITED_PASSWORD } },
    );
    expect(signIn.data?.signIn.nextStep).toBeNull();
    expect(secret).toMatch(/^[A-Z2-7]+$/);
    // With a current authenticator code too (the next step's: the enrolment spent this one).
    const second = await enrol(again);
    const byCode = await again.request<DisableData>(DISABLE, {
      code: await currentTotp(second.secret, Math.floor(Date.now() / 1000) + 30),
    });
    expect(byCode.data?.disableTwoFactor).toEqual({ status: { enabled: false }, userErrors: [] });

    // The NPM requires two-factor of its members: its admin cannot turn it off.
    const npm = await npmAdminClient();
    const refused = await npm.request<DisableData>(DISABLE, { code: '123456' });
    expect(refused.data?.disableTwoFactor).toEqual({ status: null, userErrors: [{ code: 'TWO_FACTOR_REQUIRED' }] });
  }, 30_000);
});
