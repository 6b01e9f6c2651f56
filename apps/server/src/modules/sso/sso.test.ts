import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphqlClient, signedIn, startTestServer } from '../../test/server.ts';
import type { TestServer } from '../../test/server.ts';
import { seedDemoTwoFactorUser } from '../../db/demo-two-factor.ts';
import { rotateDataKeys } from '../../crypto/rotate.ts';
import { HttpBrowser, signInAtProvider, startTestOidcProvider } from '../../test/oidc-provider.ts';
import type { TestOidcProvider } from '../../test/oidc-provider.ts';

/*
 * Single sign-on against a real OpenID Connect provider (oidc-provider) started here, over HTTP as a
 * browser would go: the app's start route, the provider's sign-in page, the app's callback.
 */

let server: TestServer;
let provider: TestOidcProvider;
let npmId: string;
const SLUG = 'mnp-demo';

const CONFIGURE = /* GraphQL */ `
  mutation Configure($input: ConfigureSsoInput!) {
    configureSso(input: $input) {
      ssoConnection {
        id
        slug
        issuer
        clientId
        clientSecretSet
        allowedDomains
        jitRole
        enabled
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;

const ORGANISATION_SSO = /* GraphQL */ `
  query OrganisationSso($id: ID!) {
    organisation(id: $id) {
      id
      viewerCanConfigureSso
      ssoConnection {
        id
        clientId
        allowedDomains
      }
    }
  }
`;

const ME = /* GraphQL */ `
  query Me {
    me {
      user {
        id
        email
        displayName
      }
      memberships {
        role
        organisation {
          id
        }
      }
    }
    twoFactorStatus {
      stage
    }
  }
`;

interface MeData {
  me: {
    user: { id: string; email: string; displayName: string };
    memberships: { role: string; organisation: { id: string } }[];
  } | null;
  twoFactorStatus: { stage: string } | null;
}

async function sql<T>(query: string, params: unknown[] = []): Promise<T[]> {
  return server.ownerOrm.em.fork().getConnection().execute<T[]>(query, params);
}

/** Rows that a sign-in could write: accounts, memberships, sessions and audit entries. */
async function writtenCounts(): Promise<Record<string, number>> {
  const [row] = await sql<Record<string, string>>(
    `select (select count(*) from user_account) as users, (select count(*) from membership) as memberships,
            (select count(*) from user_session) as sessions, (select count(*) from audit_event) as audit`,
  );
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
}

/** The app's session cookie of a browser as the GraphQL client sends it. */
function clientOf(browser: HttpBrowser): GraphqlClient {
  const token = browser.cookies.get('opcat_session');
  return new GraphqlClient(server, token ? `opcat_session=${token}` : undefined);
}

async function configure(client: GraphqlClient, input: Record<string, unknown>) {
  return client.request<{
    configureSso: {
      ssoConnection: Record<string, unknown> | null;
      userErrors: { field: string[]; code: string }[];
    };
  }>(CONFIGURE, { input });
}

beforeAll(async () => {
  server = await startTestServer();
  // The demo's one account with two-factor on (not part of the test worlds by default).
  await seedDemoTwoFactorUser(server.orm.em.fork(), server.env.MASTER_KEY);
  provider = await startTestOidcProvider({ redirectUri: `${server.url}/auth/oidc/callback` });
  provider.accounts.set('nuevo', {
    email: 'nuevo.monitor@mnp.example',
    emailVerified: true,
    name: 'Nuevo Monitor',
    locale: 'fr-FR',
  });
  provider.accounts.set('outsider', { email: 'someone@elsewhere.example', emailVerified: true });
  provider.accounts.set('unverified', { email: 'unverified@mnp.example', emailVerified: false });
  provider.accounts.set('bruno', { email: 'bruno.mnp@demo.opcat', emailVerified: true });
  provider.accounts.set('tomas', { email: 'tomas.mnp@demo.opcat', emailVerified: true });
  provider.accounts.set('carmen', { email: 'carmen.cndh@demo.opcat', emailVerified: true });
  const [npm] = await sql<{ id: string }>(
    `select m.organisation_id as id from membership m join user_account u on u.id = m.user_id where u.email = ?`,
    ['ana.mnp@demo.opcat'],
  );
  npmId = npm!.id;
}, 120_000);

afterAll(async () => {
  await provider?.close();
  await server?.close();
});

describe('configuring single sign-on', () => {
  it('is refused to anyone but an ADMIN of the organisation, as if the organisation did not exist', async () => {
    const input = {
      organisationId: npmId,
      slug: SLUG,
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      allowedDomains: ['mnp.example'],
    };
    const signedOut = await configure(new GraphqlClient(server), input);
    expect(signedOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // An EDITOR of the organisation, an ADMIN of another one.
    for (const email of ['bruno.mnp@demo.opcat', 'lucia.mnpsa@demo.opcat', 'marta.spt@demo.opcat']) {
      const answer = await configure(await signedIn(server, email), input);
      expect(answer.errors?.[0]?.extensions?.code, email).toBe('NOT_FOUND');
      expect(answer.data).toBeNull();
    }
    expect(await sql('select id from sso_connection')).toHaveLength(0);
  });

  it('checks the input and discovers the provider before storing anything', async () => {
    const ana = await signedIn(server, 'ana.mnp@demo.opcat');
    const base = {
      organisationId: npmId,
      slug: SLUG,
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      allowedDomains: ['mnp.example'],
    };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ slug: 'Not A Slug!' }, 'slug', 'INVALID'],
      [{ issuer: 'http://idp.example.org' }, 'issuer', 'INVALID'],
      [{ allowedDomains: [] }, 'allowedDomains', 'INVALID'],
      [{ allowedDomains: ['*.mnp.example'] }, 'allowedDomains', 'INVALID'],
      [{ jitRole: 'ADMIN' }, 'jitRole', 'INVALID'],
      [{ clientSecret: null }, 'clientSecret', 'INVALID'],
      [{ issuer: `${provider.issuer}/nothing-here` }, 'issuer', 'ISSUER_UNREACHABLE'],
    ];
    for (const [change, field, code] of cases) {
      const answer = await configure(ana, { ...base, ...change });
      const [problem] = answer.data?.configureSso.userErrors ?? [];
      expect(problem?.field[1], JSON.stringify(change)).toBe(field);
      expect(problem?.code, JSON.stringify(change)).toBe(code);
    }
    expect(await sql('select id from sso_connection')).toHaveLength(0);
  });

  it("an ADMIN stores it; only the organisation's ADMINs read it, and never the secret", async () => {
    const ana = await signedIn(server, 'ana.mnp@demo.opcat');
    const answer = await configure(ana, {
      organisationId: npmId,
      slug: SLUG,
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      allowedDomains: ['MNP.example', 'demo.opcat'],
    });
    expect(answer.data?.configureSso.userErrors).toEqual([]);
    expect(answer.data?.configureSso.ssoConnection).toMatchObject({
      slug: SLUG,
      clientSecretSet: true,
      allowedDomains: ['mnp.example', 'demo.opcat'],
      jitRole: 'VIEWER',
      enabled: true,
    });
    expect(JSON.stringify(answer)).not.toContain(provider.clientSecret);
    const [audit] = await sql<{ details: Record<string, unknown> }>(
      `select details from audit_event where action = 'organisation.ssoConfigured'`,
    );
    expect(audit?.details).toMatchObject({ slug: SLUG, clientSecretChanged: true });
    expect(JSON.stringify(audit)).not.toContain(provider.clientSecret);

    const read = async (email: string) =>
      (
        await (
          await signedIn(server, email)
        ).request<{ organisation: Record<string, unknown> | null }>(ORGANISATION_SSO, { id: npmId })
      ).data?.organisation;
    expect(await read('ana.mnp@demo.opcat')).toMatchObject({
      viewerCanConfigureSso: true,
      ssoConnection: { clientId: provider.clientId },
    });
    for (const email of [
      'bruno.mnp@demo.opcat',
      'lucia.mnpsa@demo.opcat',
      'carmen.cndh@demo.opcat',
      'marta.spt@demo.opcat',
    ]) {
      expect(await read(email), email).toMatchObject({ viewerCanConfigureSso: false, ssoConnection: null });
    }
    // The sign-in page's public list names the organisation and its slug, nothing else.
    const list = await new GraphqlClient(server).request<{ ssoProviders: { name: string; slug: string }[] }>(
      '{ ssoProviders { name slug } }',
    );
    expect(list.data?.ssoProviders).toEqual([{ name: expect.any(String) as string, slug: SLUG }]);
  });

  it('keeps the client secret out of the database in clear (sealed with the organisation key)', async () => {
    const tables = await sql<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public' order by tablename",
    );
    let dump = '';
    for (const { name } of tables) dump += JSON.stringify(await sql(`select * from "${name}"`));
    expect(dump).not.toContain(provider.clientSecret);
    const [row] = await sql<{ client_secret_sealed: string }>('select client_secret_sealed from sso_connection');
    expect(row?.client_secret_sealed).toMatch(/^v1\./);
    const [key] = await sql<{ organisation_id: string }>('select d.organisation_id from data_key d where d.id = ?', [
      row!.client_secret_sealed.split('.')[1],
    ]);
    expect(key?.organisation_id).toBe(npmId);
  });
});

describe('signing in through the organisation provider', () => {
  it('a verified e-mail of an allowed domain joins the organisation just in time, with the configured role, audited', async () => {
    const before = await writtenCounts();
    const browser = new HttpBrowser();
    const callback = await signInAtProvider(browser, server.url, SLUG, 'nuevo');
    expect(new URL(callback).pathname).toBe('/auth/oidc/callback');
    const done = await browser.request(callback);
    expect(done.status).toBe(303);
    expect(done.location).toBe(`${server.url}/`);
    const me = await clientOf(browser).request<MeData>(ME);
    expect(me.data?.me?.user).toMatchObject({ email: 'nuevo.monitor@mnp.example', displayName: 'Nuevo Monitor' });
    expect(me.data?.me?.memberships).toEqual([{ role: 'VIEWER', organisation: { id: npmId } }]);
    const [account] = await sql<{ preferred_locale: string; password_hash: string | null }>(
      'select preferred_locale, password_hash from user_account where email = ?',
      ['nuevo.monitor@mnp.example'],
    );
    expect(account).toEqual({ preferred_locale: 'fr', password_hash: null });
    const audits = await sql<{
      action: string;
      subject_organisation_id: string | null;
      details: Record<string, unknown>;
    }>(`select action, subject_organisation_id, details from audit_event where actor_user_id = ? order by seq`, [
      me.data?.me?.user.id,
    ]);
    expect(audits.map((a) => a.action)).toEqual(['membership.joinedBySso', 'auth.signIn']);
    expect(audits[0]).toMatchObject({
      subject_organisation_id: npmId,
      details: { role: 'VIEWER', newAccount: true, issuer: provider.issuer, subject: 'nuevo' },
    });
    expect(audits[1]?.details).toMatchObject({ method: 'sso' });
    const after = await writtenCounts();
    expect(after).toEqual({
      ...before,
      users: before.users! + 1,
      memberships: before.memberships! + 1,
      sessions: before.sessions! + 1,
      audit: before.audit! + 2,
    });
  });

  it('the same person signs in again without joining twice', async () => {
    const before = await writtenCounts();
    const browser = new HttpBrowser();
    const done = await browser.request(await signInAtProvider(browser, server.url, SLUG, 'nuevo'));
    expect(done.location).toBe(`${server.url}/`);
    const after = await writtenCounts();
    expect(after.memberships).toBe(before.memberships);
    expect(after.users).toBe(before.users);
  });

  it('an existing member links by e-mail and keeps their role', async () => {
    const browser = new HttpBrowser();
    const done = await browser.request(await signInAtProvider(browser, server.url, SLUG, 'bruno'));
    expect(done.location).toBe(`${server.url}/`);
    const me = await clientOf(browser).request<MeData>(ME);
    expect(me.data?.me?.user.email).toBe('bruno.mnp@demo.opcat');
    expect(me.data?.me?.memberships).toEqual([{ role: 'EDITOR', organisation: { id: npmId } }]);
  });

  it('another domain is refused with its reason, and nothing is written', async () => {
    const before = await writtenCounts();
    const browser = new HttpBrowser();
    const done = await browser.request(await signInAtProvider(browser, server.url, SLUG, 'outsider'));
    expect(done).toMatchObject({ status: 303, location: `${server.url}/signin?sso=DOMAIN_NOT_ALLOWED` });
    expect(browser.cookies.has('opcat_session')).toBe(false);
    expect(await writtenCounts()).toEqual(before);
    expect(await sql('select id from user_account where email = ?', ['someone@elsewhere.example'])).toHaveLength(0);
  });

  it('an e-mail the provider did not verify is refused, and nothing is written', async () => {
    const before = await writtenCounts();
    const browser = new HttpBrowser();
    const done = await browser.request(await signInAtProvider(browser, server.url, SLUG, 'unverified'));
    expect(done.location).toBe(`${server.url}/signin?sso=EMAIL_NOT_VERIFIED`);
    expect(browser.cookies.has('opcat_session')).toBe(false);
    expect(await writtenCounts()).toEqual(before);
  });

  it('an account of another organisation is not taken over through an allowed domain', async () => {
    const before = await writtenCounts();
    const browser = new HttpBrowser();
    const done = await browser.request(await signInAtProvider(browser, server.url, SLUG, 'carmen'));
    expect(done.location).toBe(`${server.url}/signin?sso=ACCOUNT_IN_ANOTHER_ORGANISATION`);
    expect(await writtenCounts()).toEqual(before);
  });

  it('a replayed callback fails, and so does the code replayed with a fresh state', async () => {
    const browser = new HttpBrowser();
    const callback = await signInAtProvider(browser, server.url, SLUG, 'nuevo');
    expect((await browser.request(callback)).location).toBe(`${server.url}/`);
    const before = await writtenCounts();
    // The same callback again (state already spent), even with the browser's binding cookie restored.
    const replay = new HttpBrowser();
    expect((await replay.request(callback)).location).toBe(`${server.url}/signin?sso=INVALID_STATE`);
    // The old code with a new, valid state of this browser: the provider refuses a code used once.
    const fresh = await browser.request(`${server.url}/auth/oidc/${SLUG}/start`);
    const state = new URL(fresh.location!).searchParams.get('state')!;
    const forged = new URL(callback);
    forged.searchParams.set('state', state);
    const answer = await browser.request(forged.href);
    expect(answer.location).toBe(`${server.url}/signin?sso=PROVIDER_ERROR`);
    expect((await writtenCounts()).sessions).toBe(before.sessions);
  });

  it('a wrong state fails, and so does a right state brought by another browser', async () => {
    const browser = new HttpBrowser();
    const callback = await signInAtProvider(browser, server.url, SLUG, 'nuevo');
    const before = await writtenCounts();
    const wrong = new URL(callback);
    wrong.searchParams.set('state', 'not-the-state');
    expect((await browser.request(wrong.href)).location).toBe(`${server.url}/signin?sso=INVALID_STATE`);
    // Someone else's browser (a link sent to a victim) lacks the binding cookie: refused, and the attempt is spent.
    const other = new HttpBrowser();
    expect((await other.request(callback)).location).toBe(`${server.url}/signin?sso=INVALID_STATE`);
    expect((await browser.request(callback)).location).toBe(`${server.url}/signin?sso=INVALID_STATE`);
    expect(await writtenCounts()).toEqual(before);
  });

  it('a person with two-factor on still gives their code: the session is held at the second step', async () => {
    const browser = new HttpBrowser();
    const done = await browser.request(await signInAtProvider(browser, server.url, SLUG, 'tomas'));
    expect(done.location).toBe(`${server.url}/signin/second-step`);
    const me = await clientOf(browser).request<MeData>(ME);
    expect(me.data?.me).toBeNull();
    expect(me.data?.twoFactorStatus?.stage).toBe('SECOND_FACTOR');
  });

  it('an organisation that requires two-factor holds a new member at the enrolment', async () => {
    await sql('update organisation set require_two_factor = true where id = ?', [npmId]);
    try {
      provider.accounts.set('second', { email: 'second.monitor@mnp.example', emailVerified: true });
      const browser = new HttpBrowser();
      const done = await browser.request(await signInAtProvider(browser, server.url, SLUG, 'second'));
      expect(done.location).toBe(`${server.url}/signin/enrol`);
      const me = await clientOf(browser).request<MeData>(ME);
      expect(me.data?.me).toBeNull();
      expect(me.data?.twoFactorStatus?.stage).toBe('ENROLMENT_REQUIRED');
    } finally {
      await sql('update organisation set require_two_factor = false where id = ?', [npmId]);
    }
  });

  it('an unknown or disabled organisation answers alike', async () => {
    const browser = new HttpBrowser();
    expect((await browser.request(`${server.url}/auth/oidc/no-such-org/start`)).location).toBe(
      `${server.url}/signin?sso=UNAVAILABLE`,
    );
    await sql('update sso_connection set enabled = false');
    try {
      expect((await browser.request(`${server.url}/auth/oidc/${SLUG}/start`)).location).toBe(
        `${server.url}/signin?sso=UNAVAILABLE`,
      );
    } finally {
      await sql('update sso_connection set enabled = true');
    }
  });

  it('a data key rotation re-seals the client secret with a new key, and sign-in goes on working', async () => {
    const [before] = await sql<{ client_secret_sealed: string }>('select client_secret_sealed from sso_connection');
    await rotateDataKeys(server.ownerOrm.em.fork(), server.env.MASTER_KEY);
    const [after] = await sql<{ client_secret_sealed: string }>('select client_secret_sealed from sso_connection');
    expect(after?.client_secret_sealed.split('.')[1]).not.toBe(before?.client_secret_sealed.split('.')[1]);
    const browser = new HttpBrowser();
    const done = await browser.request(await signInAtProvider(browser, server.url, SLUG, 'bruno'));
    expect(done.location).toBe(`${server.url}/`);
  });

  it('throttles an address that keeps failing, like sign-in', async () => {
    let refusedAt = 0;
    for (let i = 1; i <= 80 && !refusedAt; i += 1) {
      const answer = await new HttpBrowser().request(`${server.url}/auth/oidc/callback?state=forged-${i}&code=x`);
      if (answer.location?.endsWith('sso=RATE_LIMITED')) refusedAt = i;
    }
    expect(refusedAt).toBeGreaterThan(0);
    expect(refusedAt).toBeLessThanOrEqual(61);
    const start = await new HttpBrowser().request(`${server.url}/auth/oidc/${SLUG}/start`);
    expect(start.location).toBe(`${server.url}/signin?sso=RATE_LIMITED`);
  });
});
