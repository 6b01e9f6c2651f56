import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appWithBrowser } from './app-server.ts';
import { runAxe } from './axe.ts';
import { saveScreenshot } from './browser.ts';
import { DEMO_PASSWORD } from './app-server.ts';
import { htmlLang } from './flows.ts';

/** The words each walk needs, as apps/web/src/i18n/<language>*.json have them. */
const WORDS = {
  fr: {
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    language: 'Langue',
    languageName: 'Français',
    nav: 'Navigation principale',
    visits: 'Visites',
    visitHeading: /^Visite à /,
    team: 'Équipe de visite',
    findings: 'Bibliothèque des constatations',
    recommendations: 'Recommandations',
  },
  pt: {
    email: 'E-mail',
    password: 'Senha',
    submit: 'Entrar',
    language: 'Idioma',
    languageName: 'Português',
    nav: 'Navegação principal',
    visits: 'Visitas',
    visitHeading: /^Visita a /,
    team: 'Equipe de visita',
    findings: 'Biblioteca de constatações',
    recommendations: 'Recomendações',
  },
} as const;

/**
 * A browser in `browserLocale` opens the app signed out (the sign-in page follows navigator.languages),
 * signs in with a Spanish-speaking demo account (the shell follows the account: Spanish), switches to
 * `language` with the switcher (saved on the account), and walks to a visit page.
 */
async function walkToVisit(page: Page, language: keyof typeof WORDS, email: string): Promise<void> {
  const words = WORDS[language];
  await page.goto('/');
  await page.waitForURL((url) => url.pathname === '/signin');
  await page.getByRole('button', { name: words.submit, exact: true }).waitFor();
  expect(await htmlLang(page)).toBe(language);
  await page.getByLabel(words.email).fill(email);
  await page.getByLabel(words.password).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: words.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  // The account's language (Spanish) wins over the browser's.
  // The shell applies it once the account is loaded: on a busy machine that takes more than a second.
  await expect.poll(() => htmlLang(page), { timeout: 10_000 }).toBe('es');
  await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: words.languageName }).click();
  await expect.poll(() => htmlLang(page), { timeout: 10_000 }).toBe(language);

  await page.getByRole('navigation', { name: words.nav }).getByRole('link', { name: words.visits }).click();
  const visits = page.getByTestId('visits');
  await visits.waitFor();
  await visits.getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name: words.visitHeading }).waitFor();
  await page.getByText(words.team).first().waitFor();
}

describe('French and Portuguese (browser)', () => {
  const app = appWithBrowser();

  it.each([
    ['fr', 'fr-FR', 'ana.mnp@demo.opcat'],
    ['pt', 'pt-BR', 'bruno.mnp@demo.opcat'],
  ] as const)(
    'in %s: sign in, switch language, open a visit, a finding and a recommendation; axe finds 0 serious/critical on each',
    async (language, locale, email) => {
      const browser = await app.open(locale);
      const { page } = browser;
      await walkToVisit(page, language, email);

      const axe = await runAxe(page);
      console.log(`axe visit page (${language}):`, JSON.stringify(axe.byImpact), axe.seriousOrCritical);
      expect(axe.seriousOrCritical).toEqual([]);

      const shot = await saveScreenshot(page, `visit-${language}.png`);
      expect(shot.bytes).toBeGreaterThan(10 * 1024);
      expect(browser.pageErrors).toEqual([]);

      // After a reload the account keeps the language chosen.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: WORDS[language].visitHeading }).waitFor();
      expect(await htmlLang(page)).toBe(language);

      // On through the cycle: a finding, then a recommendation, each checked by axe and kept as a screenshot.
      for (const [step, nav, href] of [
        ['finding', WORDS[language].findings, '/findings/'],
        ['recommendation', WORDS[language].recommendations, '/recommendations/'],
      ] as const) {
        await page.getByRole('navigation', { name: WORDS[language].nav }).getByRole('link', { name: nav }).click();
        await page.locator(`main a[href^="${href}"]`).first().click();
        await page.waitForURL((url) => url.pathname.startsWith(href));
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 15_000 });
        expect(await htmlLang(page)).toBe(language);
        const onStep = await runAxe(page);
        console.log(`axe ${step} page (${language}):`, JSON.stringify(onStep.byImpact), onStep.seriousOrCritical);
        expect(onStep.seriousOrCritical).toEqual([]);
        expect((await saveScreenshot(page, `${step}-${language}.png`)).bytes).toBeGreaterThan(10 * 1024);
      }
      expect(browser.pageErrors).toEqual([]);
    },
  );
});
