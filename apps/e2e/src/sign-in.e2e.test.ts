import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { appWithBrowser } from './app-server.ts';
import { saveScreenshot } from './browser.ts';
import { htmlLang, pathOf, signInThroughForm, submitSignIn, untilSignInPage } from './flows.ts';

const NATIONAL_GROUP = 'Grupo de Trabajo Nacional para la Prevención de la Tortura';
const NPM = 'Mecanismo Nacional de Prevención de la Tortura (Defensoría del Pueblo de Costa Verde)';
const MINISTRY = 'Ministerio de Justicia y Sistema Penitenciario';

/** Member organisation → role in the national working group, as apps/server/src/db/demo-world.ts seeds it. */
const NATIONAL_GROUP_ROLES = {
  [NPM]: 'CHAIR',
  'Comisión Nacional de Derechos Humanos de Costa Verde': 'MEMBER',
  'Centro de Derechos Humanos Voces Libres': 'MEMBER',
  'Colectivo por la Dignidad de las Personas Privadas de Libertad': 'MEMBER',
  [MINISTRY]: 'MEMBER',
  'Policía Nacional de Costa Verde': 'MEMBER',
  'Oficina Regional del ACNUDH para América Central': 'OBSERVER',
  'Alianza Internacional para la Prevención de la Tortura': 'OBSERVER',
} as const;

const ROLE_NAMES = {
  es: { CHAIR: 'Presidencia', MEMBER: 'Integrante', OBSERVER: 'Observador/a' },
  en: { CHAIR: 'Chair', MEMBER: 'Member', OBSERVER: 'Observer' },
} as const;

function expectedRoles(language: 'es' | 'en'): Record<string, string> {
  return Object.fromEntries(
    Object.entries(NATIONAL_GROUP_ROLES).map(([organisation, role]) => [organisation, ROLE_NAMES[language][role]]),
  );
}

/** The members table as text: the header cells, and one array of cell texts per member row. */
async function readTable(table: Locator): Promise<{ header: string[]; rows: string[][] }> {
  const header = await table.locator('thead th').allTextContents();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => (cell.textContent ?? '').trim())));
  return { header: header.map((text) => text.trim()), rows };
}

/** Organisation name (first column) → role (last column). */
function rolesByOrganisation(rows: string[][]): Record<string, string | undefined> {
  return Object.fromEntries(rows.map((cells) => [cells[0] ?? '', cells.at(-1)]));
}

async function openNationalGroupFromNavbar(page: Page, navigationLabel: string): Promise<void> {
  await page.getByRole('navigation', { name: navigationLabel }).getByRole('link', { name: NATIONAL_GROUP }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/working-groups/'));
  await page.getByRole('heading', { level: 1, name: NATIONAL_GROUP }).waitFor();
}

describe('signing in (browser)', () => {
  const app = appWithBrowser();

  it("a Spanish-speaking monitor signs in and sees her working group's member organisations in Spanish", async () => {
    const browser = await app.open('es-ES');
    const { page } = browser;

    await page.goto('/');
    await untilSignInPage(page, 'es');
    expect(await htmlLang(page)).toBe('es');

    await submitSignIn(page, 'ana.mnp@demo.opcat');
    await page.waitForURL((url) => url.pathname === '/');
    // The header names the organisation she acts for.
    await page.getByRole('banner').getByText(NPM, { exact: true }).waitFor();

    await openNationalGroupFromNavbar(page, 'Navegación principal');
    expect(await page.title()).toBe(`${NATIONAL_GROUP} · opcat-hub`);
    const table = page.getByTestId('wg-members');
    const { header, rows } = await readTable(table);
    expect(header).toEqual(['Organización', 'Tipo', 'País', 'Rol en el grupo']);
    expect(rolesByOrganisation(rows)).toEqual(expectedRoles('es'));
    expect(rows.find((cells) => cells[0] === MINISTRY)?.[1]).toBe('Autoridad del Estado');
    expect(rows.find((cells) => cells[0] === NPM)?.[1]).toBe('Mecanismo Nacional de Prevención');
    expect(await htmlLang(page)).toBe('es');

    const shot = await saveScreenshot(page, 'working-group-es.png');
    expect(shot.bytes).toBeGreaterThan(10 * 1024);
    expect(browser.pageErrors).toEqual([]);
  });

  it('a wrong password shows the Spanish invalid-credentials message and starts no session', async () => {
    const browser = await app.open('es-ES');
    const { page } = browser;

    await page.goto('/signin');
    await untilSignInPage(page, 'es');
    await submitSignIn(page, 'ana.mnp@demo.opcat', 'not-the-password');

    const alert = page.getByRole('alert').filter({ hasText: 'No se pudo iniciar la sesión' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('El correo electrónico o la contraseña no son correctos.');
    expect(pathOf(page)).toBe('/signin');
    await saveScreenshot(page, 'signin-invalid-es.png');

    // Nothing signed-in is reachable: the shell sends the visitor back to the form.
    await page.goto('/');
    await untilSignInPage(page, 'es');
    expect(await browser.context.cookies()).toEqual([]);
  });

  it('switching the sign-in page to English relabels the form and the page language', async () => {
    const browser = await app.open('es-ES');
    const { page } = browser;

    await page.goto('/signin');
    await untilSignInPage(page, 'es');
    await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();

    await untilSignInPage(page, 'en');
    // The switcher's own label follows the language too.
    const english = page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'English' });
    expect(await english.getAttribute('aria-pressed')).toBe('true');
    await page.getByLabel('Email').waitFor();
    await page.getByLabel('Password').waitFor();
    expect(await page.getByLabel('Correo electrónico').count()).toBe(0);
    expect(await htmlLang(page)).toBe('en');
    await submitSignIn(page, 'ana.mnp@demo.opcat', 'not-the-password', 'en');
    await page.getByRole('alert').filter({ hasText: 'The email or password is not correct.' }).waitFor();
  });

  it("a monitor who switches the shell to English sees the group's roles in English, also after a reload", async () => {
    const browser = await app.open('es-ES');
    const { page } = browser;

    await signInThroughForm(page, 'carmen.cndh@demo.opcat');
    await openNationalGroupFromNavbar(page, 'Navegación principal');
    expect(rolesByOrganisation((await readTable(page.getByTestId('wg-members'))).rows)).toEqual(expectedRoles('es'));

    await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
    const table = page.getByTestId('wg-members');
    await expect
      .poll(async () => (await readTable(table)).header)
      .toEqual(['Organisation', 'Type', 'Country', 'Role in the group']);
    expect(rolesByOrganisation((await readTable(table)).rows)).toEqual(expectedRoles('en'));
    expect(await htmlLang(page)).toBe('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();

    // Remembered in this browser and on the account: the reloaded page signs in again in English.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: NATIONAL_GROUP }).waitFor();
    expect(rolesByOrganisation((await readTable(page.getByTestId('wg-members'))).rows)).toEqual(expectedRoles('en'));
    expect(await htmlLang(page)).toBe('en');
    const shot = await saveScreenshot(page, 'working-group-en.png');
    expect(shot.bytes).toBeGreaterThan(10 * 1024);
    expect(browser.pageErrors).toEqual([]);
  });
});
