import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './app-server.ts';

/** The sign-in form's words, as apps/web/src/i18n/<language>.json has them. */
export const SIGN_IN_LABELS = {
  es: { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' },
  en: { email: 'Email', password: 'Password', submit: 'Sign in' },
} as const;

/** Nothing on the page scrolls sideways at its current width (polled: the shell settles after a resize). */
export async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(0);
}

/** The path part of the page's URL. */
export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** Waits until the app is on the sign-in page and its form is usable. */
export async function untilSignInPage(page: Page, language: keyof typeof SIGN_IN_LABELS = 'es'): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/signin');
  await page.getByRole('button', { name: SIGN_IN_LABELS[language].submit, exact: true }).waitFor();
}

/** Fills the form by its labels, as a person would, and submits it (does not wait for the outcome). */
export async function submitSignIn(
  page: Page,
  email: string,
  password: string = DEMO_PASSWORD,
  language: keyof typeof SIGN_IN_LABELS = 'es',
): Promise<void> {
  const labels = SIGN_IN_LABELS[language];
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

/** Opens the app signed out, signs in through the form and waits for the home page of the shell. */
export async function signInThroughForm(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await untilSignInPage(page);
  await submitSignIn(page, email);
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('navigation').first().waitFor();
}

/** The `<html lang>` the app set for its current language. */
export function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}

/**
 * Picks an option in a Mantine Select or MultiSelect the way a person does: opens the field (or types
 * `search` into it), then clicks the option by its accessible name in the listbox that field controls,
 * so an option of the same name in another, closing dropdown is never clicked by mistake.
 */
export async function chooseOption(
  page: Page,
  field: Locator,
  option: string | RegExp,
  opts: { search?: string } = {},
): Promise<void> {
  const open = field.and(page.locator('[aria-controls]'));
  if (opts.search !== undefined) await field.fill(opts.search);
  else if ((await open.count()) > 0) {
    // A MultiSelect keeps its list open after a pick: the next pick is in the same list.
  } else if ((await field.getAttribute('data-type')) === 'hidden') {
    // A MultiSelect holding values hides its input behind the pills: open it from the keyboard.
    await field.focus();
    await field.press('ArrowDown');
  } else await field.click();
  await open.waitFor();
  const listId = await open.getAttribute('aria-controls');
  await page
    .locator(`[id="${listId}"]`)
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .click();
}

/** The cell texts of each body row of a table, trimmed. */
export function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => (cell.textContent ?? '').trim())));
}

/** One field of each card of a ResponsiveTable's card list: the value under its label. */
export async function cardField(cards: Locator, label: string): Promise<(string | undefined)[]> {
  const texts = await cards.getByRole('listitem').allInnerTexts();
  return texts.map((text) => new RegExp(`(?:^|\\n)${label}\\n+(.+)`).exec(text)?.[1]);
}

/** The text of the link in each body row's header (a list's records, by the link that opens each). */
export function rowHeaderLinks(table: Locator): Promise<string[]> {
  return table.locator('tbody tr th a').evaluateAll((links) => links.map((link) => (link.textContent ?? '').trim()));
}

/** A calendar date `days` from today in the machine's time zone (the browser's too), as YYYY-MM-DD. */
export function localDate(days = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A LocalDate as the app's Spanish date fields show it (DD/MM/YYYY). */
export function spanishDate(localDateValue: string): string {
  const [year, month, day] = localDateValue.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * Types a LocalDate into a date field (the fields accept YYYY-MM-DD in every language) and closes its
 * calendar, which would otherwise cover the fields below it.
 */
export async function fillDate(field: Locator, localDateValue: string): Promise<void> {
  await field.fill(localDateValue);
  await field.press('Escape');
}

/**
 * The form control labelled exactly `label`; a required field's label also carries Mantine's " *",
 * which is part of its accessible name.
 */
export function labelled(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}

/** The words of the way to a workplan, as apps/web/src/i18n/<language>{,.workplan}.json have them. */
export const WORKPLAN_LABELS = {
  es: {
    navigation: 'Navegación principal',
    workplans: 'Ver planes de trabajo conjuntos',
    narrative: 'Texto de la narrativa del plan',
  },
  en: { navigation: 'Main navigation', workplans: 'See joint workplans', narrative: 'Plan narrative text' },
} as const;

/**
 * Goes to a workplan the way a member does: the working group in the navigation, its joint
 * workplans, then the plan; waits until the live narrative is connected to /collab.
 */
export async function openWorkplanThroughNavigation(
  page: Page,
  groupName: string,
  planTitle: string,
  language: keyof typeof WORKPLAN_LABELS = 'es',
): Promise<Locator> {
  const labels = WORKPLAN_LABELS[language];
  // A navigation link's name is the group's name followed by the kind of group.
  const escaped = groupName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page
    .getByRole('navigation', { name: labels.navigation })
    .getByRole('link', { name: new RegExp(`^${escaped}`) })
    .click();
  await page.getByRole('heading', { level: 1, name: groupName, exact: true }).waitFor();
  await page.getByRole('link', { name: labels.workplans, exact: true }).click();
  await page.getByRole('table').getByRole('link', { name: planTitle, exact: true }).click();
  // The page's title; the plan's narrative may open with the same heading once the editor has loaded.
  await page.getByRole('heading', { level: 1, name: planTitle, exact: true }).first().waitFor();
  await untilCollabConnected(page);
  return page.getByRole('textbox', { name: labels.narrative });
}

/** Waits until the live editor's connection badge says it is connected to /collab. */
export async function untilCollabConnected(page: Page): Promise<void> {
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
}

/**
 * The text of each top-level block of a live editor, without the other people's caret labels
 * (they are widgets inside the text, so `textContent` would include them).
 */
export function editorBlocks(editor: Locator): Promise<string[]> {
  return editor.evaluate((root) =>
    Array.from(root.children, (block) => {
      const copy = block.cloneNode(true) as Element;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      return (copy.textContent ?? '').trim();
    }),
  );
}
