import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphqlClient, signedIn, startTestServer } from '../../test/server.ts';
import type { TestServer } from '../../test/server.ts';
import { acceptInvitation, INVITED_PASSWORD, invitationTokenFor } from '../../test/invitations.ts';

const ADD = /* GraphQL */ `
  mutation Add($input: AddMemberInput!) {
    addMember(input: $input) {
      invitationSent
      userErrors {
        code
      }
    }
  }
`;
const OUTBOX = /* GraphQL */ `
  query Outbox($organisationId: ID!, $limit: Int) {
    outbox(organisationId: $organisationId, limit: $limit) {
      id
      to
      template
      locale
      subject
      text
      status
    }
  }
`;
interface OutboxData {
  outbox: {
    id: string;
    to: string;
    template: string;
    locale: string;
    subject: string;
    text: string | null;
    status: string;
  }[];
}
const ORG = '{ me { memberships { organisation { id } } } }';

let server: TestServer;
let ana: GraphqlClient;
let bruno: GraphqlClient;
let lucia: GraphqlClient;
let npmId: string;
let npm2Id: string;

async function firstOrganisation(client: GraphqlClient): Promise<string> {
  const res = await client.request<{ me: { memberships: { organisation: { id: string } }[] } }>(ORG);
  return res.data?.me.memberships[0]?.organisation.id ?? '';
}

async function invite(email: string, organisationId = npmId, by = ana) {
  const res = await by.request<{ addMember: { invitationSent: boolean; userErrors: { code: string }[] } }>(ADD, {
    input: { organisationId, email, displayName: 'Invited', role: 'EDITOR', locale: 'es' },
  });
  expect(res.data?.addMember.userErrors).toEqual([]);
  return res.data?.addMember.invitationSent;
}

async function auditActions(action: string): Promise<Record<string, unknown>[]> {
  return server.orm.em
    .fork()
    .getConnection()
    .execute(`select details from audit_event where action = ? order by seq`, [action]);
}

beforeAll(async () => {
  server = await startTestServer();
  [ana, bruno, lucia] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'bruno.mnp@demo.opcat'),
    signedIn(server, 'lucia.mnpsa@demo.opcat'),
  ]);
  [npmId, npm2Id] = await Promise.all([firstOrganisation(ana), firstOrganisation(lucia)]);
}, 60_000);

afterAll(() => server?.close());

describe('invitations', () => {
  it('an invited person cannot sign in before accepting, then sets a password through the link and is signed in', async () => {
    expect(await invite('invitee.one@example.org')).toBe(true);
    const refused = await new GraphqlClient(server).signInRaw('invitee.one@example.org', INVITED_PASSWORD);
    expect(refused.data?.signIn.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);

    const token = await invitationTokenFor(server.orm, 'invitee.one@example.org');
    const { client, res } = await acceptInvitation(server, token, INVITED_PASSWORD);
    expect(res.data?.acceptInvitation.userErrors).toEqual([]);
    const me = await client.request<{ me: { user: { email: string } } | null }>('{ me { user { email } } }');
    expect(me.data?.me?.user.email).toBe('invitee.one@example.org');
    await expect(signedIn(server, 'invitee.one@example.org', INVITED_PASSWORD)).resolves.toBeInstanceOf(GraphqlClient);
    expect((await auditActions('invitation.issued')).length).toBeGreaterThanOrEqual(1);
    expect(await auditActions('invitation.accepted')).toHaveLength(1);
  });

  it('a used link is refused (INVITATION_USED) and changes nothing', async () => {
    const token = await invitationTokenFor(server.orm, 'invitee.one@example.org');
    const { client, res } = await acceptInvitation(server, token, 'another long passphrase');
    expect(res.data?.acceptInvitation).toMatchObject({ me: null, userErrors: [{ code: 'INVITATION_USED' }] });
    expect(client.cookie).toBeUndefined();
    await expect(signedIn(server, 'invitee.one@example.org', INVITED_PASSWORD)).resolves.toBeInstanceOf(GraphqlClient);
  });

  it('a forged or cut link is refused (INVITATION_INVALID)', async () => {
    for (const token of ['A'.repeat(43), 'short', '']) {
      const { client, res } = await acceptInvitation(server, token, INVITED_PASSWORD);
      expect(res.data?.acceptInvitation.userErrors.map((e) => e.code)).toEqual(['INVITATION_INVALID']);
      expect(client.cookie).toBeUndefined();
    }
    const refusals = await auditActions('invitation.refused');
    expect(refusals.some((r) => (r.details as { reason: string }).reason === 'INVITATION_INVALID')).toBe(true);
  });

  it('an expired link is refused (INVITATION_EXPIRED) and the account stays without a password', async () => {
    await invite('invitee.late@example.org');
    await server.ownerOrm.em
      .fork()
      .getConnection()
      .execute(
        `update invitation set expires_at = now() - interval '1 minute'
         where user_id = (select id from user_account where email = 'invitee.late@example.org')`,
      );
    const token = await invitationTokenFor(server.orm, 'invitee.late@example.org');
    const { res } = await acceptInvitation(server, token, INVITED_PASSWORD);
    expect(res.data?.acceptInvitation.userErrors.map((e) => e.code)).toEqual(['INVITATION_EXPIRED']);
    const refused = await new GraphqlClient(server).signInRaw('invitee.late@example.org', INVITED_PASSWORD);
    expect(refused.data?.signIn.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
  });

  it('a too-short password is refused on its field and does not spend the link', async () => {
    await invite('invitee.short@example.org');
    const token = await invitationTokenFor(server.orm, 'invitee.short@example.org');
    const short = await acceptInvitation(server, token, 'short');
    expect(short.res.data?.acceptInvitation.userErrors).toMatchObject([
      { field: ['input', 'password'], code: 'INVALID' },
    ]);
    const ok = await acceptInvitation(server, token, INVITED_PASSWORD);
    expect(ok.res.data?.acceptInvitation.userErrors).toEqual([]);
  });

  it('adding a person whose invitation was never accepted to another organisation invites again; the first link can no longer replace the password once set', async () => {
    await invite('invitee.twice@example.org');
    const first = await invitationTokenFor(server.orm, 'invitee.twice@example.org');
    expect(await invite('invitee.twice@example.org', npm2Id, lucia)).toBe(true);
    const second = await invitationTokenFor(server.orm, 'invitee.twice@example.org');
    expect(second).not.toBe(first);
    expect((await acceptInvitation(server, second, INVITED_PASSWORD)).res.data?.acceptInvitation.userErrors).toEqual(
      [],
    );
    const replay = await acceptInvitation(server, first, 'an attacker passphrase');
    expect(replay.res.data?.acceptInvitation.userErrors.map((e) => e.code)).toEqual(['INVITATION_USED']);
    await expect(signedIn(server, 'invitee.twice@example.org', INVITED_PASSWORD)).resolves.toBeInstanceOf(
      GraphqlClient,
    );
  });
});

describe('the outbox (no SMTP server configured)', () => {
  it("an organisation's ADMIN reads its mail, in the recipient's language, with the invitation link", async () => {
    await invite('outbox.reader@example.org');
    const res = await ana.request<OutboxData>(OUTBOX, { organisationId: npmId });
    const mail = res.data?.outbox.find((m) => m.to === 'outbox.reader@example.org');
    expect(mail).toMatchObject({ template: 'invitation', locale: 'es' });
    expect(mail?.text).toContain('/invitation#token=');
    expect(['PENDING', 'OUTBOX']).toContain(mail?.status);
  });

  it('an EDITOR of the organisation, and the ADMIN of another, get NOT_FOUND for its outbox', async () => {
    for (const client of [bruno, lucia]) {
      const res = await client.request<OutboxData>(OUTBOX, { organisationId: npmId });
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
      expect(res.data).toBeNull();
    }
    const unknown = await ana.request<OutboxData>(OUTBOX, { organisationId: '00000000-0000-4000-8000-000000000000' });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
  });

  it("no admin reads another organisation's mail: each outbox holds only its own organisation's", async () => {
    const mine = (await lucia.request<OutboxData>(OUTBOX, { organisationId: npm2Id })).data?.outbox ?? [];
    const npmMail = (await ana.request<OutboxData>(OUTBOX, { organisationId: npmId })).data?.outbox ?? [];
    expect(mine.map((m) => m.to)).toEqual(['invitee.twice@example.org']);
    expect(npmMail.map((m) => m.id)).not.toEqual(expect.arrayContaining(mine.map((m) => m.id)));
    expect(mine[0]?.text).toContain('/invitation#token=');
  });

  it('the delivery job puts the mail in the outbox (status OUTBOX) when no SMTP server is set', async () => {
    let status: string | undefined;
    for (let i = 0; i < 100 && status !== 'OUTBOX'; i++) {
      const res = await ana.request<OutboxData>(OUTBOX, { organisationId: npmId, limit: 200 });
      status = res.data?.outbox.find((m) => m.to === 'outbox.reader@example.org')?.status;
      if (status !== 'OUTBOX') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe('OUTBOX');
  });

  it('a limit outside 1-200 is BAD_USER_INPUT', async () => {
    const res = await ana.request<OutboxData>(OUTBOX, { organisationId: npmId, limit: 500 });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });
});
