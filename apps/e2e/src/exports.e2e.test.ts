import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { appWithBrowser } from './app-server.ts';
import { seriousViolations } from './axe.ts';
import { signInThroughForm } from './flows.ts';

const MINISTRY = 'Ministerio de Justicia y Sistema Penitenciario';

describe('exports and imports in the browser', () => {
  const app = appWithBrowser();

  it('an NPM editor exports the recommendations as CSV, then imports a small spreadsheet (axe clean, 390 px)', async () => {
    const browser = await app.open('es-ES');
    const { page } = browser;
    await signInThroughForm(page, 'bruno.mnp@demo.opcat');

    // Export: the menu on the tracker downloads the list as filtered on screen.
    await page.goto('/recommendations');
    const exportButton = page.getByTestId('export-RECOMMENDATIONS');
    await exportButton.waitFor();
    await exportButton.click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'CSV (texto separado por comas)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^opcat-recommendations-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const [header] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header).toBe(
      'id,reference,title,text,source,addressee,theme,level,priority,issuedOn,targetDate,responseDueOn,acceptance,stateStatus,monitorStatus,classification,ownerOrganisation',
    );
    expect(csv.split(/\r?\n/).filter(Boolean).length).toBeGreaterThan(1);

    // Import: from the same menu, a two-row file with one bad row is refused, a good one imported.
    await exportButton.click();
    await page.getByRole('menuitem', { name: 'Importar' }).click();
    await page.getByRole('heading', { name: 'Importar una hoja de cálculo' }).waitFor();
    expect(await seriousViolations(page, ['main'])).toEqual([]);
    const header2 = 'reference,title,source,addressee,level,priority,issuedOn';
    const upload = async (rows: string[]) => {
      await page.locator('input[type="file"]').setInputFiles({
        name: 'recomendaciones.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from([header2, ...rows].join('\n')),
      });
      await page.getByRole('button', { name: 'Revisar el archivo' }).click();
    };
    await upload([`E2E-1,Registro de custodia,NPM_VISIT_REPORT,${MINISTRY},POLICY,ALTA,2026-04-01`]);
    await page.getByTestId('import-errors').getByText('"ALTA" is not accepted', { exact: false }).waitFor();
    expect(await page.getByTestId('import-commit').count()).toBe(0);
    expect(await seriousViolations(page, ['main'])).toEqual([]);

    await upload([`E2E-1,Registro de custodia,NPM_VISIT_REPORT,${MINISTRY},POLICY,HIGH,2026-04-01`]);
    const commit = page.getByTestId('import-commit');
    await commit.waitFor();
    await commit.click();
    await page.getByTestId('import-done').getByText('Importada 1 fila.').waitFor();

    // The imported recommendation is in the tracker.
    await page.goto('/recommendations?search=E2E-1');
    await page.getByText('Registro de custodia').first().waitFor();

    // The import page at 390 px: no sideways scroll.
    await page.goto('/imports');
    await page.setViewportSize({ width: 390, height: 800 });
    await page.getByRole('heading', { name: 'Importar una hoja de cálculo' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(browser.pageErrors).toEqual([]);
  }, 120_000);
});
