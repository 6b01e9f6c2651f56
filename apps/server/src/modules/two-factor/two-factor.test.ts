import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../db/entities/audit.ts';
import { Organisation } from '../../db/entities/identity.ts';
import { DEMO_TOTP_SECRET, DEMO_TWO_FACTOR_USER, seedDemoTwoFactorUser } from '../../db/demo-two-factor.ts';
import { DEMO_PASSWORD, errorCodes, GraphqlClient, signedIn, startTestServer } from '../../test/server.ts';
import type { TestServer } from '../../test/server.ts';
import { handshake } from '../../test/ws-client.ts';
import { currentTotp } from './totp.ts';

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      nextStep
      me {
        user {
          id
        }
      }
      userErrors {
        code
      }
    }
  }
`;
const VERIFY = /* GraphQL */ `
  mutation Verify($code: String!) {
    verifySecondFactor(input: { code: $code }) {
      me {
        user {
          email
        }
      }
      recoveryCodesLeft
      userErrors {
        code
      }
    }
  }
`;
const STATUS = /* GraphQL */ `
  query Status {
    twoFactorStatus {
      stage
      enabled
      required
      recoveryCodesLeft
    }
    me {
      user {
        id
      }
    }
  }
`;
const ORGANISATION = /* GraphQL */ `
  query Organisation {
    organisation {
      id
      name
      twoFactorRequired
      viewerCanManageTwoFactor
      members {
        id
        user {
          email
        }
        twoFactorEnabled
      }
    }
  }
`;
const START = /* GraphQL */ `
  mutation Start {
    startTwoFactorEnrolment {
      enrolment {
        secret
        otpauthUri
        qrCodeDataUrl
      }
      userErrors {
        code
      }
    }
  }
`;
const CONFIRM = /* GraphQL */ `
  mutation Confirm($code: String!) {
    confirmTwoFactorEnrolment(input: { code: $code }) {
      recoveryCodes
      me {
        user {
          email
        }
      }
      userErrors {
        code
      }
    }
  }
`;
const REGENERATE = /* GraphQL */ `
  mutation Regenerate($code: String!) {
    regenerateRecoveryCodes(input: { code: $code }) {
      recoveryCodes
      userErrors {
        code
      }
    }
  }
`;
const REQUIRE = /* GraphQL */ `
  mutation Require($organisationId: ID!, $required: Boolean!) {
    setTwoFactorRequired(input: { organisationId: $organisationId, required: $required }) {
      organisation {
        twoFactorRequired
      }
      userErrors {
        code
      }
    }
  }
`;
const RESET = /* GraphQL */ `
  mutation Reset($membershipId: ID!) {
    resetMemberTwoFactor(input: { membershipId: $membershipId }) {
      membership {
        id
      }
      userErrors {
        code
      }
    }
  }
`;

interface SignInResult {
  signIn: { nextStep: string | null; me: { user: { id: string } } | null; userErrors: { code: string }[] };
}
interface VerifyResult {
  verifySecondFactor: {
    me: { user: { email: string } } | null;
    recoveryCodesLeft: number | null;
    userErrors: { code: string }[];
  };
}
interface StartResult {
  startTwoFactorEnrolment: {
    enrolment: { secret: string; otpauthUri: string; qrCodeDataUrl: string } | null;
    userErrors: { code: string }[];
  };
}
interface ConfirmResult {
  confirmTwoFactorEnrolment: {
    recoveryCodes: string[] | null;
    me: { user: { email: string } } | null;
    userErrors: { code: string }[];
  };
}
interface OrganisationResult {
  organisation: {
    id: string;
    twoFactorRequired: boolean;
    viewerCanManageTwoFactor: boolean;
    members: { id: string; user: { email: string }; twoFactorEnabled: boolean | null }[];
  };
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoTwoFactorUser(server.orm.em.fork(), server.env.MASTER_KEY);
});
afterAll(async () => {
  await server?.close();
});

/** Signs in with the demo password and returns the client with its (perhaps held) session. */
async function passwordOnly(email: string): Promise<{ client: GraphqlClient; result: SignInResult['signIn'] }> {
  const client = new GraphqlClient(server);
  const res = await client.request<SignInResult>(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
  const result = res.data?.signIn;
  if (!result) throw new Error(`sign-in failed: ${JSON.stringify(res)}`);
  return { client, result };
}

/** A code of the step after the last one used (a code is accepted once per 30-second step). */
const nextStepCode = (secret: string, stepsAhead = 1) =>
  currentTotp(secret, Math.floor(Date.now() / 1000) + 30 * stepsAhead);

async function enrol(client: GraphqlClient): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await client.request<StartResult>(START);
  const secret = started.data?.startTwoFactorEnrolment.enrolment?.secret;
  if (!secret) throw new Error(`enrolment did not start: ${JSON.stringify(started)}`);
  const confirmed = await client.request<ConfirmResult>(CONFIRM, { code: await currentTotp(secret) });
  const recoveryCodes = confirmed.data?.confirmTwoFactorEnrolment.recoveryCodes;
  if (!recoveryCodes) throw new Error(`enrolment not confirmed: ${JSON.stringify(confirmed)}`);
  return { secret, recoveryCodes };
}

async function evidenceAnswer(cookie: string | undefined): Promise<number> {
  const res = await fetch(`${server.url}/api/evidence/${randomUUID()}`, { headers: cookie ? { cookie } : {} });
  await res.arrayBuffer();
  return res.status;
}

describe('the second step of sign-in', () => {
  it('a password alone opens nothing on any door for an account with two-factor on', async () => {
    const { client, result } = await passwordOnly(DEMO_TWO_FACTOR_USER.email);
    expect(result).toMatchObject({ nextStep: 'SECOND_FACTOR', me: null, userErrors: [] });
    expect(client.cookie).toBeDefined();
    const status = await client.request<{ twoFactorStatus: unknown; me: unknown }>(STATUS);
    expect(status.data).toEqual({
      twoFactorStatus: { stage: 'SECOND_FACTOR', enabled: true, required: false, recoveryCodesLeft: 0 },
      me: null,
    });
    expect(errorCodes(await client.request(ORGANISATION))).toEqual(['UNAUTHENTICATED']);
    const cookie = client.cookie as string;
    const origin = { origin: server.url, cookie };
    expect((await handshake(server, origin)).status).toBe(401);
    expect((await handshake({ wsUrl: `ws://127.0.0.1:${server.port}/collab` }, origin)).status).toBe(401);
    expect(await evidenceAnswer(cookie)).toBe(await evidenceAnswer(undefined));
  });

  it('refuses a wrong code, accepts the right one under a new cookie, and never the same code twice', async () => {
    const { client } = await passwordOnly(DEMO_TWO_FACTOR_USER.email);
    const held = client.cookie;
    const wrong = await client.request<VerifyResult>(VERIFY, { code: '000000' });
    expect(wrong.data?.verifySecondFactor).toEqual({
      me: null,
      recoveryCodesLeft: null,
      userErrors: [{ code: 'INVALID_CODE' }],
    });
    const code = await currentTotp(DEMO_TOTP_SECRET);
    const right = await client.request<VerifyResult>(VERIFY, { code });
    expect(right.data?.verifySecondFactor.me?.user.email).toBe(DEMO_TWO_FACTOR_USER.email);
    expect(client.cookie).not.toBe(held);
    expect((await client.request<OrganisationResult>(ORGANISATION)).data?.organisation.id).toBeTruthy();
    // The token seen before the second step is worth nothing now.
    expect(errorCodes(await new GraphqlClient(server, held).request(ORGANISATION))).toEqual(['UNAUTHENTICATED']);

    const again = await passwordOnly(DEMO_TWO_FACTOR_USER.email);
    const replay = await again.client.request<VerifyResult>(VERIFY, { code });
    expect(replay.data?.verifySecondFactor.userErrors).toEqual([{ code: 'INVALID_CODE' }]);
    const next = await again.client.request<VerifyResult>(VERIFY, { code: await nextStepCode(DEMO_TOTP_SECRET) });
    expect(next.data?.verifySecondFactor.me).not.toBeNull();
  });

  it('a session that already passed cannot take the second step again, nor can a signed-out visitor', async () => {
    const anonymous = await new GraphqlClient(server).request<VerifyResult>(VERIFY, { code: '123456' });
    expect(anonymous.data?.verifySecondFactor.userErrors).toEqual([{ code: 'INVALID_CODE' }]);
    const carmen = await signedIn(server, 'carmen.cndh@demo.opcat');
    const res = await carmen.request<VerifyResult>(VERIFY, { code: '123456' });
    expect(res.data?.verifySecondFactor.userErrors).toEqual([{ code: 'INVALID_CODE' }]);
  });
});

describe('enrolment and recovery codes', () => {
  let secret: string;
  let recoveryCodes: string[];

  it('enrols with a QR code and a first code, and shows ten recovery codes stored only as hashes', async () => {
    const hannah = await signedIn(server, 'hannah.ohchr@demo.opcat');
    const started = await hannah.request<StartResult>(START);
    const enrolment = started.data?.startTwoFactorEnrolment.enrolment;
    expect(enrolment?.otpauthUri).toMatch(/^otpauth:\/\/totp\/OPCAT%20Hub:hannah\.ohchr%40demo\.opcat\?/);
    expect(enrolment?.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    secret = enrolment?.secret ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const wrong = await hannah.request<ConfirmResult>(CONFIRM, { code: '000000' });
    expect(wrong.data?.confirmTwoFactorEnrolment.userErrors).toEqual([{ code: 'INVALID_CODE' }]);
    const confirmed = await hannah.request<ConfirmResult>(CONFIRM, { code: await currentTotp(secret) });
    recoveryCodes = confirmed.data?.confirmTwoFactorEnrolment.recoveryCodes ?? [];
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(confirmed.data?.confirmTwoFactorEnrolment.me?.user.email).toBe('hannah.ohchr@demo.opcat');

    const stored = await server.ownerOrm.em.getConnection().execute<{ text: string }[]>(
      `select t.secret_sealed || ' ' || string_agg(r.code_hash, ' ') as text
           from user_two_factor t join user_account u on u.id = t.user_id
           join recovery_code r on r.user_id = u.id
          where u.email = 'hannah.ohchr@demo.opcat' group by t.secret_sealed`,
    );
    const text = stored[0]?.text ?? '';
    expect(text).not.toContain(secret);
    for (const code of recoveryCodes) {
      expect(text).not.toContain(code);
      expect(text).not.toContain(code.replace('-', ''));
    }
    // Enrolled once: starting again is refused (an admin resets a lost authenticator).
    expect((await hannah.request<StartResult>(START)).data?.startTwoFactorEnrolment.userErrors).toEqual([
      { code: 'ALREADY_ENROLLED' },
    ]);
  });

  it('a recovery code opens one session and never a second', async () => {
    const first = await passwordOnly('hannah.ohchr@demo.opcat');
    expect(first.result.nextStep).toBe('SECOND_FACTOR');
    const code = (recoveryCodes[3] ?? '').toUpperCase();
    const used = await first.client.request<VerifyResult>(VERIFY, { code });
    expect(used.data?.verifySecondFactor).toMatchObject({ recoveryCodesLeft: 9, userErrors: [] });
    const second = await passwordOnly('hannah.ohchr@demo.opcat');
    const again = await second.client.request<VerifyResult>(VERIFY, { code });
    expect(again.data?.verifySecondFactor.userErrors).toEqual([{ code: 'INVALID_CODE' }]);
    const audit = await server.orm.em.fork().count(AuditEvent, { action: 'auth.recoveryCodeUsed' });
    expect(audit).toBe(1);
  });

  it('recovery codes are regenerated only after a current code; the old ones stop working', async () => {
    const client = await passSecondStep('hannah.ohchr@demo.opcat');
    const refused = await client.request<{ regenerateRecoveryCodes: { userErrors: unknown[] } }>(REGENERATE, {
      code: '000000',
    });
    expect(refused.data?.regenerateRecoveryCodes.userErrors).toEqual([{ code: 'INVALID_CODE' }]);
    await forgetLastStep('hannah.ohchr@demo.opcat');
    const res = await client.request<{ regenerateRecoveryCodes: { recoveryCodes: string[] | null } }>(REGENERATE, {
      code: await currentTotp(secret),
    });
    const fresh = res.data?.regenerateRecoveryCodes.recoveryCodes ?? [];
    expect(fresh).toHaveLength(10);
    const attempt = await passwordOnly('hannah.ohchr@demo.opcat');
    const old = await attempt.client.request<VerifyResult>(VERIFY, { code: recoveryCodes[0] });
    expect(old.data?.verifySecondFactor.userErrors).toEqual([{ code: 'INVALID_CODE' }]);
    const current = await attempt.client.request<VerifyResult>(VERIFY, { code: fresh[0] });
    expect(current.data?.verifySecondFactor.me).not.toBeNull();
  });
});

describe('an organisation that requires two-factor', () => {
  it('new NPM and SPT organisations require it; the demo ones and other kinds do not', async () => {
    const em = server.orm.em.fork();
    const npm = em.create(Organisation, { name: 'New NPM', kind: 'NPM' });
    const cso = em.create(Organisation, { name: 'New CSO', kind: 'CSO' });
    await em.flush();
    expect([npm.requireTwoFactor, cso.requireTwoFactor]).toEqual([true, false]);
    const demo = await em.find(Organisation, { name: { $nin: ['New NPM', 'New CSO'] } });
    expect(demo.length).toBeGreaterThan(5);
    expect(demo.every((o) => o.requireTwoFactor === false)).toBe(true);
  });

  it('holds members without an authenticator at the enrolment, on every door, until they enrol', async () => {
    const ana = await signedIn(server, 'ana.mnp@demo.opcat');
    const bruno = await signedIn(server, 'bruno.mnp@demo.opcat');
    const organisationId = (await ana.request<OrganisationResult>(ORGANISATION)).data?.organisation.id;
    // The admin enrols first: turning it on without an authenticator would hold the admin too.
    const premature = await ana.request<{ setTwoFactorRequired: { userErrors: unknown[] } }>(REQUIRE, {
      organisationId,
      required: true,
    });
    expect(premature.data?.setTwoFactorRequired.userErrors).toEqual([{ code: 'NOT_ENROLLED' }]);
    await enrol(ana);
    // Bruno is not an admin: the requirement is not his to change.
    expect(errorCodes(await bruno.request(REQUIRE, { organisationId, required: true }))).toEqual(['NOT_FOUND']);
    const on = await ana.request<{ setTwoFactorRequired: { organisation: unknown } }>(REQUIRE, {
      organisationId,
      required: true,
    });
    expect(on.data?.setTwoFactorRequired.organisation).toEqual({ twoFactorRequired: true });

    // Bruno's open session reaches nothing from the next operation on, on any door.
    expect(errorCodes(await bruno.request(ORGANISATION))).toEqual(['UNAUTHENTICATED']);
    const origin = { origin: server.url, cookie: bruno.cookie as string };
    expect((await handshake(server, origin)).status).toBe(401);
    expect((await handshake({ wsUrl: `ws://127.0.0.1:${server.port}/collab` }, origin)).status).toBe(401);
    expect(await evidenceAnswer(bruno.cookie)).toBe(await evidenceAnswer(undefined));
    // A new sign-in says why.
    const fresh = await passwordOnly('bruno.mnp@demo.opcat');
    expect(fresh.result).toMatchObject({ nextStep: 'ENROLMENT_REQUIRED', me: null });
    const status = await fresh.client.request<{ twoFactorStatus: { stage: string; required: boolean } }>(STATUS);
    expect(status.data?.twoFactorStatus).toMatchObject({ stage: 'ENROLMENT_REQUIRED', required: true });
    expect(errorCodes(await fresh.client.request(ORGANISATION))).toEqual(['UNAUTHENTICATED']);
    // Enrolling is the one thing such a session may do; then it opens.
    await enrol(fresh.client);
    expect((await fresh.client.request<OrganisationResult>(ORGANISATION)).data?.organisation.id).toBe(organisationId);

    // Tomás (enrolled) is not held: he passes his second step as usual.
    const tomas = await passwordOnly(DEMO_TWO_FACTOR_USER.email);
    expect(tomas.result.nextStep).toBe('SECOND_FACTOR');
  });

  it("shows members' two-factor to the admins only, and an admin resets a member's (audited)", async () => {
    const admin = await passSecondStep('ana.mnp@demo.opcat');
    const res = await admin.request<OrganisationResult>(ORGANISATION);
    expect(res.data?.organisation.viewerCanManageTwoFactor).toBe(true);
    const members = res.data?.organisation.members ?? [];
    const bruno = members.find((m) => m.user.email === 'bruno.mnp@demo.opcat');
    expect(bruno?.twoFactorEnabled).toBe(true);
    expect(members.find((m) => m.user.email === DEMO_TWO_FACTOR_USER.email)?.twoFactorEnabled).toBe(true);
    expect(members.find((m) => m.user.email === 'ana.mnp@demo.opcat')?.twoFactorEnabled).toBe(true);

    const viewer = await passSecondStep(DEMO_TWO_FACTOR_USER.email);
    const seen = (await viewer.request<OrganisationResult>(ORGANISATION)).data?.organisation;
    expect(seen?.viewerCanManageTwoFactor).toBe(false);
    expect(seen?.members.length).toBe(members.length);
    expect(seen?.members.every((m) => m.twoFactorEnabled === null)).toBe(true);
    // A viewer cannot reset anyone's.
    expect(errorCodes(await viewer.request(RESET, { membershipId: bruno?.id }))).toEqual(['NOT_FOUND']);

    const reset = await admin.request<{ resetMemberTwoFactor: { membership: { id: string } | null } }>(RESET, {
      membershipId: bruno?.id,
    });
    expect(reset.data?.resetMemberTwoFactor.membership?.id).toBe(bruno?.id);
    expect(await server.orm.em.fork().count(AuditEvent, { action: 'membership.twoFactorReset' })).toBe(1);
    const again = await passwordOnly('bruno.mnp@demo.opcat');
    expect(again.result.nextStep).toBe('ENROLMENT_REQUIRED');
    // An admin never resets their own (another admin does).
    const self = members.find((m) => m.user.email === 'ana.mnp@demo.opcat');
    expect(errorCodes(await admin.request(RESET, { membershipId: self?.id }))).toEqual(['NOT_FOUND']);
  });
});

/**
 * Signs in and passes the second step with a current code of the person's authenticator (read
 * back with the key ring, as only the server can). The step of their last code is forgotten first:
 * this plays "30 seconds later", since a code is accepted once per step.
 */
async function forgetLastStep(email: string): Promise<void> {
  await server.ownerOrm.em
    .fork()
    .getConnection()
    .execute(
      'update user_two_factor set last_used_step = null where user_id = (select id from user_account where email = ?)',
      [email],
    );
}

async function passSecondStep(email: string): Promise<GraphqlClient> {
  const em = server.ownerOrm.em.fork();
  const rows = await em.getConnection().execute<{ secret_sealed: string; user_id: string }[]>(
    `select t.secret_sealed, t.user_id from user_two_factor t join user_account u on u.id = t.user_id
        where u.email = ?`,
    [email],
  );
  const row = rows[0];
  if (!row) throw new Error(`${email} has no authenticator`);
  await em.getConnection().execute('update user_two_factor set last_used_step = null where user_id = ?', [row.user_id]);
  const secret = await server.services.keyRing.openText(
    server.orm.em.fork(),
    row.secret_sealed,
    `user_two_factor.secret_sealed:${row.user_id}`,
  );
  const { client } = await passwordOnly(email);
  const res = await client.request<VerifyResult>(VERIFY, { code: await currentTotp(secret) });
  if (!res.data?.verifySecondFactor.me) throw new Error(`${email} could not pass: ${JSON.stringify(res)}`);
  return client;
}

describe('throttling', () => {
  it('wrong codes are rate-limited like passwords: after five, even the right code waits', async () => {
    const { client } = await passwordOnly('james.alianza@demo.opcat');
    const { secret } = await enrol(client);
    const held = await passwordOnly('james.alianza@demo.opcat');
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await held.client.request<VerifyResult>(VERIFY, { code: `00000${i}` });
      codes.push(res.data?.verifySecondFactor.userErrors[0]?.code ?? '');
    }
    expect(codes).toEqual(Array(5).fill('INVALID_CODE'));
    const limited = await held.client.request<VerifyResult>(VERIFY, { code: await nextStepCode(secret) });
    expect(limited.data?.verifySecondFactor.userErrors).toEqual([{ code: 'RATE_LIMITED' }]);
    expect(await server.orm.em.fork().count(AuditEvent, { action: 'auth.secondFactorFailed' })).toBeGreaterThanOrEqual(
      5,
    );
  });
});
