import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { appWithBrowser, DEMO_PASSWORD } from './app-server.ts';
import { seriousViolations } from './axe.ts';
import { labelled, localDate, pathOf, untilSignInPage } from './flows.ts';

/**
 * Issue #17: the visit cycle walked with the keyboard alone — sign in, plan a visit, move it on site,
 * record a finding, issue a recommendation from it. Focus moves only with Tab, controls act on Enter,
 * Space and the arrow keys; no click, no `fill`. A control that Tab never reaches, or that answers
 * only to the mouse, fails the walk and names where the focus was.
 */

const PLACE = 'Hospital Psiquiátrico Nacional';
const MINISTRY = 'Ministerio de Justicia y Sistema Penitenciario';
const FINDING_TITLE = 'Contención mecánica sin registro (recorrido con teclado)';
const RECOMMENDATION_TITLE = 'Registrar toda contención mecánica (recorrido con teclado)';

/** How many Tab presses a control may be away: the navigation and a long form stay well below. */
const MAX_TABS = 120;
/** Tab presses of the whole walk, reported: a figure of how far apart the controls of the cycle are. */
let tabPresses = 0;

/** What has the focus, for a failure message. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'nothing';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '';
    return `<${el.tagName.toLowerCase()} id="${el.id}"> ${name}`;
  });
}

function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/** Presses Tab until `target` (or something inside it) has the focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.waitFor().catch((error: unknown) => {
    throw new Error(`the control is not on ${page.url()} (focus on the way: ${String(error)})`);
  });
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press('Tab');
    tabPresses++;
  }
  throw new Error(`${MAX_TABS} presses of Tab never reached the control (focus on ${await describeFocus(page)})`);
}

/** Tab to a link or button and press Enter. */
async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Tab to a text field and type into it. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/**
 * Picks an option of a Select or MultiSelect with the keyboard: Tab to it, type to narrow the list when
 * it is searchable, then ArrowDown through the options until the one wanted is highlighted, and Enter.
 */
async function chooseWithKeys(
  page: Page,
  field: Locator,
  option: string | RegExp,
  search?: string,
  multiple = false,
): Promise<void> {
  // A picker whose options are still loading is disabled: its list would change under the keys.
  await expect.poll(() => field.isEnabled(), { timeout: 15_000 }).toBe(true);
  await tabTo(page, field);
  if (search) await page.keyboard.type(search);
  await page.keyboard.press('ArrowDown');
  const listId = await field.getAttribute('aria-controls');
  if (!listId) throw new Error('the field opened no list');
  const list = page.locator(`[id="${listId}"]`);
  await list.waitFor();
  const wanted = (text: string) => (typeof option === 'string' ? text.trim() === option : option.test(text.trim()));
  // The options are counted again at each step: a list may still be narrowing to the typed search, or
  // growing while its field learns one more organisation, when the walk begins (seen once in a full run).
  const options = list.getByRole('option');
  let bound = await options.count();
  for (let step = 0; step <= bound + 1; step++) {
    bound = Math.min(Math.max(bound, await options.count()), 100);
    const highlighted = list.locator('[role="option"][data-combobox-selected]');
    if ((await highlighted.count()) > 0 && wanted((await highlighted.textContent()) ?? '')) {
      const text = ((await highlighted.textContent()) ?? '').trim();
      // Enter on a closed list would submit the form: only with the list open.
      if (!(await list.isVisible())) {
        await page.keyboard.press('ArrowDown');
        continue;
      }
      await page.keyboard.press('Enter');
      if (multiple) return;
      // Chosen, not just highlighted: a single select shows the option in its field. If the list closed
      // between the look and the key (Enter then chose nothing), open it again and go on.
      const chosen = await expect
        .poll(() => field.inputValue(), { timeout: 5_000 })
        .toBe(text)
        .then(() => true)
        .catch(() => false);
      if (chosen) return;
      await page.keyboard.press('ArrowDown');
      continue;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${String(option)} reached with ArrowDown`);
}

describe('the visit cycle with the keyboard alone (issue #17)', () => {
  const app = appWithBrowser();

  it('signs in, plans a visit, records a finding and issues a recommendation from it, never touching the mouse', async () => {
    const browser = await app.open('es-ES');
    const { page } = browser;
    // Any pointer press on the page is counted: the walk must end with none.
    await page.addInitScript(() => {
      const w = window as unknown as { pointerPresses: number };
      w.pointerPresses = 0;
      addEventListener('pointerdown', () => w.pointerPresses++, true);
    });
    await page.goto('/');
    await untilSignInPage(page);
    await typeInto(page, page.getByLabel('Correo electrónico'), 'ana.mnp@demo.opcat');
    await typeInto(page, page.getByLabel('Contraseña'), DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');

    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    await activate(page, nav.getByRole('link', { name: 'Lugares' }));
    await page.getByRole('heading', { level: 1, name: 'Lugares de privación de libertad' }).waitFor();
    await activate(page, page.getByTestId('places').getByRole('link', { name: PLACE, exact: true }));
    await page.getByRole('heading', { level: 1, name: PLACE }).waitFor();
    await activate(page, page.getByRole('link', { name: 'Planificar una visita' }));

    const plan = page.getByRole('form', { name: 'Planificar una visita' });
    await plan.waitFor();
    await chooseWithKeys(page, labelled(plan, 'Tipo de visita'), 'Visita de seguimiento');
    await typeInto(page, labelled(plan, 'Fecha de inicio'), localDate(20));
    await page.keyboard.press('Escape');
    await typeInto(page, labelled(plan, 'Fecha de fin'), localDate(20));
    await page.keyboard.press('Escape');
    await typeInto(page, labelled(plan, 'Objetivos'), 'Verificar el registro de contenciones.');
    await chooseWithKeys(page, labelled(plan, 'Agregar a una persona'), 'Ana Martínez', 'Ana');
    const add = plan.getByRole('button', { name: 'Agregar', exact: true });
    // Enabled once a person is chosen (a disabled button is not in the Tab order).
    await expect.poll(() => add.isEnabled()).toBe(true);
    await activate(page, add);
    await chooseWithKeys(page, plan.getByLabel('Especialidad de Ana Martínez'), 'Derecho');
    await chooseWithKeys(page, plan.getByLabel('Género de Ana Martínez'), 'Mujer');
    await activate(page, plan.getByRole('button', { name: 'Planificar la visita' }));
    await page.waitForURL((url) => /^\/visits\/[^/]+$/.test(url.pathname) && url.pathname !== '/visits/new');
    await page.getByRole('heading', { level: 1, name: `Visita a ${PLACE}` }).waitFor();
    const visitPath = pathOf(page);

    await activate(page, page.getByRole('button', { name: 'Pasar a: En el lugar' }));
    await page.getByRole('button', { name: 'Volver a: Planificada' }).waitFor();
    await activate(page, page.getByRole('link', { name: 'Registrar un hallazgo' }));

    const finding = page.getByRole('form', { name: 'Registrar un hallazgo' });
    await finding.waitFor();
    await typeInto(page, labelled(finding, 'Título'), FINDING_TITLE);
    await chooseWithKeys(page, labelled(finding, 'Área de monitoreo'), 'Medidas de protección');
    await chooseWithKeys(page, labelled(finding, 'Gravedad'), 'Alta');
    await chooseWithKeys(page, labelled(finding, 'Fuentes'), 'Observación directa', undefined, true);
    await page.keyboard.press('Escape');
    await typeInto(page, labelled(finding, 'Descripción'), 'Tres contenciones sin anotación en el libro.');
    await activate(page, finding.getByRole('button', { name: 'Guardar el hallazgo' }));
    await page.waitForURL((url) => url.pathname.startsWith('/findings/'));
    await page.getByRole('heading', { level: 1, name: FINDING_TITLE }).waitFor();

    await activate(page, page.getByRole('link', { name: 'Emitir una recomendación a partir de este hallazgo' }));
    const issue = page.getByRole('form', { name: 'Emitir una recomendación' });
    await issue.waitFor();
    await typeInto(page, labelled(issue, 'Referencia'), 'MNP-2026-TECLADO-01');
    await chooseWithKeys(page, labelled(issue, 'Autoridad destinataria'), MINISTRY, 'Ministerio');
    await typeInto(page, labelled(issue, 'Título'), RECOMMENDATION_TITLE);
    await typeInto(page, labelled(issue, 'Texto de la recomendación'), 'Anotar cada contención en el libro.');
    await chooseWithKeys(page, labelled(issue, 'Prioridad'), 'Alta');
    await activate(page, issue.getByRole('button', { name: 'Emitir la recomendación' }));
    await page.waitForURL(
      (url) => /^\/recommendations\/[^/]+$/.test(url.pathname) && url.pathname !== '/recommendations/new',
    );
    await page.getByRole('heading', { level: 1, name: RECOMMENDATION_TITLE }).waitFor();
    // The cycle holds together: the recommendation links back to the finding, the visit lists both.
    await page.getByRole('region', { name: 'Vínculos' }).getByRole('link', { name: FINDING_TITLE }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { pointerPresses: number }).pointerPresses)).toBe(0);
    await page.goto(visitPath);
    await page.getByTestId('findings').getByRole('link', { name: FINDING_TITLE }).waitFor();
    expect(browser.pageErrors).toEqual([]);
    console.log(`keyboard walk of the visit cycle: ${tabPresses} presses of Tab, no pointer event`);
  });
});
