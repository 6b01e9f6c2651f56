import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signedIn, startAppServer } from './app-server.ts';
import type { TestServer } from './app-server.ts';
import { openBrowser, saveScreenshot } from './browser.ts';
import type { BrowserSession } from './browser.ts';
import { noHorizontalScroll, pathOf, signInThroughForm } from './flows.ts';
import { seriousViolations } from './axe.ts';

/** The police ADMIN (gabriela.policia is a VIEWER of the police). */
const POLICE_ADMIN = 'hector.policia@demo.opcat';
const TITLE = 'Registrar en el libro de custodia cada traslado nocturno';

const ISSUE = /* GraphQL */ `
  mutation Issue($input: IssueRecommendationInput!) {
    issueRecommendation(input: $input) {
      recommendation {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`;

const unreadOnBell = async (page: Page) =>
  Number(await page.getByTestId('notification-bell').getAttribute('data-unread'));

describe('notifications in the browser', () => {
  let server: TestServer;
  let browser: BrowserSession | undefined;

  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the police admin sees a new recommendation’s notification appear live, opens it; accessible at 390 px', async () => {
    browser = await openBrowser({ baseURL: server.url, locale: 'es-ES' });
    const { page } = browser;
    await signInThroughForm(page, POLICE_ADMIN);

    // By keyboard: the bell in the header leads to the notification centre.
    const bell = page.getByTestId('notification-bell');
    await bell.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/notifications');
    await page.getByRole('heading', { level: 1, name: 'Notificaciones' }).waitFor();
    await page.waitForTimeout(500);
    const before = await unreadOnBell(page);

    // The NPM issues a recommendation to the police, elsewhere.
    const ana = await signedIn(server, 'ana.mnp@demo.opcat');
    const idOf = async (name: string) => {
      const rows = await server.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string }[]>('select id from organisation where name like ?', [`${name}%`]);
      return rows[0]?.id;
    };
    const police = { id: await idOf('Policía Nacional') };
    const npmId = await idOf('Mecanismo Nacional');
    const issued = await ana.request<{ issueRecommendation: { recommendation: { id: string } | null } }>(ISSUE, {
      input: {
        ownerOrganisationId: npmId,
        addresseeId: police?.id,
        reference: `E2E-${Date.now()}`,
        title: TITLE,
        text: 'Cada traslado nocturno queda registrado con hora, motivo y responsable.',
        source: 'NPM_VISIT_REPORT',
        theme: 'Salvaguardias',
        level: 'POLICY',
        priority: 'HIGH',
        issuedOn: new Date().toISOString().slice(0, 10),
      },
    });
    const recommendationId = issued.data?.issueRecommendation.recommendation?.id;
    expect(recommendationId, JSON.stringify(issued)).toBeTruthy();

    // Live, without a reload: the bell's count goes up and the item appears.
    await expect.poll(() => unreadOnBell(page), { timeout: 15_000 }).toBe(before + 1);
    const item = page.getByTestId('notification').filter({ hasText: TITLE });
    await item.waitFor({ timeout: 15_000 });
    expect(await item.textContent()).toContain('Nueva recomendación dirigida a su institución');

    await page.setViewportSize({ width: 390, height: 844 });
    // The whole page: the bell and its count in the header too.
    expect(await seriousViolations(page)).toEqual([]);
    await noHorizontalScroll(page);
    const shot = await saveScreenshot(page, 'notifications-390.png');
    expect(shot.bytes).toBeGreaterThan(5_000);

    // Open it: the recommendation's page, and the notification is read.
    await item.getByRole('link', { name: 'Nueva recomendación dirigida a su institución' }).click();
    await page.waitForURL((url) => url.pathname === `/recommendations/${recommendationId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect.poll(() => unreadOnBell(page)).toBe(before);
    expect(pathOf(page)).toBe(`/recommendations/${recommendationId}`);

    // Preferences: keyboard-usable, accessible, no horizontal scroll at 390 px.
    await page.goto('/notifications/preferences');
    await page.getByRole('heading', { level: 1, name: 'Preferencias de notificación' }).waitFor();
    await page.getByRole('checkbox').first().waitFor();
    expect(await seriousViolations(page, ['main'])).toEqual([]);
    await noHorizontalScroll(page);
    const email = page.getByRole('checkbox', { name: 'Respuesta vencida: Correo electrónico' });
    await email.focus();
    await page.keyboard.press('Space');
    await page.getByRole('radio', { name: 'Resumen diario' }).check();
    await page.getByRole('button', { name: 'Guardar preferencias' }).click();
    await page.getByText('Preferencias guardadas.').waitFor();

    // The digest's time zone (decision 0042): the demo country has no single zone, so the browser's is proposed;
    // chosen by keyboard alone from the searchable list (axe open and closed), saved, kept after a reload.
    const zone = page.getByRole('combobox', { name: 'Zona horaria del resumen diario' });
    const browserZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    await expect.poll(() => zone.inputValue()).toBe(browserZone);
    await page.getByText('Propuesta por su navegador', { exact: false }).waitFor();
    await zone.focus();
    await zone.press('ControlOrMeta+a');
    await zone.pressSequentially('Santiago');
    const zones = page.getByRole('listbox');
    await zones.waitFor();
    expect(await seriousViolations(page, ['main', '[role="listbox"]'])).toEqual([]);
    await zone.press('ArrowDown');
    await expect.poll(() => zones.locator('[data-combobox-selected]').textContent()).toBe('America/Santiago');
    await zone.press('Enter');
    await expect.poll(() => zone.inputValue()).toBe('America/Santiago');
    await noHorizontalScroll(page);
    await page.getByRole('button', { name: 'Guardar preferencias' }).click();
    await page.getByText('Preferencias guardadas.').waitFor();
    await page.reload();
    const kept = page.getByRole('combobox', { name: 'Zona horaria del resumen diario' });
    await expect.poll(() => kept.inputValue()).toBe('America/Santiago');
    expect(await page.getByText('Propuesta por su navegador', { exact: false }).count()).toBe(0);
    expect(await seriousViolations(page, ['main'])).toEqual([]);
    await noHorizontalScroll(page);
    expect(browser.pageErrors).toEqual([]);
  });
});
