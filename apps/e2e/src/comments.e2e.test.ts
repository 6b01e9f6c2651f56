import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appWithBrowser } from './app-server.ts';
import { signInThroughForm } from './flows.ts';
import { seriousViolations } from './axe.ts';

/** A PUBLIC finding of the demo (in no working group), with the NPM's own note on it. */
const FINDING = 'Sobrepoblación crítica en los módulos de prisión preventiva';
const NOTE = 'Incluir en el seguimiento la población por módulo, no solo el total del centro.';

async function openFinding(page: Page) {
  await page.goto('/findings');
  await page.getByRole('link', { name: FINDING }).first().click();
  await page.getByRole('heading', { level: 1, name: FINDING }).waitFor();
}

describe("a record's comments are its discussion's (decision 0052)", () => {
  const app = appWithBrowser();

  it('the NPM reads its note on a published finding; the police, who read the finding, see no comments at all', async () => {
    const npm = await app.open('es-ES');
    await signInThroughForm(npm.page, 'ana.mnp@demo.opcat');
    await openFinding(npm.page);
    const comments = npm.page.getByRole('region', { name: /^Comentarios/ });
    await comments.getByText(NOTE).waitFor();

    const police = await app.open('es-ES');
    await signInThroughForm(police.page, 'hector.policia@demo.opcat');
    await openFinding(police.page);
    await police.page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await police.page.getByRole('region', { name: /^Comentarios/ }).count()).toBe(0);
    expect(await police.page.getByText(NOTE).count()).toBe(0);
    expect(await seriousViolations(police.page, ['main'])).toEqual([]);
    expect(police.pageErrors).toEqual([]);
  });
});
