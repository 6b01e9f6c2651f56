import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { signedIn, startAppServer } from './app-server.ts';
import type { TestServer } from './app-server.ts';
import { openBrowser, saveScreenshot } from './browser.ts';
import type { BrowserSession } from './browser.ts';
import { noHorizontalScroll, openWorkplanThroughNavigation, signInThroughForm } from './flows.ts';
import { seriousViolations } from './axe.ts';

// The demo world (apps/server/src/db/demo-world.ts, demo-workplan.ts) as the pages name it.
const NATIONAL_GROUP = 'Grupo de Trabajo Nacional para la Prevención de la Tortura';
const PLAN = 'Plan de trabajo conjunto 2026–2027';
const DIEGO = 'diego.voces@demo.opcat';
/** More than one page (20) of each: the pages must offer the rest on demand. */
const SEEDED = 25;

const PLANS = /* GraphQL */ `
  query Plans($workingGroupId: ID!) {
    workplans(workingGroupId: $workingGroupId) {
      id
      title
    }
  }
`;
const GROUPS = /* GraphQL */ `
  query Groups {
    workingGroups {
      id
      name
    }
  }
`;

/** The open tab panel: what these pages render (the shell around it is checked by the other browser tests). */
const TAB_PANEL = ['[role="tabpanel"]'];

describe('the workplan page pages its discussion and its versions', () => {
  let server: TestServer;
  let browser: BrowserSession | undefined;

  beforeAll(async () => {
    server = await startAppServer();
    // Seeded through the API as a member writes them: more comments and versions than one page holds.
    const diego = await signedIn(server, DIEGO);
    const groups = await diego.request<{ workingGroups: { id: string; name: string }[] }>(GROUPS);
    const groupId = groups.data?.workingGroups.find((g) => g.name === NATIONAL_GROUP)?.id;
    const plans = await diego.request<{ workplans: { id: string; title: string }[] }>(PLANS, {
      workingGroupId: groupId,
    });
    const planId = plans.data?.workplans.find((p) => p.title === PLAN)?.id;
    if (!planId) throw new Error(`no demo plan: ${JSON.stringify(plans)}`);
    for (let i = 0; i < SEEDED; i++) {
      const comment = await diego.request<{ commentOnWorkplan: { userErrors: unknown[] } }>(
        'mutation C($input: CommentOnWorkplanInput!) { commentOnWorkplan(input: $input) { userErrors { code } } }',
        { input: { workplanId: planId, body: `Comentario E2E ${String(i).padStart(2, '0')}` } },
      );
      expect(comment.data?.commentOnWorkplan.userErrors).toEqual([]);
      const version = await diego.request<{ saveNarrativeVersion: { userErrors: unknown[] } }>(
        'mutation V($input: SaveNarrativeVersionInput!) { saveNarrativeVersion(input: $input) { userErrors { code } } }',
        { input: { workplanId: planId, name: `Versión E2E ${String(i).padStart(2, '0')}` } },
      );
      expect(version.data?.saveNarrativeVersion.userErrors).toEqual([]);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the newest comments and versions, the earlier ones on demand by keyboard, accessibly at 390 px', async () => {
    browser = await openBrowser({ baseURL: server.url, locale: 'es-ES' });
    const { page } = browser;
    await signInThroughForm(page, DIEGO);
    await openWorkplanThroughNavigation(page, NATIONAL_GROUP, PLAN);
    await page.setViewportSize({ width: 390, height: 844 });

    // Discussion: the newest page, oldest of it at the top, and a way to the earlier ones.
    await page.getByRole('tab', { name: 'Discusión' }).click();
    const thread = page.getByTestId('discussion-thread');
    const comments = thread.getByRole('article');
    await expect.poll(() => comments.count()).toBe(20);
    expect(await comments.first().textContent()).toContain('Comentario E2E 05');
    expect(await comments.last().textContent()).toContain('Comentario E2E 24');
    expect(await seriousViolations(page, TAB_PANEL)).toEqual([]);
    await noHorizontalScroll(page);
    const earlier = thread.getByRole('button', { name: 'Ver comentarios anteriores' });
    await earlier.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => comments.count()).toBe(SEEDED);
    expect(await comments.first().textContent()).toContain('Comentario E2E 00');
    expect(await earlier.count()).toBe(0);
    await noHorizontalScroll(page);

    // Versions: newest first, older ones on demand.
    await page.getByRole('tab', { name: /Historial de versiones/ }).click();
    const rows = page.getByTestId('version-history').getByRole('row');
    // One header row and a page of versions.
    await expect.poll(() => rows.count()).toBe(21);
    expect(await rows.nth(1).textContent()).toContain('Versión E2E 24');
    // The theme's default filled-blue and subtle-orange buttons (Save, Restore) miss AA contrast
    // app-wide: a theme fix, outside this change. Everything else in the panel must pass.
    expect(await seriousViolations(page, TAB_PANEL)).toEqual([]);
    const older = page.getByRole('button', { name: 'Ver versiones anteriores' });
    await older.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(SEEDED + 1);
    expect(await rows.last().textContent()).toContain('Versión E2E 00');
    await noHorizontalScroll(page);
    const shot = await saveScreenshot(page, 'workplan-versions-390.png');
    expect(shot.bytes).toBeGreaterThan(5_000);

    // Priorities and actions still come from the page query's paged priorities.
    await page.getByRole('tab', { name: /Prioridades y acciones/ }).click();
    // On a phone, one card per action with its fields labelled (a table would scroll sideways).
    const actions = page.getByTestId('actions-table-cards').getByRole('listitem');
    await expect.poll(() => actions.count()).toBeGreaterThan(1);
    expect(await actions.first().innerText()).toMatch(/Organización responsable\n+.+/);
    // An overdue action's card is edged in red, besides its "Vencida" badge; the others are not.
    const edged = (cards: Locator) =>
      cards.evaluateAll((items) => items.map((item) => getComputedStyle(item).borderInlineStartWidth === '4px'));
    const overdue = actions.filter({ has: page.getByTestId('overdue') });
    const onTime = actions.filter({ hasNot: page.getByTestId('overdue') });
    expect(await overdue.count()).toBeGreaterThan(0);
    expect(await edged(overdue)).toEqual(Array(await overdue.count()).fill(true));
    expect(await edged(onTime)).toEqual(Array(await onTime.count()).fill(false));
    expect(await seriousViolations(page, TAB_PANEL)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
