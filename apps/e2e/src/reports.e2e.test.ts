import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { docxText, pdfText } from '@opcat/server/src/test/report-files.ts';
import { appWithBrowser } from './app-server.ts';
import { seriousViolations } from './axe.ts';
import { saveScreenshot } from './browser.ts';
import { noHorizontalScroll, pathOf, signInThroughForm } from './flows.ts';

// The demo world as the pages name it: the unannounced visit to La Esperanza (findings at four
// classifications, interviewees) and what each version must and must not carry.
const PUBLIC_FINDING = 'Sobrepoblación crítica en los módulos de prisión preventiva';
const GROUP_FINDING = 'Ausencia de un mecanismo de queja confidencial';
const SHARED_FINDING = 'Aislamiento disciplinario prolongado sin control médico';
const PERSONAL = 'Identidad ficticia de demostración';
const MINISTRY = 'Ministerio de Justicia y Sistema Penitenciario';

const squeeze = (text: string) => text.replaceAll(/\s+/g, '');

/** Once the layout has settled after a resize (the shell folds its navigation away), nothing scrolls sideways. */

/** Clicks a download button and returns the file's bytes as the browser saved them. */
async function downloadBy(page: Page, name: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const path = await download.path();
  return readFile(path);
}

describe('visit report versions in the browser', () => {
  const app = appWithBrowser();
  let visitId = '';

  const esperanza = async () => {
    if (!visitId) {
      const [row] = await app.server.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string }[]>(`select id from visit where start_date = '2026-02-09'`);
      visitId = row?.id ?? '';
    }
    return visitId;
  };

  it('the NPM opens the report from the visit, previews the authority version and downloads its PDF', async () => {
    const { page, pageErrors } = await app.open('es-ES');
    await signInThroughForm(page, 'ana.mnp@demo.opcat');
    await page.goto(`/visits/${await esperanza()}`);
    await page.getByRole('link', { name: 'Informe de la visita' }).click();
    await page.waitForURL((url) => url.pathname === `/visits/${visitId}/report`);
    await page.getByRole('heading', { level: 1, name: 'Informe de la visita' }).waitFor();

    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    await expect.poll(() => tabs.allTextContents()).toEqual(['Confidencial', 'Para la autoridad', 'Pública']);
    await page.getByRole('tab', { name: 'Para la autoridad' }).click();
    const preview = page.getByRole('tabpanel');
    await preview.getByRole('link', { name: 'Descargar PDF' }).waitFor();
    await preview.getByText(GROUP_FINDING).waitFor();
    const previewText = (await preview.textContent()) ?? '';
    expect(previewText).not.toContain(SHARED_FINDING);
    expect(previewText).toContain('Qué queda fuera');
    expect(previewText).toContain(MINISTRY);

    const pdf = await pdfText(await downloadBy(page, 'Descargar PDF'));
    expect(squeeze(pdf.joined)).toContain(squeeze(GROUP_FINDING));
    expect(squeeze(pdf.joined)).toContain(squeeze(PUBLIC_FINDING));
    expect(squeeze(pdf.joined)).not.toContain(squeeze(SHARED_FINDING));
    expect(squeeze(pdf.joined)).not.toContain(squeeze(PERSONAL));

    expect(await seriousViolations(page, ['main'])).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await noHorizontalScroll(page);
    // The document's language: four, each named in itself; the preview's sections and the links follow it.
    await page.getByRole('main').locator('label', { hasText: 'Français' }).click();
    await expect
      .poll(() => preview.getByRole('link', { name: 'Descargar PDF' }).getAttribute('href'))
      .toContain('lang=fr');
    await preview.getByText('Constatations', { exact: true }).waitFor();
    await noHorizontalScroll(page);
    // Keyboard: the tabs are reachable and switch with the arrow keys.
    await page.getByRole('tab', { name: 'Para la autoridad' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Pública');
    await saveScreenshot(page, 'report-page-390.png');
    expect(pageErrors).toEqual([]);
  });

  it('the ministry downloads its own version; it has no confidential version', async () => {
    const { page, context } = await app.open('es-ES');
    await signInThroughForm(page, 'fernando.minjus@demo.opcat');
    await page.goto(`/visits/${await esperanza()}/report`);
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    await expect.poll(() => tabs.allTextContents()).toEqual(['Para la autoridad', 'Pública']);
    await page.getByRole('tabpanel').getByRole('link', { name: 'Descargar DOCX (Word)' }).waitFor();
    const words = await docxText(await downloadBy(page, 'Descargar DOCX (Word)'));
    expect(words).toContain(GROUP_FINDING);
    expect(words).toContain('Versión para la autoridad destinataria');
    expect(words).not.toContain(SHARED_FINDING);
    expect(words).not.toContain(PERSONAL);
    const confidential = await context.request.get(`/api/reports/visits/${visitId}/confidential.pdf`);
    expect(confidential.status()).toBe(404);
    expect(await seriousViolations(page, ['main'])).toEqual([]);
  });

  it('a CSO gets not-found for the authority version, exactly like a visit that does not exist', async () => {
    const { page, context } = await app.open('es-ES');
    await signInThroughForm(page, 'diego.voces@demo.opcat');
    await page.goto(`/visits/${await esperanza()}/report`);
    await page.getByRole('tab').first().waitFor();
    await expect.poll(() => page.getByRole('tab').allTextContents()).toEqual(['Pública']);
    const authority = await context.request.get(`/api/reports/visits/${visitId}/authority.pdf`);
    const missing = await context.request.get(`/api/reports/visits/${randomUUID()}/authority.pdf`);
    expect(authority.status()).toBe(404);
    expect(await authority.text()).toBe(await missing.text());
    expect(pathOf(page)).toBe(`/visits/${visitId}/report`);
    expect(await seriousViolations(page, ['main'])).toEqual([]);
  });
});
