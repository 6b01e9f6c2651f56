import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer } from './app-server.ts';
import type { TestServer } from './app-server.ts';
import { openBrowser } from './browser.ts';
import type { BrowserSession } from './browser.ts';
import { chooseOption, labelled, signInThroughForm } from './flows.ts';
import { seriousViolations } from './axe.ts';

describe('mentions in a comment (decision 0034)', () => {
  let server: TestServer;
  let browser: BrowserSession | undefined;

  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the NPM admin picks a colleague in the comment form: @Name goes into the text and the colleague is notified', async () => {
    const em = server.orm.em.fork();
    const [rec] = await em
      .getConnection()
      .execute<{ id: string }[]>(
        "select r.id from recommendation r join organisation o on o.id = r.owner_organisation_id where o.kind = 'NPM' and o.country_code = 'XV' order by r.reference limit 1",
      );
    const [bruno] = await em
      .getConnection()
      .execute<{ id: string }[]>("select id from user_account where email = 'bruno.mnp@demo.opcat'");
    browser = await openBrowser({ baseURL: server.url, locale: 'es-ES' });
    const { page } = browser;
    await signInThroughForm(page, 'ana.mnp@demo.opcat');
    await page.goto(`/recommendations/${rec?.id}`);
    const body = labelled(page, 'Nuevo comentario');
    await body.fill('¿Puedes revisar el plazo?');
    await chooseOption(page, page.getByRole('combobox', { name: 'Mencionar a' }), 'Bruno Quispe', { search: 'Bru' });
    await expect.poll(() => body.inputValue()).toBe('¿Puedes revisar el plazo? @Bruno Quispe ');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Comentar' }).click();
    // The posted comment (the form may still hold the text for a moment).
    await page.getByRole('article').getByText('¿Puedes revisar el plazo? @Bruno Quispe').waitFor();

    // Delivered by the job: a probe on the stored notification, not a sleep.
    const mentioned = () =>
      server.orm.em
        .fork()
        .getConnection()
        .execute<{ user_id: string }[]>(
          "select user_id from notification where event = 'MENTIONED' and subject_id = ?",
          [rec?.id],
        );
    await expect.poll(async () => (await mentioned()).map((r) => r.user_id), { timeout: 20_000 }).toEqual([bruno?.id]);
  }, 120_000);
});
