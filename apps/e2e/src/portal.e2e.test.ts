import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appWithBrowser } from './app-server.ts';
import { seriousViolations } from './axe.ts';
import { openBrowser, saveScreenshot } from './browser.ts';
import type { BrowserSession } from './browser.ts';
import { signInThroughForm } from './flows.ts';

const AUTHORISED = 'Registrar toda privación de libertad desde el primer momento de la custodia policial';
const NETWORK_NOTE = 'Registro electrónico de custodia policial con alertas de plazo';
/** Costa Verde's NPM's ORGANISATION finding: never Sierra Alta's to see. */
const ORGANISATION_FINDING = 'Un solo médico para toda la población del centro';
const PORTAL_PAGES = ['', 'recommendations', 'practices', 'states', 'data'];
/** The budget of the brief: portal pages load at most 150 KB of compressed JavaScript (they load none). */
const JS_BUDGET_BYTES = 150 * 1024;

/**
 * axe on the DOM a page built with JavaScript disabled. axe needs scripts (and timers, which never
 * fire while script execution is off), so the JavaScript-less page's document is copied, as it
 * is, into a page of a JavaScript-enabled browser and checked there with axe.ts `seriousViolations`.
 */
async function seriousViolationsWithoutJavaScript(page: Page, checker: Page): Promise<string[]> {
  expect(await page.locator('script').count()).toBe(0);
  await checker.setContent(await page.content(), { waitUntil: 'load' });
  return seriousViolations(checker);
}

/** Same check without page JavaScript: the layout's widths through the DevTools protocol. */
async function scrollWidthWithoutJavaScript(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = (await cdp.send('Runtime.evaluate', {
      expression:
        '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
      returnByValue: true,
    })) as { result: { value: { scrollWidth: number; clientWidth: number } } };
    return result.value;
  } finally {
    await cdp.detach();
  }
}

async function noHorizontalScroll(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 800 });
  // The shell's layout settles after a resize (its navigation collapses): wait for it.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('the public portal', () => {
  const app = appWithBrowser();
  const recommendationId = async (reference: string) => {
    const rows = await app.server.orm.em
      .getConnection()
      .execute<{ id: string }[]>('select id::text from recommendation where reference = ?', [reference]);
    return rows[0]?.id as string;
  };

  it('a signed-out visitor without JavaScript reads an authorised SPT recommendation; an unauthorised one is not found', async () => {
    let browser: BrowserSession | undefined;
    const checker = await app.open('es-ES');
    try {
      browser = await openBrowser({ baseURL: app.server.url, locale: 'es-ES', javaScriptEnabled: false });
      const { page } = browser;

      await page.goto('/public');
      expect(new URL(page.url()).pathname).toBe('/public/es/');
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      await page.getByRole('heading', { level: 1, name: 'opcat-hub — Portal público' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Secciones del portal' })
        .getByRole('link', { name: 'Recomendaciones publicadas' })
        .click();
      await page.getByRole('link', { name: `SPT-XV-2026-03 — ${AUTHORISED}` }).click();
      await page.getByRole('heading', { level: 1, name: AUTHORISED }).waitFor();
      await page.getByText('Publicación autorizada por el Estado el 30 de septiembre de 2026').waitFor();
      await page.getByText('Implementación según el Estado', { exact: true }).waitFor();
      await page.getByText('Implementación según el mecanismo de monitoreo', { exact: true }).waitFor();
      expect(await page.locator('script').count()).toBe(0);

      for (const reference of ['SPT-XV-2026-01', 'SPT-XV-2026-02']) {
        const response = await page.goto(`/public/es/recommendations/${await recommendationId(reference)}`);
        expect(response?.status(), reference).toBe(404);
        await page.getByRole('heading', { level: 1, name: 'No encontrado' }).waitFor();
        expect(await page.getByText('SPT-XV-2026-0').count()).toBe(0);
      }
      const random = await page.goto(`/public/es/recommendations/${crypto.randomUUID()}`);
      expect(random?.status()).toBe(404);

      const paths = [
        ...PORTAL_PAGES.map((p) => `/public/es/${p}`),
        `/public/es/recommendations/${await recommendationId('SPT-XV-2026-03')}`,
      ];
      for (const path of paths) {
        await page.goto(path);
        expect(await seriousViolationsWithoutJavaScript(page, checker.page), `JS off: ${path}`).toEqual([]);
        await page.setViewportSize({ width: 390, height: 800 });
        const { scrollWidth, clientWidth } = await scrollWidthWithoutJavaScript(page);
        expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    } finally {
      await browser?.close();
    }
  });

  it('with JavaScript on: no JavaScript loaded, axe clean, no sideways scroll at 390 px, in every language', async () => {
    const { page } = await app.open('es-ES');
    let scriptBytes = 0;
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        void response.body().then(
          (body) => (scriptBytes += body.length),
          () => undefined,
        );
    });
    for (const lang of ['es', 'en', 'fr', 'pt']) {
      for (const path of PORTAL_PAGES) {
        await page.goto(`/public/${lang}/${path}`);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await seriousViolations(page), `/public/${lang}/${path}`).toEqual([]);
        await noHorizontalScroll(page);
      }
    }
    await page.goto(`/public/en/recommendations/${await recommendationId('MNP-XV-2026-001')}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByText('Implementation as assessed by the monitor', { exact: true }).waitFor();
    expect(scriptBytes).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    expect(scriptBytes).toBe(0);

    await page.goto('/public/es/');
    await page.setViewportSize({ width: 1280, height: 900 });
    const shot = await saveScreenshot(page, 'portal-es.png');
    expect(shot.bytes).toBeGreaterThan(10_000);
  });

  it("Sierra Alta's NPM finds Costa Verde's published good practice in the network, not its ORGANISATION findings", async () => {
    const { page } = await app.open('es-ES');
    await signInThroughForm(page, 'lucia.mnpsa@demo.opcat');
    await page.getByRole('link', { name: 'Buenas prácticas de la red' }).click();
    await page.getByRole('heading', { level: 1, name: 'Buenas prácticas de las redes regionales' }).waitFor();
    const list = page.getByTestId('network-practices');
    await list.getByRole('heading', { name: NETWORK_NOTE }).waitFor();
    await list
      .getByText(
        /Publicada por Mecanismo Nacional de Prevención de la Tortura \(Defensoría del Pueblo de Costa Verde\)/,
      )
      .first()
      .waitFor();
    expect(await page.getByText(ORGANISATION_FINDING).count()).toBe(0);
    // The page's own content (the shell's navigation is the shell's, tested with it).
    expect(await seriousViolations(page, ['main'])).toEqual([]);
    await noHorizontalScroll(page);

    const [finding] = await app.server.orm.em
      .getConnection()
      .execute<{ id: string }[]>('select id::text from finding where title = ?', [ORGANISATION_FINDING]);
    await page.goto(`/findings/${finding?.id}`);
    await page.getByRole('heading', { level: 1, name: 'Página no encontrada' }).waitFor();
    expect(await page.getByText(ORGANISATION_FINDING).count()).toBe(0);
  });
});
