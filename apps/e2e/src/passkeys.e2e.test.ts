import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET, DEMO_TWO_FACTOR_USER, seedDemoTwoFactorUser } from '@opcat/server/src/db/demo-two-factor.ts';
import { currentTotp } from '@opcat/server/src/modules/two-factor/totp.ts';
import { DEMO_PASSWORD, GraphqlClient, startAppServer } from './app-server.ts';
import type { TestServer } from './app-server.ts';
import { seriousViolations } from './axe.ts';
import { openBrowser, saveScreenshot } from './browser.ts';
import type { BrowserSession } from './browser.ts';
import { submitSignIn, untilSignInPage } from './flows.ts';

/**
 * Passkeys as a second factor (issue #17, decision 0037), with Chromium's own virtual authenticator
 * (DevTools WebAuthn domain): a real WebAuthn ceremony in the browser, a real signature checked by
 * the server. WebAuthn needs a domain, not an IP: the page is opened on localhost.
 */

const CARD = '[data-testid="standalone-card"]';
const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      nextStep
    }
  }
`;
const VERIFY = /* GraphQL */ `
  mutation Verify($input: VerifyPasskeySecondFactorInput!) {
    verifyPasskeySecondFactor(input: $input) {
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
const START = /* GraphQL */ `
  mutation {
    startPasskeySecondFactor {
      optionsJson
      userErrors {
        code
      }
    }
  }
`;

describe('passkeys as the second step (browser, virtual authenticator)', () => {
  let server: TestServer;
  let browser: BrowserSession;
  let origin: string;

  beforeAll(async () => {
    server = await startAppServer();
    await seedDemoTwoFactorUser(server.orm.em.fork(), server.env.MASTER_KEY);
    origin = server.url.replace('127.0.0.1', 'localhost');
    browser = await openBrowser({ baseURL: origin, locale: 'es-ES' });
    const cdp = await browser.page.context().newCDPSession(browser.page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Tomás adds a passkey, then signs in with it instead of a code; a replayed answer opens nothing', async () => {
    const { page } = browser;
    await page.goto('/');
    await untilSignInPage(page);
    await submitSignIn(page, DEMO_TWO_FACTOR_USER.email);
    await page.waitForURL((url) => url.pathname === '/signin/second-step');
    // No passkey yet: the second step offers only the code.
    await page.getByLabel('Código', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Usar una llave de acceso' }).count()).toBe(0);
    await page.getByLabel('Código', { exact: false }).fill(await currentTotp(DEMO_TOTP_SECRET));
    await page.getByRole('button', { name: 'Verificar' }).click();
    await page.waitForURL((url) => url.pathname === '/');

    await page.goto('/account/security');
    const card = page.getByTestId('passkeys');
    await card.getByText('Todavía no registró ninguna llave de acceso.').waitFor();
    await card.getByLabel('Nombre de la nueva llave').fill('Portátil de prueba');
    await card.getByRole('button', { name: 'Agregar una llave de acceso' }).click();
    await card.getByRole('list', { name: 'Sus llaves de acceso' }).getByText('Portátil de prueba').waitFor();
    expect(await seriousViolations(page, ['[data-testid="security-page"]'])).toEqual([]);
    await saveScreenshot(page, 'passkeys-es.png');

    // Signed out, in again: the password, then the passkey instead of the code.
    await page.context().clearCookies();
    const answers: string[] = [];
    page.on('request', (request) => {
      const body = request.postData();
      if (body?.includes('verifyPasskeySecondFactor')) {
        const variables = (JSON.parse(body) as { variables: { input: { responseJson: string } } }).variables;
        answers.push(variables.input.responseJson);
      }
    });
    await page.goto('/');
    await untilSignInPage(page);
    await submitSignIn(page, DEMO_TWO_FACTOR_USER.email);
    await page.waitForURL((url) => url.pathname === '/signin/second-step');
    const useKey = page.getByRole('button', { name: 'Usar una llave de acceso' });
    await useKey.waitFor();
    expect(await seriousViolations(page, [CARD])).toEqual([]);
    await useKey.click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('navigation').first().waitFor();
    expect(answers).toHaveLength(1);
    expect(browser.pageErrors).toEqual([]);

    // Someone who captured that answer (a proxy log) replays it on a session of their own, with the
    // password: without a challenge of that session, and again after asking for one, it is refused.
    const thief = new GraphqlClient({ url: server.url });
    const held = await thief.request<{ signIn: { nextStep: string | null } }>(SIGN_IN, {
      input: { email: DEMO_TWO_FACTOR_USER.email, password: DEMO_PASSWORD },
    });
    expect(held.data?.signIn.nextStep).toBe('SECOND_FACTOR');
    const headers = { origin };
    const replay = () =>
      thief.request<{ verifyPasskeySecondFactor: { me: unknown; userErrors: { code: string }[] } }>(
        VERIFY,
        { input: { responseJson: answers[0] } },
        headers,
      );
    const first = await replay();
    expect(first.data?.verifyPasskeySecondFactor.me).toBeNull();
    expect(first.data?.verifyPasskeySecondFactor.userErrors[0]?.code).toBe('INVALID_CODE');
    const options = await thief.request<{ startPasskeySecondFactor: { optionsJson: string | null } }>(
      START,
      {},
      headers,
    );
    expect(options.data?.startPasskeySecondFactor.optionsJson).toBeTruthy();
    const second = await replay();
    expect(second.data?.verifyPasskeySecondFactor.me).toBeNull();
    expect(second.data?.verifyPasskeySecondFactor.userErrors[0]?.code).toBe('INVALID_CODE');
    // And the stolen session still reaches nothing.
    const me = await thief.request<{ me: unknown }>('{ me { user { id } } }');
    expect(me.data?.me ?? null).toBeNull();
  });
});
