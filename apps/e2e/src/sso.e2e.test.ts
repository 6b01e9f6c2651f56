import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestOidcProvider } from '@opcat/server/src/test/oidc-provider.ts';
import type { TestOidcProvider } from '@opcat/server/src/test/oidc-provider.ts';
import { appWithBrowser, signedIn } from './app-server.ts';
import { seriousViolations } from './axe.ts';
import { saveScreenshot } from './browser.ts';

/** The demo NPM, as the sign-in page lists it. */
const ORGANISATION = 'Mecanismo Nacional de Prevención de la Tortura (Defensoría del Pueblo de Costa Verde)';

/** The sign-in page's card (the language switcher above it is checked by the sign-in tests). */
const SIGN_IN_CARD = 'main';

/** Neither the page nor anything in it sticks out sideways at 390 px. */
async function fitsPhone(page: Page): Promise<boolean> {
  await page.setViewportSize({ width: 390, height: 844 });
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  await page.setViewportSize({ width: 1280, height: 800 });
  return fits;
}

/** From the sign-in page through the organisation's provider, signing in there as `login`. */
async function signInWithOrganisation(page: Page, provider: TestOidcProvider, login: string): Promise<void> {
  await page.goto('/signin');
  await page.getByRole('button', { name: 'Usar la cuenta de su organización' }).click();
  const organisation = page.getByRole('navigation', { name: 'Organización' }).getByRole('link', { name: ORGANISATION });
  await organisation.waitFor();
  expect(await seriousViolations(page, [SIGN_IN_CARD])).toEqual([]);
  await organisation.click();
  // The provider's own sign-in page (oidc-provider's development form).
  await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
}

describe('single sign-on with OpenID Connect (browser)', () => {
  const app = appWithBrowser();
  let provider: TestOidcProvider;

  beforeAll(async () => {
    provider = await startTestOidcProvider({ redirectUri: `${app.server.url}/auth/oidc/callback` });
    provider.accounts.set('nuevo', {
      email: 'nueva.monitora@mnp.example',
      emailVerified: true,
      name: 'Nueva Monitora',
    });
    provider.accounts.set('outsider', { email: 'someone@elsewhere.example', emailVerified: true });
    const ana = await signedIn(app.server, 'ana.mnp@demo.opcat');
    const [membership] = await app.server.ownerOrm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(
        `select m.organisation_id as id from membership m join user_account u on u.id = m.user_id where u.email = ?`,
        ['ana.mnp@demo.opcat'],
      );
    const answer = await ana.request<{ configureSso: { userErrors: unknown[] } }>(
      `mutation ($input: ConfigureSsoInput!) { configureSso(input: $input) { userErrors { code } } }`,
      {
        input: {
          organisationId: membership?.id,
          slug: 'mnp-demo',
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
          allowedDomains: ['mnp.example'],
        },
      },
    );
    expect(answer.data?.configureSso.userErrors).toEqual([]);
  });
  afterAll(async () => {
    await provider?.close();
  });

  it('a new monitor of an allowed domain signs in at the organisation provider and lands in the app (Spanish)', async () => {
    const { page } = await app.open('es-ES');
    await signInWithOrganisation(page, provider, 'nuevo');
    await page.waitForURL((url) => url.href === `${app.server.url}/`);
    await page.getByRole('navigation').first().waitFor();
    await page.getByText('Nueva Monitora').first().waitFor();
    await saveScreenshot(page, 'sso-signed-in-es.png');
  });

  it('another domain comes back to the sign-in page with its reason, readable on a phone', async () => {
    const { page } = await app.open('es-ES');
    await signInWithOrganisation(page, provider, 'outsider');
    await page.waitForURL((url) => url.pathname === '/signin' && url.searchParams.get('sso') === 'DOMAIN_NOT_ALLOWED');
    await page.getByRole('alert').getByText('Su correo electrónico no pertenece a un dominio').waitFor();
    expect(await seriousViolations(page, [SIGN_IN_CARD])).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);
    await saveScreenshot(page, 'sso-refused-es.png');
  });
});
