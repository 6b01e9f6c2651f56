import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_TOTP_SECRET, DEMO_TWO_FACTOR_USER, seedDemoTwoFactorUser } from '@opcat/server/src/db/demo-two-factor.ts';
import { currentTotp } from '@opcat/server/src/modules/two-factor/totp.ts';
import { appWithBrowser, DEMO_PASSWORD, GraphqlClient, signedIn } from './app-server.ts';
import type { TestServer } from './app-server.ts';
import { seriousViolations } from './axe.ts';
import { saveScreenshot } from './browser.ts';
import { submitSignIn, untilSignInPage } from './flows.ts';

/** The frame of the steps before the app opens (the language switcher above it is the shell's). */
const CARD = '[data-testid="standalone-card"]';
/**
 * At 390 px, neither the page nor this feature's own box scrolls sideways (the shell's own width is
 * the shell's business: the check is on what this feature renders).
 */
async function fitsPhone(page: Page, selector = 'body'): Promise<boolean> {
  await page.setViewportSize({ width: 390, height: 844 });
  // The shell's navbar collapses with a transition: measure once it is over.
  await page.waitForTimeout(500);
  const fits = await page.evaluate((css) => {
    const box = document.querySelector(css);
    if (!box) return false;
    const widest = Math.max(...Array.from(box.querySelectorAll('*'), (el) => el.getBoundingClientRect().right));
    return box.scrollWidth <= box.clientWidth && widest <= window.innerWidth;
  }, selector);
  await page.setViewportSize({ width: 1280, height: 800 });
  return fits;
}

/** Forgets the step of the last accepted code: plays "30 seconds later" (a code is accepted once per step). */
async function laterStep(server: TestServer, email: string): Promise<void> {
  await server.ownerOrm.em
    .fork()
    .getConnection()
    .execute(
      'update user_two_factor set last_used_step = null where user_id = (select id from user_account where email = ?)',
      [email],
    );
}

describe('two-factor authentication (browser)', () => {
  const app = appWithBrowser();
  beforeAll(async () => {
    await seedDemoTwoFactorUser(app.server.orm.em.fork(), app.server.env.MASTER_KEY);
  });

  it('the second step of sign-in refuses a wrong code and opens the app with the right one (French)', async () => {
    const { page } = await app.open('fr-FR');
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/signin');
    const email = page.locator('input[name="email"]');
    await email.fill(DEMO_TWO_FACTOR_USER.email);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/signin/second-step');
    await page.getByRole('heading', { level: 1, name: 'Vérification en deux étapes' }).waitFor();
    expect(await seriousViolations(page, [CARD])).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);

    const code = page.getByLabel('Code', { exact: false });
    await code.fill('000000');
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('alert').getByText('Le code est erroné, expiré ou déjà utilisé.').waitFor();
    expect(await seriousViolations(page, [CARD])).toEqual([]);

    await code.fill(await currentTotp(DEMO_TOTP_SECRET));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('navigation').first().waitFor();
    await saveScreenshot(page, 'two-factor-signed-in-fr.png');
  });

  it('a member enrols from Account security: QR code, secret as text, ten recovery codes, then turns it off with one (Portuguese)', async () => {
    const { page } = await app.open('pt-BR');
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/signin');
    await page.locator('input[name="email"]').fill('hannah.ohchr@demo.opcat');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/');
    // Hannah's account says English: she switches to Portuguese.
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Português' }).click();
    await page.getByRole('link', { name: 'Segurança da conta' }).click();
    await page.waitForURL((url) => url.pathname === '/account/security');
    await page.getByText('A verificação em duas etapas está desativada.').waitFor();
    expect(await seriousViolations(page, ['[data-testid="security-page"]'])).toEqual([]);
    await page.getByRole('button', { name: 'Começar' }).click();
    await page.getByRole('img', { name: 'Código QR para adicionar a conta a um aplicativo autenticador' }).waitFor();
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await seriousViolations(page, ['[data-testid="security-page"]'])).toEqual([]);
    expect(await fitsPhone(page, '[data-testid="security-page"]')).toBe(true);
    await page.getByLabel('Código do aplicativo').fill(await currentTotp(secret));
    await page.getByRole('button', { name: 'Confirmar e ativar' }).click();
    const codes = page.getByRole('list', { name: 'Seus códigos de recuperação' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    expect(await seriousViolations(page, ['[data-testid="security-page"]'])).toEqual([]);
    await saveScreenshot(page, 'two-factor-recovery-codes-pt.png');
    const recoveryCode = ((await codes.first().textContent()) ?? '').trim();
    await page.getByRole('button', { name: 'Já os guardei, continuar' }).click();
    await page.getByText('A verificação em duas etapas está ativada.').waitFor();

    // She turns it off again from the same page with a recovery code (decision 0029; OHCHR does not require it).
    expect(await seriousViolations(page, ['[data-testid="security-page"]'])).toEqual([]);
    await page.getByLabel('Código ou código de recuperação').fill(recoveryCode);
    await page.getByRole('button', { name: 'Desativar', exact: true }).click();
    await page.getByText('A verificação em duas etapas está desativada.').waitFor();
  });

  it('an NPM admin requires two-factor and resets a member (Spanish), and a held member must enrol first', async () => {
    // Ana enrols through the API (the browser enrolment is covered above), then signs in with her code.
    const api = await signedIn(app.server, 'ana.mnp@demo.opcat');
    const started = await api.request<{ startTwoFactorEnrolment: { enrolment: { secret: string } } }>(
      'mutation { startTwoFactorEnrolment { enrolment { secret } } }',
    );
    const secret = started.data?.startTwoFactorEnrolment.enrolment.secret ?? '';
    await api.request(
      'mutation($code: String!) { confirmTwoFactorEnrolment(input: { code: $code }) { recoveryCodes } }',
      {
        code: await currentTotp(secret),
      },
    );
    await laterStep(app.server, 'ana.mnp@demo.opcat');

    const { page } = await app.open('es-ES');
    await page.goto('/organisation/members');
    await untilSignInPage(page, 'es');
    await submitSignIn(page, 'ana.mnp@demo.opcat');
    await page.waitForURL((url) => url.pathname === '/signin/second-step');
    await page.getByLabel('Código').fill(await currentTotp(secret));
    await page.getByRole('button', { name: 'Verificar' }).click();
    await page.waitForURL((url) => url.pathname === '/organisation/members');
    const panel = page.getByTestId('two-factor-admin');
    await panel.waitFor();
    expect(await seriousViolations(page, ['[data-testid="two-factor-admin"]'])).toEqual([]);
    await panel.getByRole('switch', { name: 'Exigir la verificación en dos pasos a los miembros' }).click();
    await panel.getByText('Ahora se exige la verificación en dos pasos.').waitFor();

    await panel.getByRole('button', { name: `Restablecer la verificación en dos pasos de Tomás Huamán` }).click();
    const dialog = page.getByRole('dialog', { name: '¿Restablecer la verificación en dos pasos?' });
    await dialog.waitFor();
    expect(await seriousViolations(page, ['[role="dialog"]'])).toEqual([]);
    await dialog.getByRole('button', { name: 'Restablecer' }).click();
    await panel.getByText('Se restableció la verificación en dos pasos de Tomás Huamán.').waitFor();
    await saveScreenshot(page, 'two-factor-admin-es.png');

    // Tomás, reset, signs in: held at the enrolment, which is all he can do.
    const tomas = new GraphqlClient(app.server);
    await tomas.signInRaw(DEMO_TWO_FACTOR_USER.email, DEMO_PASSWORD);
    const held = await tomas.request<{ organisation: unknown }>('{ organisation { id } }');
    expect(held.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const second = await app.open('es-ES');
    await second.page.goto('/');
    await untilSignInPage(second.page, 'es');
    await submitSignIn(second.page, DEMO_TWO_FACTOR_USER.email);
    await second.page.waitForURL((url) => url.pathname === '/signin/enrol');
    await second.page.getByText('Su organización exige la verificación en dos pasos.', { exact: false }).waitFor();
    expect(await seriousViolations(second.page, [CARD])).toEqual([]);
  });
});
