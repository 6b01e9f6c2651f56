import { describe, expect, it } from 'vitest';
import { appWithBrowser } from './app-server.ts';
import { seriousViolations } from './axe.ts';
import { chooseOption, signInThroughForm } from './flows.ts';

const NOTE_TITLE = 'Registro de ingreso con fotografía de lesiones';

describe('a practice note published to the regional network', () => {
  const app = appWithBrowser();

  it('a network member writes it from the keyboard at 390 px, sees the checks in Spanish, and the network lists it', async () => {
    const { page } = await app.open('es-ES');
    await page.setViewportSize({ width: 390, height: 844 });
    // Lucía works for the Sierra Alta NPM, a member of the regional network (demo world).
    await signInThroughForm(page, 'lucia.mnpsa@demo.opcat');
    await page.goto('/network-practices');
    await page.getByRole('heading', { level: 1, name: 'Buenas prácticas de las redes regionales' }).waitFor();
    const opener = page.getByRole('button', { name: 'Publicar una nota de práctica' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nota de práctica para la red' });
    await dialog.waitFor();

    // Sent empty: every required field says so in the app's language, and nothing is published.
    await dialog.getByRole('button', { name: 'Publicar' }).click();
    expect(await dialog.getByText('Este campo es obligatorio.').count()).toBe(4);
    expect(await seriousViolations(page, ['[role="dialog"]'])).toEqual([]);

    await chooseOption(page, dialog.getByRole('combobox', { name: 'Red regional' }), /.+/);
    await dialog.getByRole('textbox', { name: 'Título' }).fill(NOTE_TITLE);
    await chooseOption(page, dialog.getByRole('combobox', { name: 'Tema' }), 'Trato');
    // Too short for the server (10 characters at least): its answer lands on the field.
    const text = dialog.getByRole('textbox', { name: 'Texto' });
    await text.fill('Corta');
    await text.press('Tab');
    await dialog.getByRole('button', { name: 'Publicar' }).press('Enter');
    await dialog.locator('[aria-invalid="true"]').first().waitFor();
    expect(await page.getByTestId('network-practices').getByText(NOTE_TITLE).count()).toBe(0);

    await text.fill('Cada ingreso se registra con fotografías de lesiones, con consentimiento y examen médico.');
    await dialog.getByRole('button', { name: 'Publicar' }).press('Enter');
    await page
      .getByRole('status')
      .getByText(/Nota publicada en/)
      .waitFor();
    await page.getByTestId('network-practices').getByRole('heading', { name: NOTE_TITLE }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page, ['main'])).toEqual([]);
  });
});
