import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appWithBrowser, signedIn } from './app-server.ts';
import type { TestServer } from './app-server.ts';
import { runAxe } from './axe.ts';
import { signInThroughForm } from './flows.ts';

/**
 * Every page of the app and its dialogs, as the people who use them (issue #17): axe-core finds no serious
 * or critical violation, and at 390 px (a phone) nothing scrolls sideways. The summary per page is printed.
 */

interface PageCheck {
  path: string;
  /** A dialog opened by this button (Spanish label) after the page loaded, checked too. */
  dialogButton?: string;
}

interface DemoIds {
  workingGroup: string;
  workplan: string;
  place: string;
  visit: string;
  finding: string;
  recommendation: string;
  reprisal: string | null;
}

const first = <T>(rows: T[] | undefined, what: string): T => {
  const row = rows?.[0];
  if (row === undefined) throw new Error(`the demo world has no ${what} for this user`);
  return row;
};

/** Ids of demo records the user can read, through the API as that user. */
async function demoIds(server: TestServer, email: string): Promise<DemoIds> {
  const client = await signedIn(server, email);
  const { data, errors } = await client.request<{
    workingGroups: { id: string }[];
    places: { nodes: { id: string }[] };
    visits: { nodes: { id: string }[] };
    findings: { nodes: { id: string }[] };
    recommendations: { nodes: { id: string; viewerCanAssess: boolean }[] };
    reprisalIncidents: { id: string }[];
  }>(`{
    workingGroups { id }
    places(limit: 1) { nodes { id } }
    visits(limit: 1) { nodes { id } }
    findings(limit: 1) { nodes { id } }
    recommendations(limit: 50) { nodes { id viewerCanAssess } }
    reprisalIncidents { id }
  }`);
  expect(errors).toBeUndefined();
  // The first working group of the user's that has a workplan.
  let plan: { workingGroup: string; workplan: string } | undefined;
  for (const { id } of data?.workingGroups ?? []) {
    const plans = await client.request<{ workplans: { id: string }[] }>(
      'query ($id: ID!) { workplans(workingGroupId: $id) { id } }',
      { id },
    );
    const workplan = plans.data?.workplans[0]?.id;
    if (workplan) plan = { workingGroup: id, workplan };
    if (plan) break;
  }
  if (!plan) throw new Error('the demo world has no workplan for this user');
  return {
    ...plan,
    place: first(data?.places.nodes, 'place').id,
    visit: first(data?.visits.nodes, 'visit').id,
    finding: first(data?.findings.nodes, 'finding').id,
    // One the user can act on, when there is one (its dialogs are checked too).
    recommendation: (
      data?.recommendations.nodes.find((row) => row.viewerCanAssess) ??
      first(data?.recommendations.nodes, 'recommendation')
    ).id,
    reprisal: data?.reprisalIncidents[0]?.id ?? null,
  };
}

/** Every route of the app; the dialogs only for the NPM admin, who may open them all. */
function monitorPages(ids: DemoIds, dialogs: boolean): PageCheck[] {
  const pages: PageCheck[] = [
    { path: '/' },
    { path: `/working-groups/${ids.workingGroup}` },
    { path: `/working-groups/${ids.workingGroup}/workplans` },
    { path: `/working-groups/${ids.workingGroup}/members` },
    { path: '/working-groups/new' },
    { path: `/workplans/${ids.workplan}` },
    { path: '/my-actions' },
    { path: '/organisation/members' },
    { path: '/organisation/sso' },
    { path: '/organisation/audit' },
    { path: '/recommendations' },
    { path: '/recommendations/new' },
    { path: `/recommendations/${ids.recommendation}`, dialogButton: 'Registrar el estado de implementación' },
    { path: '/reports/annual' },
    { path: '/reprisals' },
    { path: '/reprisals/new' },
    ...(ids.reprisal ? [{ path: `/reprisals/${ids.reprisal}` }] : []),
    { path: '/places', dialogButton: 'Registrar un lugar' },
    { path: `/places/${ids.place}` },
    { path: '/visits' },
    { path: '/visits/new' },
    { path: `/visits/${ids.visit}` },
    { path: `/visits/${ids.visit}/report` },
    { path: `/visits/${ids.visit}/findings/new` },
    { path: `/findings/${ids.finding}`, dialogButton: 'Cambiar clasificación' },
    { path: '/network-practices', dialogButton: 'Publicar una nota de práctica' },
    { path: '/no-such-page' },
  ];
  return dialogs ? pages : pages.map(({ path }) => ({ path }));
}

/** Loaded: the page's heading is there and no loader is spinning. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 15_000 });
}

/** How far the page scrolls sideways, once the layout settled after a resize (the navbar animates away). */
async function horizontalOverflow(page: Page): Promise<number> {
  const measure = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  let previous = await measure();
  for (let reading = 0; reading < 20; reading += 1) {
    await page.waitForTimeout(100);
    const current = await measure();
    if (current === previous) return current;
    previous = current;
  }
  return previous;
}

/**
 * Waits until nothing on the page moves: after a resize the navbar folds away and controls change size over a
 * few hundred milliseconds (the annual report's language control sat past its card's edge for ~300 ms).
 */
async function layoutSettled(page: Page): Promise<void> {
  const positions = () =>
    page.evaluate(() => {
      let sum = 0;
      for (const element of document.querySelectorAll('#main *')) {
        const box = element.getBoundingClientRect();
        sum += box.left + 3 * box.right + 7 * box.top;
      }
      return Math.round(sum);
    });
  let previous = await positions();
  for (let reading = 0; reading < 30; reading += 1) {
    await page.waitForTimeout(100);
    const current = await positions();
    if (current === previous) return;
    previous = current;
  }
}

/** The outermost elements that stick out on the right (what a failure names, to fix). */
function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > width + 1;
    return [...document.body.querySelectorAll('*')]
      .filter((element) => sticksOut(element) && !(element.parentElement && sticksOut(element.parentElement)))
      .slice(0, 5)
      .map((element) => {
        const classes = [...element.classList].filter((c) => c.startsWith('mantine-')).join('.');
        return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}" (right ${Math.round(element.getBoundingClientRect().right)})`;
      });
  });
}

/**
 * What is squeezed out of shape: a button or badge whose label is cut (the header's sign-out button read "Cerrar sesió"
 * at 1280 px, the authority's "Registrar la respuesta de la autoric" at 390 px), anything a card clips, and, with `columns` (a
 * desktop width), a table column narrower than three letters while its cells hold words (a table wider than its
 * container once squeezed its plainest column to a letter per line; on a phone tables scroll instead).
 */
function squeezed(page: Page, columns: boolean): Promise<string[]> {
  return page.evaluate((withColumns) => {
    // What shows: a visually hidden label (an actions column's header) takes no room.
    const text = (element: Element) => {
      const copy = element.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('.mantine-VisuallyHidden-root')) hidden.remove();
      return (copy.textContent ?? '').trim().replace(/\s+/g, ' ');
    };
    const narrow = [...(withColumns ? document.querySelectorAll('#main td, #main th') : [])]
      .filter((cell) => /\p{L}{4}/u.test(text(cell)) && cell.getBoundingClientRect().width < 3 * 16)
      .map((cell) => `column ${Math.round(cell.getBoundingClientRect().width)}px wide: "${text(cell).slice(0, 40)}"`);
    const buttons = [...document.querySelectorAll('.mantine-Button-label')]
      .filter((label) => label.scrollWidth > label.clientWidth + 1)
      .map((label) => `button cut: "${text(label)}"`);
    // A status cut to "En c…" says nothing (a workplan's action statuses were, at 1280 px).
    const badges = [...document.querySelectorAll('#main .mantine-Badge-label')]
      .filter((label) => label.scrollWidth > label.clientWidth + 1)
      .map((label) => `badge cut: "${text(label)}"`);
    // A card clips what is wider than it, silently (the annual report's four language choices lost "Português"
    // at 390 px): anything sticking out of its card, unless it scrolls in a container of its own.
    const scrolls = (element: Element, card: Element) => {
      for (let a = element.parentElement; a && a !== card; a = a.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    const cut = [...document.querySelectorAll('#main .mantine-Card-root, #main .mantine-Paper-root')].flatMap(
      (card) => {
        const edge = card.getBoundingClientRect().right + 1;
        const out = (element: Element) => {
          const box = element.getBoundingClientRect();
          return box.width > 1 && box.right > edge;
        };
        return [...card.querySelectorAll('*')]
          .filter((e) => out(e) && !(e.parentElement !== card && e.parentElement && out(e.parentElement)))
          .filter((e) => !scrolls(e, card))
          .map((e) => `cut by its card: ${e.tagName.toLowerCase()} "${text(e).slice(0, 40)}"`);
      },
    );
    return [...narrow, ...buttons, ...badges, ...cut].slice(0, 5);
  }, columns);
}

interface Result {
  path: string;
  axe: Record<string, number>;
  serious: string[];
  overflowAt390: number;
  overflowing?: string[];
  squeezedAt1280?: string[];
  cutAt390?: string[];
}

async function check(page: Page, target: PageCheck): Promise<Result[]> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(target.path);
  await settled(page);
  await layoutSettled(page);
  const axe = await runAxe(page);
  const squeezedAt1280 = await squeezed(page, true);
  const results: Result[] = [];
  await page.setViewportSize({ width: 390, height: 844 });
  await settled(page);
  await layoutSettled(page);
  const overflowAt390 = await horizontalOverflow(page);
  const cutAt390 = await squeezed(page, false);
  // Again on a phone: a table that scrolls there only is a region keyboard users must be able to reach.
  const axeAt390 = await runAxe(page);
  results.push({
    path: target.path,
    axe: axe.byImpact,
    serious: [...axe.seriousOrCritical, ...axeAt390.seriousOrCritical.map((s) => `at 390 px: ${s}`)],
    overflowAt390,
    overflowing: overflowAt390 > 0 ? await overflowingElements(page) : [],
    squeezedAt1280,
    cutAt390,
  });
  if (target.dialogButton) {
    await page.getByRole('button', { name: target.dialogButton }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // Checked once its opening transition ended (mid-fade, every colour is a blend).
    await page.waitForFunction(() => {
      for (let e = document.querySelector('[role="dialog"]'); e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.opacity !== '1' || style.transform.startsWith('matrix(0')) return false;
      }
      return true;
    });
    const inDialog = await runAxe(page, ['[role="dialog"]']);
    results.push({
      path: `${target.path} › ${target.dialogButton}`,
      axe: inDialog.byImpact,
      serious: inDialog.seriousOrCritical,
      overflowAt390: await horizontalOverflow(page),
    });
    // Keyboard: Escape closes the dialog and gives focus back to the page.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }
  return results;
}

describe('every page and dialog (browser)', () => {
  const app = appWithBrowser();

  it.each([
    ['the NPM admin', 'ana.mnp@demo.opcat', true],
    ['a CSO member', 'diego.voces@demo.opcat', false],
  ])(
    'as %s: axe 0 serious/critical, no sideways scroll or cut button at 390 px, nothing squeezed at 1280 px',
    async (_who, email, dialogs) => {
      const ids = await demoIds(app.server, email);
      const { page, pageErrors } = await app.open('es-ES');
      await signInThroughForm(page, email);
      const results: Result[] = [];
      // A page this user may not open answers with the not-found page: still a page to check.
      for (const target of monitorPages(ids, dialogs)) results.push(...(await check(page, target)));
      for (const result of results) {
        console.info(
          `axe ${email} ${result.path}: ${JSON.stringify(result.axe)}; overflow at 390 px: ${result.overflowAt390}px`,
        );
      }
      expect(results.flatMap((r) => r.serious.map((s) => `${r.path}: ${s}`))).toEqual([]);
      expect(
        results
          .filter((r) => r.overflowAt390 > 0)
          .map((r) => `${r.path}: ${r.overflowAt390}px: ${(r.overflowing ?? []).join('; ')}`),
      ).toEqual([]);
      expect(results.flatMap((r) => (r.squeezedAt1280 ?? []).map((what) => `${r.path}: ${what}`))).toEqual([]);
      expect(results.flatMap((r) => (r.cutAt390 ?? []).map((what) => `${r.path} at 390 px: ${what}`))).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
  );

  it('the sign-in page: axe 0 serious/critical and no sideways scroll at 390 px', async () => {
    const { page } = await app.open('es-ES');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/signin');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect((await runAxe(page)).seriousOrCritical).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
  });
});
