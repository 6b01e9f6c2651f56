import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appWithBrowser, signedIn } from './app-server.ts';
import { runAxe } from './axe.ts';
import { saveScreenshot } from './browser.ts';
import { signInThroughForm } from './flows.ts';

/**
 * Onboarding without a seed (decision 0029), in the browser: an organisation asks to join through the
 * signed-out form, the demo platform administrator creates an organisation and approves the request;
 * every page has axe 0 serious/critical and no sideways scroll at 390 px.
 */
const PLATFORM_ADMIN = 'pablo.plataforma@demo.opcat';

/** axe at desktop width, then the sideways scroll at 390 px (once the layout settled). */
async function accessible(page: Page, what: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // Checked as the page stands, not under the pointer left on a link just clicked (its hover colour).
  await page.mouse.move(1270, 790);
  // And once colour transitions ended.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const axe = await runAxe(page);
  console.info(`axe ${what}: ${JSON.stringify(axe.byImpact)}`);
  expect(axe.seriousOrCritical, what).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await expect.poll(overflow, { message: `${what} scrolls sideways at 390 px` }).toBe(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('onboarding (browser)', () => {
  const app = appWithBrowser();

  it('an organisation asks to join (keyboard only); the platform administrator creates another and approves it', async () => {
    // The NPM of the demo sits in the NHRI: the link the platform administrator made shows on its page.
    const platform = await signedIn(app.server, PLATFORM_ADMIN);
    const listed = await platform.request<{ platformOrganisations: { id: string; kind: string; name: string }[] }>(
      '{ platformOrganisations { id kind name } }',
    );
    const organisations = listed.data?.platformOrganisations ?? [];
    const npm = organisations.find((o) => o.name.startsWith('Mecanismo Nacional de Prevención de la Tortura'));
    const nhri = organisations.find((o) => o.kind === 'NHRI');
    const linked = await platform.request(
      'mutation ($input: SetHostInstitutionInput!) { setHostInstitution(input: $input) { userErrors { code } } }',
      { input: { organisationId: npm?.id, hostOrganisationId: nhri?.id } },
    );
    expect(linked.errors).toBeUndefined();

    const { page, pageErrors } = await app.open('es-ES');
    await page.goto('/join');
    await accessible(page, '/join');
    // Keyboard only: the name field first, then Tab through kind and country to the contact fields.
    await page.getByLabel('Nombre de la organización').focus();
    await page.keyboard.type('Observatorio de Prisiones del Sur');
    await page.getByLabel('País (código de dos letras)').focus();
    await page.keyboard.type('XS');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Rosa Méndez');
    await page.keyboard.press('Tab');
    await page.keyboard.type('rosa@observatorio.test');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Solicitud recibida' }).waitFor();
    await saveScreenshot(page, 'join-request-es.png');

    await signInThroughForm(page, PLATFORM_ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Administración de la plataforma' }).click();
    await page.getByTestId('platform-organisations').waitFor();
    await accessible(page, '/platform');
    await page.getByLabel('Nombre de la organización').fill('Red de Familiares de Costa Verde');
    await page.getByLabel('País (código de dos letras)').fill('XV');
    await page.getByLabel('Correo de la primera persona administradora').fill('familias@red.test');
    await page.getByLabel('Nombre de la primera persona administradora').fill('Lidia Paz');
    await page.getByRole('button', { name: 'Crear la organización' }).click();
    await page.getByRole('status').filter({ hasText: 'Red de Familiares de Costa Verde fue creada' }).waitFor();
    // Without SMTP, the first admin's invitation waits in the platform's outbox.
    await page.getByText('familias@red.test').first().waitFor();
    await saveScreenshot(page, 'platform-es.png');

    await page.getByRole('navigation').getByRole('link', { name: 'Solicitudes de adhesión' }).click();
    const request = page.getByRole('article', { name: 'Observatorio de Prisiones del Sur' });
    await request.waitFor();
    await accessible(page, '/platform/join-requests');
    await request.getByRole('button', { name: 'Aprobar' }).click();
    await page.getByRole('status').filter({ hasText: 'Observatorio de Prisiones del Sur fue aprobada' }).waitFor();
    await page.getByText('No hay solicitudes pendientes.').waitFor();

    await page.goto(`/organisations/${npm?.id ?? ''}`);
    await page
      .getByTestId('host-institution')
      .getByRole('link', { name: nhri?.name ?? '' })
      .waitFor();
    await accessible(page, '/organisations/:id');
    expect(pageErrors).toEqual([]);
  });
});
