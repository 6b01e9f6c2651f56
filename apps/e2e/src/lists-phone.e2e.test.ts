import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { appWithBrowser } from './app-server.ts';
import { seriousViolations } from './axe.ts';
import { saveScreenshot } from './browser.ts';
import { chooseOption, noHorizontalScroll, signInThroughForm } from './flows.ts';

/**
 * Lists on a phone: one card per record with every column labelled, instead of a table several screens wide
 * to scroll through sideways (the tracker's nine columns: the State's and the monitor's statuses were off
 * screen); the filters past the search fold behind a button so the list starts on the first screen.
 */
describe('lists at 390 px', () => {
  const app = appWithBrowser();

  it('shows cards with every column labelled, folds the filters, keeps them open while they narrow the list', async () => {
    const browser = await app.open('es-ES');
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await signInThroughForm(page, 'ana.mnp@demo.opcat');
    await page.goto('/recommendations');

    const cards = page.getByRole('list', { name: /^Recomendaciones 1 a \d+ de \d+$/ }).getByRole('listitem');
    await cards.first().waitFor();
    // The table is not shown (nor in the accessibility tree) at this width.
    expect(await page.getByTestId('recommendations').isVisible()).toBe(false);
    const card = cards.filter({ has: page.getByRole('link', { name: 'MNP-XV-2026-004' }) });
    expect(await card.count()).toBe(1);
    const text = (await card.innerText()).replace(/\s+/g, ' ');
    for (const expected of [
      'Medidas urgentes contra la sobrepoblación',
      'Autoridad destinataria Ministerio de Justicia y Sistema Penitenciario',
      'Según el Estado En curso',
      'Según el monitoreo No implementada',
      'Aceptación Aceptada parcialmente',
      'Respuesta esperada',
      'Clasificación',
    ]) {
      expect(text).toContain(expected);
    }

    // Folded: only the search and the overdue switch; the button unfolds the rest.
    const filters = page.getByRole('region', { name: 'Filtros' });
    const more = filters.getByRole('button', { name: 'Más filtros' });
    expect(await filters.getByLabel('Prioridad').count()).toBe(0);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.focus();
    await page.keyboard.press('Enter');
    await filters.getByLabel('Prioridad', { exact: true }).waitFor();
    expect(await filters.getByRole('button', { name: 'Menos filtros' }).getAttribute('aria-expanded')).toBe('true');

    // A filter past the search keeps the filters open on the next visit, and the button is gone.
    await page.goto('/recommendations?priority=URGENT');
    await filters.getByLabel('Prioridad', { exact: true }).waitFor();
    expect(await filters.getByRole('button', { name: /^(Más|Menos) filtros$/ }).count()).toBe(0);
    await cards.first().waitFor();
    expect(await cards.allInnerTexts()).toSatisfy((all: string[]) => all.every((t) => t.includes('Urgente')));

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    // The reprisal incidents that name her: cards as well.
    await page.goto('/reprisals');
    const incidents = page.getByRole('list', { name: /^\d+ incidentes? que te nombran?$/ }).getByRole('listitem');
    await incidents.first().waitFor();
    const incident = (await incidents.first().innerText()).replace(/\s+/g, ' ');
    for (const expected of ['Fecha del hecho', 'Forma de represalia', 'Situación', 'Personas que pueden verlo']) {
      expect(incident).toContain(expected);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/recommendations');
    await cards.first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const shot = await saveScreenshot(page, 'tracker-390-es.png');
    expect(shot.bytes).toBeGreaterThan(20 * 1024);
    expect(browser.pageErrors).toEqual([]);
  }, 120_000);

  it('the visits and the findings library are cards too; the library folds its facets', async () => {
    const browser = await app.open('es-ES');
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await signInThroughForm(page, 'bruno.mnp@demo.opcat');

    await page.goto('/visits');
    const visits = page.getByRole('list', { name: /^Visitas 1 a \d+ de \d+$/ }).getByRole('listitem');
    await visits.first().waitFor();
    expect(await page.getByTestId('visits').isVisible()).toBe(false);
    const mirador = (await visits.filter({ hasText: 'El Mirador' }).first().innerText()).replace(/\s+/g, ' ');
    for (const expected of ['Lugares Centro de Detención Preventiva El Mirador', 'Tipo Visita temática', 'Etapa']) {
      expect(mirador).toContain(expected);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);

    // Folded facets are not counted (the page's dearest query); unfolded, they are, with their counts.
    const facetQueries: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('FindingsLibraryPage_Facets')) facetQueries.push(request.url());
    });
    await page.goto('/findings');
    const findings = page.getByRole('list', { name: 'Hallazgos' }).getByRole('listitem');
    await findings.first().waitFor();
    const filters = page.getByRole('region', { name: 'Filtros' });
    expect(await filters.getByLabel('Ámbito de monitoreo', { exact: true }).count()).toBe(0);
    expect(facetQueries).toEqual([]);
    await filters.getByRole('button', { name: 'Más filtros' }).click();
    await filters.getByLabel('Ámbito de monitoreo', { exact: true }).click();
    await page.getByRole('option', { name: /^Trato \(\d+\)$/ }).waitFor();
    await page.keyboard.press('Escape');
    expect(facetQueries).toHaveLength(1);
    const first = (await findings.first().innerText()).replace(/\s+/g, ' ');
    for (const expected of ['Lugar', 'Área de monitoreo', 'Gravedad', 'Clasificación'])
      expect(first).toContain(expected);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  }, 120_000);
});

describe('registers and the organisation pages at 390 px', () => {
  const app = appWithBrowser();

  it('places, members and the audit log are cards with labelled fields; the admin changes a role from a card', async () => {
    const browser = await app.open('es-ES');
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await signInThroughForm(page, 'ana.mnp@demo.opcat');
    const fits = async () => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousViolations(page)).toEqual([]);
    };

    await page.goto('/places');
    const places = page.getByTestId('places-cards').getByRole('listitem');
    const esperanza = places.filter({ has: page.getByRole('link', { name: 'Centro Penitenciario La Esperanza' }) });
    await esperanza.waitFor();
    expect(await page.getByTestId('places').isVisible()).toBe(false);
    const place = (await esperanza.innerText()).replace(/\s+/g, ' ');
    for (const expected of ['Capacidad 1200', 'Población actual', 'Ocupación', 'Sobrepoblación', 'Última visita']) {
      expect(place).toContain(expected);
    }
    await fits();

    await page.goto('/organisation/members');
    const members = page.getByTestId('org-members-cards').getByRole('listitem');
    const bruno = members.filter({ hasText: 'Bruno Quispe' });
    await bruno.waitFor();
    expect((await bruno.innerText()).replace(/\s+/g, ' ')).toContain('Correo electrónico bruno.mnp@demo.opcat');
    await bruno.getByRole('button', { name: 'Quitar a Bruno Quispe' }).waitFor();
    // Her own card has no remove button.
    expect(await members.filter({ hasText: 'Ana Martínez' }).getByRole('button').count()).toBe(0);
    await fits();
    await chooseOption(page, bruno.getByRole('combobox', { name: 'Rol de Bruno Quispe' }), 'Lector/a');
    await page.getByRole('status').filter({ hasText: 'Ahora Bruno Quispe tiene el rol Lector/a.' }).waitFor();
    await page.reload();
    await expect.poll(() => bruno.getByRole('combobox', { name: 'Rol de Bruno Quispe' }).inputValue()).toBe('Lector/a');

    await page.goto('/organisation/audit');
    const entries = page.getByTestId('audit-log-cards').getByRole('listitem');
    await entries.first().waitFor();
    const entry = (await entries.first().innerText()).replace(/\s+/g, ' ');
    for (const expected of ['N.º', 'Fecha y hora', 'Persona', 'Acción', 'Objeto']) expect(entry).toContain(expected);
    await fits();
    expect(browser.pageErrors).toEqual([]);
  });
});

/** How far a table scrolls sideways in its scroll container (Mantine's Table.ScrollContainer). */
function sidewaysScroll(table: Locator): Promise<number> {
  return table.evaluate((t) => {
    const container = t.closest('.mantine-ScrollArea-viewport');
    if (!container) throw new Error('the table has no scroll container');
    return container.scrollWidth - container.clientWidth;
  });
}

describe('the tracker and the findings on a laptop and a tablet', () => {
  const app = appWithBrowser();

  it("at 1280 px whole rows are in view: the tracker's statuses and due date, a visit's findings beside its panel", async () => {
    const browser = await app.open('es-ES');
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInThroughForm(page, 'ana.mnp@demo.opcat');
    await page.goto('/recommendations');
    const table = page.getByTestId('recommendations');
    await table.locator('tbody tr').first().waitFor();
    // The table fits its column: its scroll container has nothing to scroll.
    expect(await sidewaysScroll(table)).toBeLessThanOrEqual(0);
    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers).toEqual([
      'Recomendación',
      'Autoridad destinataria',
      'Aceptación',
      'Según el Estado',
      'Según el monitoreo',
      'Respuesta esperada',
    ]);
    // The row header names the priority and the classification the table no longer gives columns.
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'MNP-XV-2026-004' }) });
    const header = (await row.getByRole('rowheader').innerText()).replace(/\s+/g, ' ');
    expect(header).toMatch(/MNP-XV-2026-004 Medidas urgentes .* Prioridad (urgente|alta|media|baja)/);
    const last = await row.getByRole('cell').last().boundingBox();
    expect((last?.x ?? Infinity) + (last?.width ?? 0)).toBeLessThanOrEqual(1280);
    expect(await seriousViolations(page, ['main'])).toEqual([]);
    await saveScreenshot(page, 'tracker-1280-es.png');

    // The visit page's findings list fits beside the page's panel (the classification sits under the title).
    const [visit] = await app.server.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(`select id from visit where start_date = '2026-02-09'`);
    await page.goto(`/visits/${visit?.id}`);
    const findings = page.getByTestId('findings');
    await findings.locator('tbody tr').first().waitFor();
    expect(await findings.locator('thead th').allInnerTexts()).toEqual([
      'Título',
      'Lugar',
      'Área de monitoreo',
      'Gravedad',
    ]);
    expect(await sidewaysScroll(findings)).toBeLessThanOrEqual(0);

    // "My actions" are all her organisation's, which the page names: no column repeats it on every row.
    await page.goto('/my-actions');
    const actions = page.getByTestId('actions-table');
    await actions.locator('tbody tr').first().waitFor();
    expect(await actions.locator('thead th').allInnerTexts()).toEqual(['Acción', 'Estado', 'Fecha límite']);

    // At 1024 px (a tablet held sideways, a small laptop) the tracker's column is narrower than its table: the
    // rows are cards, as on a phone, not a table scrolled sideways; back at 1280 px, a table again.
    await page.goto('/recommendations');
    await table.locator('tbody tr').first().waitFor();
    await page.setViewportSize({ width: 1024, height: 800 });
    const cards = page.getByTestId('recommendations-cards');
    await cards.getByRole('listitem').first().waitFor();
    expect(await table.count()).toBe(0);
    const card = cards.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'MNP-XV-2026-004' }) });
    expect(await card.innerText()).toMatch(/Respuesta esperada\n/);
    await noHorizontalScroll(page);
    expect(await seriousViolations(page, ['main'])).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await table.locator('tbody tr').first().waitFor();
    expect(await cards.count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });
});
