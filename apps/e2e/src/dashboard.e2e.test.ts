import { copyFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appWithBrowser } from './app-server.ts';
import { saveScreenshot } from './browser.ts';
import { noHorizontalScroll, signInThroughForm } from './flows.ts';
import { seriousViolations } from './axe.ts';

const MINISTRY = 'Ministerio de Justicia y Sistema Penitenciario';
/** Where the closing note of issue #15 takes the Spanish dashboard's picture from. */
const SHOTS_DIR = '/work/shots';

/** The charts follow a resize on the next animation frames: wait for the layout to settle, then none may overflow. */

describe('the impact dashboard', () => {
  const app = appWithBrowser();

  it('shows the NPM its figures with a table alternative whose links open the filtered tracker, accessibly at 390 px', async () => {
    const { page } = await app.open('es-ES');
    await signInThroughForm(page, 'ana.mnp@demo.opcat');
    await page.getByRole('navigation').first().getByRole('link', { name: 'Panel de impacto', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Panel de impacto' }).waitFor();
    const implementation = page.getByRole('region', { name: /Tasa de implementación por Autoridad/ });
    await implementation.waitFor();
    // The legend names the series in the order the bars are drawn: the State's figure, then the monitor's.
    const legend = implementation.locator('.mantine-ChartLegend-legendItemName');
    await expect.poll(() => legend.allTextContents()).toEqual(['Según el Estado', 'Según el monitor']);

    // The chart's table alternative: opened from the keyboard, one row per authority.
    const summary = implementation.locator('summary');
    await summary.focus();
    await summary.press('Enter');
    const table = implementation.getByRole('table');
    await table.waitFor();
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: MINISTRY, exact: true }) });
    const total = (await row.getByRole('cell').first().textContent())?.trim() ?? '';
    expect(Number(total)).toBeGreaterThan(0);

    // Overdue actions say when they were due as the reader writes a date, not as a database does.
    const overdue = page.getByRole('region', { name: /^Acciones vencidas/ }).getByRole('listitem');
    expect(await overdue.count()).toBeGreaterThan(0);
    for (const item of await overdue.allTextContents()) {
      expect(item).toMatch(/vence el \d{1,2} [a-z]+\.? \d{4}/);
      expect(item).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }

    expect(await seriousViolations(page, ['main'])).toEqual([]);
    mkdirSync(SHOTS_DIR, { recursive: true });
    const shot = await saveScreenshot(page, 'dashboard-es.png');
    expect(shot.bytes).toBeGreaterThan(10_000);
    copyFileSync(shot.path, `${SHOTS_DIR}/dashboard-es.png`);

    await page.setViewportSize({ width: 390, height: 844 });
    await noHorizontalScroll(page);
    expect(await seriousViolations(page, ['main'])).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The figure links to the list behind it: the tracker filtered to this organisation and authority.
    await row.getByRole('link', { name: MINISTRY, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/recommendations' && url.searchParams.has('addressee'));
    const url = new URL(page.url());
    expect(url.searchParams.get('org')).toBeTruthy();
    // The table's caption (the phone cards' copy of it is hidden at this width).
    await page
      .getByText(new RegExp(`^Recomendaciones 1 a \\d+ de ${total}$`))
      .filter({ visible: true })
      .waitFor();
  });

  it('opens on what needs the person: responses due, overdue actions, assessments and what was shared', async () => {
    const { page } = await app.open('es-ES');
    await signInThroughForm(page, 'fernando.minjus@demo.opcat');
    const needs = page.getByRole('region', { name: 'Lo que requiere mi atención' });
    await needs.waitFor();
    // The Ministry has demo recommendations awaiting its position: each links to the recommendation.
    const responses = needs.getByRole('region', { name: /^Respuestas pendientes de mi organización \(\d+\)$/ });
    await responses.getByRole('link').first().waitFor();
    expect(await needs.getByRole('region').count()).toBe(4);
    expect(await seriousViolations(page, ['main'])).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await noHorizontalScroll(page);
  });

  it("opens a civil society member of the technical committee on their country's dashboard", async () => {
    const { page } = await app.open('es-ES');
    await signInThroughForm(page, 'diego.voces@demo.opcat');
    await page.goto('/dashboard');
    // Their own organisation owns no records and receives no recommendation: its dashboard is all zeros.
    await page.getByRole('region', { name: /Tasa de implementación por Autoridad/ }).waitFor();
    expect(await page.getByRole('radio', { name: 'País' }).isChecked()).toBe(true);
    await saveScreenshot(page, 'dashboard-cso-es.png');
    expect(await seriousViolations(page, ['main'])).toEqual([]);
  });

  it('answers an organisation that does not exist with the not-found page', async () => {
    const { page } = await app.open('es-ES');
    await signInThroughForm(page, 'ana.mnp@demo.opcat');
    await page.goto('/dashboard?org=00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Panel de impacto' }).first().waitFor();
    await expect(page.getByRole('region', { name: /Tasa de implementación/ }).count()).resolves.toBe(0);
  });
});
