import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCookie } from 'cookie';
import { hashToken, SESSION_COOKIE, tokenFromCookieHeader } from '../../auth/session.ts';
import { accountDelayMs, SIGN_IN_LIMITS } from '../../auth/rate-limit.ts';
import {
  DEMO_PASSWORD,
  errorCodes,
  GraphqlClient,
  SIGN_IN,
  startTestServer,
  TEST_SESSION_SECRET,
} from '../../test/server.ts';
import type { SignInData, TestServer } from '../../test/server.ts';

const ME = /* GraphQL */ `
  query Me {
    me {
      user {
        email
      }
    }
  }
`;
const GUARDED = /* GraphQL */ `
  query Guarded {
    organisation {
      id
    }
  }
`;
const SIGN_OUT = /* GraphQL */ `
  mutation SignOut {
    signOut
  }
`;

interface MeData {
  me: { user: { email: string } } | null;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** Addresses a proxy on loopback (trusted, like the test client) reports in X-Forwarded-For. */
const STRANGER = '203.0.113.66';
const OWNER = '198.51.100.7';

function signInFrom(address: string, email: string, password: string) {
  return new GraphqlClient(server).request<SignInData>(
    SIGN_IN,
    { input: { email, password } },
    {
      'x-forwarded-for': address,
    },
  );
}

function sessionCookieHeader(setCookies: string[]): string | undefined {
  return setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
}

async function updateSession(cookie: string, assignment: string): Promise<number> {
  const token = tokenFromCookieHeader(cookie);
  if (!token) throw new Error(`no session token in ${cookie}`);
  const result = await server.orm.em
    .getConnection()
    .execute<{ affectedRows: number }>(
      `update user_session set ${assignment} where token_hash = ?`,
      [hashToken(token, TEST_SESSION_SECRET)],
      'run',
    );
  // A change behind the app's back reaches the instance's actor cache as a notification (decision
  // 0038): wait until the instance has heard it, as any request a moment later would find.
  await server.services.actors.barrier();
  return result.affectedRows;
}

/** What a browser holding `cookie` sees: `me` and a guarded query. */
async function asHolderOf(cookie: string) {
  const client = new GraphqlClient(server, cookie);
  const me = await client.request<MeData>(ME);
  const guarded = await client.request(GUARDED);
  return { me: me.data?.me, guardedCodes: errorCodes(guarded) };
}

describe('signIn over HTTP', () => {
  it('a demo user gets an httpOnly, SameSite=Lax session cookie that `me` accepts', async () => {
    const client = new GraphqlClient(server);
    const res = await client.signInRaw('ana.mnp@demo.opcat', DEMO_PASSWORD);

    expect(res.errors).toBeUndefined();
    expect(res.data?.signIn.userErrors).toEqual([]);
    expect(res.data?.signIn.me?.user.email).toBe('ana.mnp@demo.opcat');
    const header = sessionCookieHeader(res.setCookies);
    expect(header).toBeDefined();
    const attributes = (header ?? '').split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=lax');
    expect(attributes).toContain('path=/');

    const me = await client.request<MeData>(ME);
    expect(me.data?.me?.user.email).toBe('ana.mnp@demo.opcat');
    const anonymous = await new GraphqlClient(server).request<MeData>(ME);
    expect(anonymous.data?.me).toBeNull();
  });

  it('accepts the e-mail in any case and with surrounding spaces', async () => {
    const client = new GraphqlClient(server);
    await client.signIn('  Hannah.OHCHR@demo.opcat ');
    expect((await client.request<MeData>(ME)).data?.me?.user.email).toBe('hannah.ohchr@demo.opcat');
  });

  it('a wrong password and an unknown e-mail get the same INVALID_CREDENTIALS answer and no cookie', async () => {
    const wrongPassword = await new GraphqlClient(server).signInRaw('carmen.cndh@demo.opcat', 'not-the-password');
    const unknownEmail = await new GraphqlClient(server).signInRaw('nobody@demo.opcat', DEMO_PASSWORD);

    for (const res of [wrongPassword, unknownEmail]) {
      expect(res.errors).toBeUndefined();
      expect(res.data?.signIn.me).toBeNull();
      expect(res.data?.signIn.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
      expect(sessionCookieHeader(res.setCookies)).toBeUndefined();
    }
    expect(wrongPassword.data).toEqual(unknownEmail.data);
  });

  it('an e-mail that is not an e-mail address is INVALID and sets no cookie', async () => {
    const res = await new GraphqlClient(server).signInRaw('not-an-email', DEMO_PASSWORD);
    expect(res.data?.signIn.me).toBeNull();
    expect(res.data?.signIn.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'email'] }),
    ]);
    expect(sessionCookieHeader(res.setCookies)).toBeUndefined();
  });

  it(`a stranger's ${SIGN_IN_LIMITS.perPair.freeAttempts} wrong passwords get only their own address RATE_LIMITED: the owner still signs in from another`, async () => {
    const email = 'diego.voces@demo.opcat';
    for (let i = 0; i < SIGN_IN_LIMITS.perPair.freeAttempts; i++) {
      const res = await signInFrom(STRANGER, email, `wrong-${i}`);
      expect(res.data?.signIn.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    }
    const stranger = await signInFrom(STRANGER, email, DEMO_PASSWORD);
    expect(stranger.data?.signIn.me).toBeNull();
    expect(stranger.data?.signIn.userErrors.map((e) => e.code)).toEqual(['RATE_LIMITED']);
    expect(sessionCookieHeader(stranger.setCookies)).toBeUndefined();

    const owner = await signInFrom(OWNER, email, DEMO_PASSWORD);
    expect(owner.data?.signIn.userErrors).toEqual([]);
    expect(owner.data?.signIn.me?.user.email).toBe(email);
    expect(sessionCookieHeader(owner.setCookies)).toBeDefined();

    // The owner's success does not lift the stranger's backoff.
    const again = await signInFrom(STRANGER, email, DEMO_PASSWORD);
    expect(again.data?.signIn.userErrors.map((e) => e.code)).toEqual(['RATE_LIMITED']);
  });

  it('failures from many addresses slow the owner down, capped, but never refuse the right password', async () => {
    const email = 'elena.colectivo@demo.opcat';
    const failures = SIGN_IN_LIMITS.perAccount.freeFailures + 2;
    for (let i = 0; i < failures; i++) {
      const res = await signInFrom(`203.0.113.${100 + i}`, email, `wrong-${i}`);
      expect(res.data?.signIn.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    }
    const started = Date.now();
    const owner = await signInFrom(OWNER, email, DEMO_PASSWORD);
    const tookMs = Date.now() - started;

    expect(owner.data?.signIn.me?.user.email).toBe(email);
    expect(accountDelayMs(failures)).toBeGreaterThan(0);
    expect(accountDelayMs(failures)).toBeLessThanOrEqual(SIGN_IN_LIMITS.perAccount.maxDelayMs);
    expect(tookMs).toBeGreaterThanOrEqual(accountDelayMs(failures) - 5);
  });
});

describe('sessions', () => {
  it('signOut revokes the session server-side: the old cookie no longer works', async () => {
    const client = new GraphqlClient(server);
    const cookie = await client.signIn('bruno.mnp@demo.opcat');
    expect((await asHolderOf(cookie)).me?.user.email).toBe('bruno.mnp@demo.opcat');

    const res = await client.request<{ signOut: boolean }>(SIGN_OUT);
    expect(res.data?.signOut).toBe(true);
    const cleared = sessionCookieHeader(res.setCookies);
    expect(cleared && parseCookie(cleared)[SESSION_COOKIE]).toBe('');
    expect(client.cookie).toBeUndefined();

    // A client that kept the old cookie (a copy, a stolen one) is refused.
    expect(await asHolderOf(cookie)).toEqual({ me: null, guardedCodes: ['UNAUTHENTICATED'] });
    const token = tokenFromCookieHeader(cookie) ?? '';
    const rows = await server.orm.em
      .getConnection()
      .execute<{ revoked_at: string | null }[]>('select revoked_at from user_session where token_hash = ?', [
        hashToken(token, TEST_SESSION_SECRET),
      ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.revoked_at).not.toBeNull();
  });

  it('an expired session is refused', async () => {
    const cookie = await new GraphqlClient(server).signIn('fernando.minjus@demo.opcat');
    expect((await asHolderOf(cookie)).guardedCodes).toEqual([]);

    expect(await updateSession(cookie, `expires_at = now() - interval '1 minute'`)).toBe(1);
    expect(await asHolderOf(cookie)).toEqual({ me: null, guardedCodes: ['UNAUTHENTICATED'] });
  });

  it('a session revoked in the database is refused', async () => {
    const cookie = await new GraphqlClient(server).signIn('gabriela.policia@demo.opcat');
    expect((await asHolderOf(cookie)).me?.user.email).toBe('gabriela.policia@demo.opcat');

    expect(await updateSession(cookie, 'revoked_at = now()')).toBe(1);
    expect(await asHolderOf(cookie)).toEqual({ me: null, guardedCodes: ['UNAUTHENTICATED'] });
  });

  it('a forged cookie of the right shape is refused', async () => {
    const forged = `${SESSION_COOKIE}=${'A'.repeat(43)}`;
    expect(await asHolderOf(forged)).toEqual({ me: null, guardedCodes: ['UNAUTHENTICATED'] });
  });
});
