import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appWithBrowser } from './app-server.ts';

import { chooseOption, signInThroughForm } from './flows.ts';
import { seriousViolations } from './axe.ts';

const COLECTIVO = 'Colectivo por la Dignidad de las Personas Privadas de Libertad';
const NHRI = 'Comisión Nacional de Derechos Humanos de Costa Verde';

function navigation(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Navegación principal' });
}

/** The members page of the acting organisation shows this person, and the other organisation's not. */
async function untilMembersOf(page: Page, shown: string, hidden: string): Promise<void> {
  await page.getByText(shown, { exact: true }).first().waitFor();
  await page.getByText(hidden, { exact: true }).waitFor({ state: 'detached' });
}

describe('a person in two organisations chooses which one she acts for', () => {
  const app = appWithBrowser();

  it('switching from her CSO (ADMIN) to the NHRI (EDITOR) and back changes the records and controls shown, by keyboard too', async () => {
    const browser = await app.open('es-ES');
    const { page } = browser;
    await signInThroughForm(page, 'sofia.colectivo@demo.opcat');
    const switcher = page.getByRole('combobox', { name: 'Organización', exact: true });
    await switcher.waitFor();

    // Acting for the Colectivo, where she is ADMIN: its members and its audit log are hers to see.
    await chooseOption(page, switcher, COLECTIVO);
    await expect.poll(() => switcher.inputValue()).toBe(COLECTIVO);
    const audit = navigation(page).getByRole('link', { name: 'Bitácora de auditoría', exact: true });
    await audit.waitFor();
    await navigation(page).getByRole('link', { name: 'Miembros', exact: true }).click();
    await untilMembersOf(page, 'Elena Torres', 'Carmen Rojas');

    // The switcher passes axe (closed and open), and is operated from the keyboard alone.
    expect(await seriousViolations(page, ['header'])).toEqual([]);
    await switcher.focus();
    await switcher.press('ArrowDown');
    const listbox = page.getByRole('listbox');
    await listbox.waitFor();
    expect(await seriousViolations(page, ['header', '[role="listbox"]'])).toEqual([]);
    const selected = listbox.locator('[data-combobox-selected]');
    for (let step = 0; step < 3 && (await selected.textContent()) !== NHRI; step++) await switcher.press('ArrowDown');
    expect(await selected.textContent()).toBe(NHRI);
    await switcher.press('Enter');

    // Acting for the NHRI, where she is EDITOR: its members, and no audit log or member management.
    await expect.poll(() => switcher.inputValue()).toBe(NHRI);
    await untilMembersOf(page, 'Carmen Rojas', 'Elena Torres');
    await audit.waitFor({ state: 'detached' });

    // And back with the mouse: the Colectivo's records and her ADMIN controls return.
    await chooseOption(page, switcher, COLECTIVO);
    await untilMembersOf(page, 'Elena Torres', 'Carmen Rojas');
    await audit.waitFor();
    await audit.click();
    await page.getByText(`Acciones de integrantes de ${COLECTIVO}`, { exact: false }).waitFor();

    // The choice is the server's, not the page's: a reload keeps it.
    await page.reload();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Organización', exact: true }).inputValue())
      .toBe(COLECTIVO);

    // At 390 px the switcher moves into the menu and nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.getByRole('button', { name: 'Abrir o cerrar el menú' }).click();
    await page.getByRole('combobox', { name: 'Organización', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(browser.pageErrors).toEqual([]);
  }, 120_000);
});
